using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Normalisation;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Items;

namespace Referat.Import;

/// <summary>
/// Reads the text of a minutes document into the domain model: normalisation steps first, then recognition of
/// header, table of contents, item boundaries, and each item's parts. Rules and steps are injectable; the
/// defaults cover the layouts Danish municipalities publish.
/// </summary>
public sealed class MinutesParser
{
    private readonly NormalisationPipeline _normalisation;
    private readonly IReadOnlyList<IItemHeadingRule> _itemRules;
    private readonly SectionCatalog _sections;

    public MinutesParser(NormalisationPipeline? normalisation = null, IReadOnlyList<IItemHeadingRule>? itemRules = null, SectionCatalog? sections = null)
    {
        _normalisation = normalisation ?? NormalisationPipeline.Default;
        _itemRules = itemRules ?? [new PunktWithTitleRule(), new PunktAloneRule(), new SagNrRule()];
        _sections = sections ?? SectionCatalog.Default;
    }

    public ParseResult Parse(string source, string text, string encoding = "utf-16")
    {
        var document = new LineDocument(source, text);
        _normalisation.Apply(document);
        var lines = document.Lines;
        var provenance = new List<FieldProvenance>();
        var joiner = new ParagraphJoiner(LayoutProfile.Measure(lines));

        var headings = FindItemHeadings(lines);
        if (headings.Count == 0)
            throw new MinutesFormatException(source, null, "no agenda items found: expected item headings such as \"Punkt 1: …\", \"Punkt 1\" or \"Sag nr. 1\"; is this a minutes document?");

        var preamble = lines.Take(headings[0].StartIndex).ToList();
        var toc = preamble.Where(TocReader.IsEntry).Select(TocReader.Read).ToList();
        var header = new HeaderReader().Read(preamble.Where(l => !TocReader.IsEntry(l)).ToList(), provenance);

        var headingFrequency = lines.Where(l => !l.IsBlank && _sections.TryRecognise(l.Text, out _, out _))
            .GroupBy(l => l.Trimmed.TrimEnd(':').Trim()).ToDictionary(g => g.Key, g => g.Count());
        var itemReader = new ItemReader(joiner, _sections, headingFrequency, document.Warn);
        var items = new List<AgendaItem>();
        var attachmentsPart = new List<AttachedDocument>();
        for (var k = 0; k < headings.Count; k++)
        {
            var heading = headings[k];
            var bodyEnd = k + 1 < headings.Count ? headings[k + 1].StartIndex : lines.Count;
            var body = lines.Skip(heading.EndIndex + 1).Take(bodyEnd - heading.EndIndex - 1).ToList();
            var field = $"items[{k}]";
            provenance.Add(new($"{field}.title", lines[heading.StartIndex].FirstLine, lines[heading.EndIndex].LastLine, 1.0, heading.RawTitle));
            var result = itemReader.Read(heading, k + 1, body, field);
            items.Add(result.Item);
            provenance.AddRange(result.Provenance);
            if (result.AttachmentsPartStart is { } partStart)
            {
                var rest = lines.SkipWhile(l => l.FirstLine < partStart).ToList();
                attachmentsPart.Add(ReadAttachmentsPart(rest));
                break;
            }
        }

        header = InferFromDecisions(header, items);
        var minutes = new MinutesDocument { Meeting = header, TableOfContents = toc, Items = items, AttachmentsPart = attachmentsPart };
        return new ParseResult(source, minutes, provenance, document.Warnings, encoding);
    }

    private List<ItemHeading> FindItemHeadings(List<Line> lines)
    {
        var headings = new List<ItemHeading>();
        var usesSagNr = lines.Any(l => SagNrRule.IsSagNrLine(l.Text));
        int? lastListNumber = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
                continue;
            var state = new ItemScanState(headings.Count, headings.LastOrDefault()?.Number, lastListNumber, usesSagNr);
            ItemHeading? heading = null;
            foreach (var rule in _itemRules)
                if ((heading = rule.TryMatch(lines, i, state)) is not null)
                    break;
            if (heading is not null)
            {
                headings.Add(heading);
                lastListNumber = null;
                i = heading.EndIndex;
                continue;
            }
            lastListNumber = ListNumber(lines[i].Trimmed) ?? lastListNumber;
        }
        return headings;
    }

    private static int? ListNumber(string text)
    {
        var dot = text.IndexOf('.');
        return dot is > 0 and < 4 && int.TryParse(text[..dot], out var n) ? n : null;
    }

    private static AttachedDocument ReadAttachmentsPart(List<Line> lines)
    {
        var title = lines.FirstOrDefault(l => !l.IsBlank)?.Trimmed ?? "Bilag";
        return new AttachedDocument(title, string.Join("\n", lines.Select(l => l.Text)).Trim());
    }

    /// <summary>Minutes without a header name the committee and date only in the decision lines: take the most frequent.</summary>
    private static MeetingHeader InferFromDecisions(MeetingHeader header, List<AgendaItem> items)
    {
        // The meeting's own decision is the last one under each item; earlier ones are other bodies' treatment.
        var decisions = items.Select(i => i.Decisions.LastOrDefault()).Where(d => d?.Body is not null).Select(d => d!).ToList();
        if (decisions.Count == 0)
            return header;
        var committee = header.Committee ?? decisions.GroupBy(d => d.Body!).OrderByDescending(g => g.Count()).First().Key;
        var date = header.Date ?? decisions.Where(d => d.Date is not null).GroupBy(d => d.Date).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        return header with { Committee = committee, Date = date };
    }
}
