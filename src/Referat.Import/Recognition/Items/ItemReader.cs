using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Reads the body of one agenda item: its case number and the facts printed with it ("Dok.nr.", "Initialer",
/// "Åben sag"), its sections in order, and from them the competence chain, the decisions and the attachment titles.
/// </summary>
public sealed class ItemReader(ParagraphJoiner joiner, SectionCatalog catalog, FieldLabels labels, IReadOnlyDictionary<string, int> headingFrequency, Action<int, string> warn)
{
    private const int FactLines = 8;

    private readonly DecisionReader _decisions = new(joiner, labels);
    private readonly AttachmentListReader _attachments = new(joiner);

    /// <param name="Quoted">The decisions that quote another body's earlier treatment ("…, pkt. 146:"), not this meeting's.</param>
    public sealed record Result(AgendaItem Item, List<FieldProvenance> Provenance, int? AttachmentsPartStart, IReadOnlyList<Decision> Quoted);

    private sealed record Segment(string? Heading, SectionKind Kind, int HeadingLine, List<Line> Lines, DecisionHeader? Opening = null, int OpeningLine = 0);

    /// <param name="caseAbove">The case number printed over the heading, in layouts that print it there.</param>
    public Result Read(ItemHeading heading, string title, IReadOnlyList<string> types, bool closed, int order, IReadOnlyList<Line> body, string field, (CaseNumber Number, Line Line)? caseAbove)
    {
        var provenance = new List<FieldProvenance>();
        var (index, caseNumber, closedFact) = ReadFacts(body, title, field, provenance);
        if (caseNumber is null && caseAbove is { } above)
        {
            caseNumber = above.Number;
            provenance.Add(new($"{field}.caseNumber", above.Line.FirstLine, above.Line.LastLine, 0.9, above.Number.Text, "sagsnummeret over overskriften"));
        }

        var segments = CutSections(body, index);
        var sections = new List<Section>();
        var competence = new List<CompetenceStep>();
        var decisions = new List<Decision>();
        var quoted = new List<Decision>();
        var attachments = new List<Attachment>();
        int? attachmentsPartStart = null;

        foreach (var segment in segments)
        {
            var lines = segment.Lines;
            if (segment.Kind == SectionKind.Attachments)
            {
                var (entries, end) = _attachments.Read(lines);
                attachments.AddRange(entries.Select(e => new Attachment(e.Text)));
                foreach (var entry in entries)
                    provenance.Add(new($"{field}.attachments", entry.FirstLine, entry.LastLine, 0.9, entry.Text, "under afsnittet om bilag"));
                if (end is not null)
                {
                    attachmentsPartStart = lines[end.Value].FirstLine;
                    lines = lines.Take(end.Value).ToList();
                }
            }
            else if (segment.Kind == SectionKind.Competence)
            {
                foreach (var paragraph in joiner.Join(lines, joinAcrossBlanks: false))
                {
                    competence.Add(CompetenceReader.Read(paragraph.Text));
                    provenance.Add(new($"{field}.competence", paragraph.FirstLine, paragraph.LastLine, 0.9, paragraph.Text, "under afsnittet om beslutningskompetence"));
                }
            }
            else if (segment.Kind == SectionKind.Decision)
            {
                foreach (var read in _decisions.ReadAll(lines, segment.Opening, segment.OpeningLine))
                {
                    decisions.Add(read.Decision);
                    if (read.Header?.Quoted == true)
                        quoted.Add(read.Decision);
                    var (confidence, reason) = DecisionConfidence(read);
                    provenance.Add(new($"{field}.decisions[{decisions.Count - 1}]", read.FirstLine, read.LastLine, confidence, read.Decision.Text, reason));
                }
            }
            if (segment.Heading is not null)
            {
                sections.Add(new Section(segment.Heading, segment.Kind, Blocks(lines)));
                provenance.Add(new($"{field}.sections", segment.HeadingLine, lines.LastOrDefault()?.LastLine ?? segment.HeadingLine, 1.0, segment.Heading, "en overskrift fra skabelonen"));
            }
            if (attachmentsPartStart is not null)
                break;
        }

        var item = new AgendaItem
        {
            Number = heading.Number,
            Order = order,
            Title = title,
            Types = types.ToValueList(),
            CaseNumber = caseNumber,
            IsClosed = closed || closedFact,
            Sections = sections,
            Competence = competence,
            Decisions = decisions,
            Attachments = attachments,
        };
        return new Result(item, provenance, attachmentsPartStart, quoted);
    }

    private static (double, string) DecisionConfidence(DecisionReader.Read read) => read.Header switch
    {
        null => (0.8, "under overskriften \"Beslutning\"; organ og dato er mødets"),
        { DateLost: true } => (0.6, "beslutningslinjen har mistet sin dato (cifrene mangler i teksten)"),
        { Body: null } => (0.8, "beslutningslinjen nævner ikke organet"),
        _ => (0.95, $"beslutningslinjen (\"{read.Header.Form}\")"),
    };

    /// <summary>
    /// The lines right under the heading that hold facts, not text: the title printed again, the case number
    /// (on its own line, after a label, or under a label alone), and labels such as "Dok.nr.", "Initialer", "Åben sag".
    /// Returns where the text begins.
    /// </summary>
    private (int Index, CaseNumber? Number, bool Closed) ReadFacts(IReadOnlyList<Line> body, string title, string field, List<FieldProvenance> provenance)
    {
        CaseNumber? caseNumber = null;
        var closed = false;
        var index = 0;
        var seen = 0;
        while (index < body.Count && seen < FactLines)
        {
            var line = body[index];
            if (line.IsBlank)
            {
                index++;
                continue;
            }
            var text = line.Trimmed;
            if (catalog.TryOpening(text, out _, out _, out _) || DecisionHeaders.TryRead(text, out _))
                break;
            seen++;
            if (CaseNumberLine.Read(text) is { } bare)
            {
                if (caseNumber is null && CaseNumber.From(bare) is { } number)
                    caseNumber = Record(number, line, "en linje med sagsnummeret");
                index++;
                continue;
            }
            if (CaseNumberLine.TryMarked(text, out var marked, out var markedClosed))
            {
                closed |= markedClosed;
                if (caseNumber is null && CaseNumber.From(marked) is { } number)
                    caseNumber = Record(number, line, "sagsnummeret efter \"Åbent\"/\"Lukket\"");
                index++;
                continue;
            }
            if (CaseNumberLine.TryLabelled(text, out var labelled, labels))
            {
                if (caseNumber is null && CaseNumber.From(labelled) is { } number)
                    caseNumber = Record(number, line, "feltet med sagsnummeret");
                else if (labelled is null && CaseNumberLine.IsBareLabel(text, labels) && NextNonBlank(body, index) is { } next && CaseNumberLine.Read(body[next].Trimmed) is { } below
                         && CaseNumber.From(below) is { } underLabel)
                {
                    caseNumber ??= Record(underLabel, body[next], "sagsnummeret under sin etiket");
                    index = next;
                }
                index++;
                continue;
            }
            if (labels.TryOpening(text, out var label, out var value) && label.Role == FieldRole.ItemFact)
            {
                closed |= label.Printed.StartsWith("Lukket", StringComparison.OrdinalIgnoreCase);
                // "Initialer" over "NIB": the value under a label alone is a fact too.
                if (value.Length == 0 && labels.TryWhole(text, out _) && NextNonBlank(body, index) is { } under && body[under].Trimmed.Length <= 40
                    && !labels.TryOpening(body[under].Trimmed, out _, out _) && !catalog.TryOpening(body[under].Trimmed, out _, out _, out _)
                    && label.Printed is not ("Åbent" or "Åben sag" or "Lukket" or "Lukket sag" or "Åbent punkt" or "Lukket punkt"))
                    index = under;
                index++;
                continue;
            }
            if (string.Equals(TitleTags.Split(text).Title, title, StringComparison.OrdinalIgnoreCase) && title.Length > 0)
            {
                index++;                                      // the title printed again under the heading
                continue;
            }
            break;
        }
        return (index, caseNumber, closed);

        CaseNumber Record(CaseNumber number, Line line, string reason)
        {
            provenance.Add(new($"{field}.caseNumber", line.FirstLine, line.LastLine, number.Kle is null ? 0.8 : 1.0, number.Text, reason));
            return number;
        }
    }

    private static int? NextNonBlank(IReadOnlyList<Line> body, int index)
    {
        for (var j = index + 1; j < body.Count; j++)
            if (!body[j].IsBlank)
                return j;
        return null;
    }

    /// <summary>
    /// Cuts the item into sections at heading lines ("Sagsfremstilling", "• Beslutning", "INDSTILLING:",
    /// "Indstillinger: Indstilles til godkendelse"). A decision header line opens a decision region: as the
    /// decision's own heading when it says "Beslutning …", without a heading of its own when it names only a body and
    /// a date (layouts that print the decision right under Indstilling).
    /// </summary>
    private List<Segment> CutSections(IReadOnlyList<Line> body, int start)
    {
        var demoted = SubHeadings(body, start);
        var segments = new List<Segment>();
        var current = new Segment(null, SectionKind.Other, 0, []);
        for (var i = start; i < body.Count; i++)
        {
            var line = body[i];
            if (line.IsBlank)
            {
                current.Lines.Add(line);
                continue;
            }
            var text = line.Trimmed;
            if (DecisionHeaders.TryRead(text, out var header))
            {
                if (current.Kind == SectionKind.Decision)
                {
                    if (current.Opening is null && !current.Lines.Any(l => !l.IsBlank))
                        current = current with { Opening = header, OpeningLine = line.FirstLine };   // "Beslutning" over "Byrådet, den …"
                    else
                        current.Lines.Add(line);                // the next body's decision in the same region
                    continue;
                }
                segments.Add(current);
                var opensSection = text.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase);
                current = new Segment(opensSection ? FirstWord(text) : null, SectionKind.Decision, line.FirstLine, [], header, line.FirstLine);
                continue;
            }
            if (catalog.TryOpening(text, out var heading, out var kind, out var rest) && !demoted.Contains(heading))
            {
                segments.Add(current);
                current = new Segment(heading, kind, line.FirstLine, []);
                if (rest.Length > 0)
                    current.Lines.Add(line.Derive(rest));
                continue;
            }
            current.Lines.Add(line);
        }
        segments.Add(current);
        return segments.Where(s => s.Heading is not null || s.Opening is not null || s.Lines.Any(l => !l.IsBlank)).ToList();
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return text[..end];
    }

    /// <summary>
    /// Two headings of the same kind in one item ("Økonomiske konsekvenser" inside Sagsfremstilling, then the
    /// template's "Økonomi"): the one the document's template uses less is a sub-heading, not a section.
    /// </summary>
    private HashSet<string> SubHeadings(IReadOnlyList<Line> body, int start)
    {
        var found = new List<(string Heading, SectionKind Kind)>();
        for (var i = start; i < body.Count; i++)
            if (!body[i].IsBlank && catalog.TryRecognise(body[i].Text, out var heading, out var kind))
                found.Add((heading, kind));
        // A heading that is not the template's own and comes back within one item is a sub-heading ("Forvaltningens vurdering" three times).
        var demoted = found.Where(f => f.Kind == SectionKind.Other).GroupBy(f => f.Heading, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var group in found.GroupBy(f => f.Kind).Where(g => g.Key != SectionKind.Other && g.Select(f => f.Heading).Distinct().Count() > 1))
        {
            var keep = group.Select(f => f.Heading).Distinct().OrderByDescending(h => headingFrequency.GetValueOrDefault(h)).First();
            demoted.UnionWith(group.Select(f => f.Heading).Where(h => h != keep));
        }
        return demoted;
    }

    private List<Block> Blocks(List<Line> lines)
    {
        var blocks = new List<Block>();
        var paragraphs = joiner.Join(lines);
        for (var i = 0; i < paragraphs.Count;)
        {
            var paragraph = paragraphs[i];
            if (paragraph.HasTabs)
            {
                var rows = paragraphs.Skip(i).TakeWhile(p => p.HasTabs).ToList();
                var above = blocks.Count > 0 && blocks[^1] is Paragraph line ? line.Text : null;
                var table = TableReader.Read(rows, warn, above, out var tookLineAbove);
                if (tookLineAbove)
                    blocks.RemoveAt(blocks.Count - 1);
                blocks.Add(new TableBlock(table));
                i += rows.Count;
            }
            else if (paragraph.IsBullet)
            {
                var entries = paragraphs.Skip(i).TakeWhile(p => p.IsBullet).ToList();
                blocks.Add(new BulletList(entries.Select(e => e.Text[Normalisation.CharacterRepair.Bullet.Length..]).ToList()));
                i += entries.Count;
            }
            else
            {
                blocks.Add(new Paragraph(paragraph.Text));
                i++;
            }
        }
        return blocks;
    }
}
