using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Formats;
using Referat.Import.Lines;
using Referat.Import.Pipeline;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Header;
using Referat.Import.Recognition.Items;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.Toc;

namespace Referat.Import;

/// <summary>
/// Reads the text of a minutes document into the domain model: normalisation steps first, then the outline of the
/// agenda (item headings chosen by evidence, the table of contents), the header before it, and each item's parts.
/// How it reads is a <see cref="MinutesPipeline"/>: the default reads the layouts Danish municipalities publish, and
/// <see cref="MinutesPipelineBuilder"/> extends it.
/// </summary>
public sealed partial class MinutesParser
{
    private readonly MinutesPipeline _pipeline;
    private readonly ItemOutlineFinder _outline;
    private readonly SectionCatalog _sections;
    private readonly FieldLabels _labels;
    private readonly HeaderReader _header;

    public MinutesParser(MinutesPipeline? pipeline = null)
    {
        _pipeline = pipeline ?? MinutesPipeline.Default;
        _sections = _pipeline.Sections;
        _labels = _pipeline.Labels;
        _outline = new ItemOutlineFinder(_pipeline.HeadingRules, _sections, _labels);
        _header = new HeaderReader(_pipeline.HeaderRules);
    }

    public MinutesPipeline Pipeline => _pipeline;

    [GeneratedRegex(@"\s+\p{Lu}$")]
    private static partial Regex CategoryLetter();

    public ParseResult Parse(string source, string text, string encoding = "utf-16") => Parse(source, ExtractedText.Plain(text), encoding);

    public ParseResult Parse(string source, ExtractedText text, string encoding)
    {
        var document = new LineDocument(source, text.Text, text.HeadingLevels, text.Structured);
        _pipeline.Normalise(document);
        var lines = document.Lines;
        var provenance = new List<FieldProvenance>();
        var joiner = new ParagraphJoiner(LayoutProfile.Measure(lines));

        var outline = _outline.Find(lines);
        if (outline.Headings.Count == 0)
            throw new MinutesFormatException(source, null, "no agenda items found: expected item headings such as \"Punkt 1: …\", \"1. Titel\", \"Sag nr. 1\" or a table of contents with numbered items; is this a minutes document?");

        var preamble = lines.Take(outline.BodyStart).Where((_, i) => !outline.TocLines.Contains(i)).ToList();
        var header = _header.Read(preamble, provenance);
        // A numbered list alone is not minutes (a recipe has one): without an item that has a body of its own, the
        // header must name the meeting's body or date.
        if (!outline.Headings.Any(h => h.Confidence >= 1.0) && header.Committee is null && header.Date is null)
            throw new MinutesFormatException(source, null, "no agenda items found: the numbered lines have no case numbers, sections or decisions under them, and no meeting header names a body or a date; is this a minutes document?");

        var bodyHeadings = outline.Headings.Where(h => !h.ListOnly).ToList();
        var stripCategory = bodyHeadings.Count(h => CategoryLetter().IsMatch(h.RawTitle)) >= 2;
        var caseAbove = CaseNumbersAbove(lines, bodyHeadings);
        var closedGroups = Grouping.ClosedLines(lines);

        var headingFrequency = lines.Where(l => !l.IsBlank && _sections.TryRecognise(l.Text, out _, out _))
            .GroupBy(l => l.Trimmed.TrimEnd(':').Trim()).ToDictionary(g => g.Key, g => g.Count());
        var itemReader = new ItemReader(joiner, _sections, _labels, headingFrequency, document.Warn);
        var items = new List<AgendaItem>();
        var ownDecisions = new List<Decision>();
        var attachmentsPart = new List<AttachedDocument>();
        for (var k = 0; k < outline.Headings.Count; k++)
        {
            var heading = outline.Headings[k];
            ReadingBudget.Check($"at item {k + 1}");
            var field = $"items[{k}]";
            var raw = stripCategory ? CategoryLetter().Replace(heading.RawTitle, "") : heading.RawTitle;
            var closed = TitleTags.IsClosed(raw);
            var (title, types) = TitleTags.Split(raw);
            if (heading.ListOnly)
            {
                provenance.Add(new($"{field}.title", 0, 0, heading.Confidence, title, heading.Reason));
                items.Add(new AgendaItem { Number = heading.Number, Order = k + 1, Title = title, Types = types.ToValueList(), IsClosed = closed });
                continue;
            }
            var next = bodyHeadings.FirstOrDefault(h => h.StartIndex > heading.StartIndex);
            var bodyEnd = next?.StartIndex ?? lines.Count;
            if (caseAbove is not null && next is not null && caseAbove.ContainsKey(next.StartIndex))
                bodyEnd = caseAbove[next.StartIndex].Index;
            // Group headings ("Lukkede dagsordenspunkter") are layout between items, never an item's text.
            var body = lines.Skip(heading.EndIndex + 1).Take(bodyEnd - heading.EndIndex - 1).Where(l => !GroupHeadings.IsGroupHeading(l.Text)).ToList();
            closed |= closedGroups[heading.StartIndex];
            provenance.Add(new($"{field}.title", lines[heading.StartIndex].FirstLine, lines[Math.Max(heading.StartIndex, heading.EndIndex)].LastLine, heading.Confidence, heading.RawTitle, heading.Reason));
            var above = caseAbove is not null && caseAbove.TryGetValue(heading.StartIndex, out var found) ? (found.Number, lines[found.Index]) : ((CaseNumber, Line)?)null;
            var result = itemReader.Read(heading, title, types, closed, k + 1, body, field, above);
            items.Add(result.Item);
            if (result.Item.Decisions.Where(d => !result.Quoted.Contains(d)).LastOrDefault() is { } own)
                ownDecisions.Add(own);
            provenance.AddRange(result.Provenance);
            if (result.AttachmentsPartStart is { } partStart)
            {
                var rest = lines.SkipWhile(l => l.FirstLine < partStart).ToList();
                attachmentsPart.Add(ReadAttachmentsPart(rest));
                break;
            }
        }

        header = InferFromDecisions(header, ownDecisions, provenance);
        if (header.Committee is null)
            provenance.Add(new("meeting.committee", 0, 0, 0.0, null, "ikke fundet: hverken hovedet eller mødets egne beslutningslinjer nævner organet"));
        if (header.Date is null)
            provenance.Add(new("meeting.date", 0, 0, 0.0, null, "ikke fundet: hverken hovedet eller mødets egne beslutningslinjer har en dato"));
        var toc = outline.Toc.ToList();
        var minutes = new MinutesDocument { Meeting = header, TableOfContents = toc, Items = items, AttachmentsPart = attachmentsPart };
        return new ParseResult(source, minutes, provenance, document.Warnings, encoding);
    }

    /// <summary>
    /// Layouts that print the case number over the heading (a KLE line, then "117. Title"): when more headings have a
    /// case number line just above them than just below, each heading takes the one above.
    /// </summary>
    private static Dictionary<int, (CaseNumber Number, int Index)>? CaseNumbersAbove(IReadOnlyList<Line> lines, List<ItemHeading> headings)
    {
        var above = new Dictionary<int, (CaseNumber, int)>();
        var below = 0;
        foreach (var heading in headings)
        {
            var before = heading.StartIndex - 1;
            while (before >= 0 && lines[before].IsBlank)
                before--;
            if (before >= 0 && CaseNumberLine.Read(lines[before].Text) is { } printed && CaseNumber.From(printed) is { } number)
                above[heading.StartIndex] = (number, before);
            var after = heading.EndIndex + 1;
            while (after < lines.Count && lines[after].IsBlank)
                after++;
            if (after < lines.Count && CaseNumberLine.IsMatch(lines[after].Text))
                below++;
        }
        return above.Count > below ? above : null;
    }

    private static AttachedDocument ReadAttachmentsPart(List<Line> lines)
    {
        var title = lines.FirstOrDefault(l => !l.IsBlank)?.Trimmed ?? "Bilag";
        return new AttachedDocument(title, string.Join("\n", lines.Select(l => l.Text)).Trim());
    }

    /// <summary>
    /// Minutes without a header name the committee and date only in the meeting's own decision lines ("Beslutning
    /// Byrådet den …"): take the most frequent. Quoted decisions of earlier bodies ("…, pkt. 146:") do not count.
    /// </summary>
    private static MeetingHeader InferFromDecisions(MeetingHeader header, List<Decision> own, List<FieldProvenance> provenance)
    {
        var decisions = own.Where(d => d.Body is not null).ToList();
        if (decisions.Count == 0 || header.Committee is not null && header.Date is not null)
            return header;
        var committee = header.Committee ?? decisions.GroupBy(d => d.Body!).OrderByDescending(g => g.Count()).First().Key;
        var date = header.Date ?? decisions.Where(d => d.Date is not null && d.Body == committee).GroupBy(d => d.Date).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        if (header.Committee is null)
            provenance.Add(new("meeting.committee", 0, 0, 0.7, committee, "intet hoved; organet i mødets egne beslutningslinjer"));
        if (header.Date is null && date is not null)
            provenance.Add(new("meeting.date", 0, 0, 0.7, date.Value.ToString("yyyy-MM-dd"), "intet hoved; datoen i mødets egne beslutningslinjer"));
        return header with { Committee = committee, Date = date };
    }
}
