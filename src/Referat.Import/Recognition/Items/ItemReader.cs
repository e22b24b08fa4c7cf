using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Reads the body of one agenda item: its case number, its sections in order, and from them the competence chain,
/// the decisions and the attachment titles.
/// </summary>
public sealed class ItemReader(ParagraphJoiner joiner, SectionCatalog catalog, IReadOnlyDictionary<string, int> headingFrequency, Action<int, string> warn)
{
    private readonly DecisionReader _decisions = new(joiner);
    private readonly AttachmentListReader _attachments = new(joiner);

    public sealed record Result(AgendaItem Item, List<FieldProvenance> Provenance, int? AttachmentsPartStart);

    private sealed record Segment(string? Heading, SectionKind Kind, int HeadingLine, List<Line> Lines);

    public Result Read(ItemHeading heading, int order, IReadOnlyList<Line> body, string field)
    {
        var provenance = new List<FieldProvenance>();
        var (title, types) = TitleTags.Split(heading.RawTitle);
        var index = 0;
        while (index < body.Count && body[index].IsBlank)
            index++;
        CaseNumber? caseNumber = null;
        if (index < body.Count && CaseNumber.From(CaseNumberLine.Read(body[index].Text)) is { } number)
        {
            caseNumber = number;
            provenance.Add(new($"{field}.caseNumber", body[index].FirstLine, body[index].LastLine, number.Kle is null ? 0.7 : 1.0, number.Text));
            index++;
        }

        var segments = CutSections(body, index);
        var sections = new List<Section>();
        var competence = new List<CompetenceStep>();
        var decisions = new List<Decision>();
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
                    provenance.Add(new($"{field}.attachments", entry.FirstLine, entry.LastLine, 0.9, entry.Text));
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
                    provenance.Add(new($"{field}.competence", paragraph.FirstLine, paragraph.LastLine, 0.9, paragraph.Text));
                }
            }
            else if (segment.Kind == SectionKind.Decision)
            {
                foreach (var (decision, first, last) in _decisions.Read(lines))
                {
                    decisions.Add(decision);
                    provenance.Add(new($"{field}.decisions[{decisions.Count - 1}]", first, last, decision.Body is null ? 0.8 : 0.95, decision.Text));
                }
            }
            if (segment.Heading is not null)
            {
                sections.Add(new Section(segment.Heading, segment.Kind, Blocks(lines)));
                provenance.Add(new($"{field}.sections", segment.HeadingLine, lines.LastOrDefault()?.LastLine ?? segment.HeadingLine, 1.0, segment.Heading));
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
            IsClosed = IsClosedTitle(title),
            Sections = sections,
            Competence = competence,
            Decisions = decisions,
            Attachments = attachments,
        };
        return new Result(item, provenance, attachmentsPartStart);
    }

    private static bool IsClosedTitle(string title) =>
        title.StartsWith("Lukket punkt", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Lukket sag", StringComparison.OrdinalIgnoreCase)
        || title.EndsWith("(lukket)", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Cuts the item into sections at heading lines. A decision header line outside a Beslutning section opens a
    /// decision region without a heading of its own (layouts that print the decision right under Indstilling).
    /// </summary>
    private List<Segment> CutSections(IReadOnlyList<Line> body, int start)
    {
        var demoted = SubHeadings(body, start);
        var segments = new List<Segment>();
        var current = new Segment(null, SectionKind.Other, 0, []);
        for (var i = start; i < body.Count; i++)
        {
            var line = body[i];
            if (!line.IsBlank && catalog.TryRecognise(line.Text, out var heading, out var kind) && !demoted.Contains(heading))
            {
                segments.Add(current);
                current = new Segment(heading, kind, line.FirstLine, []);
                continue;
            }
            if (current.Kind is not SectionKind.Decision and not SectionKind.Attachments && !line.IsBlank
                && DecisionHeaderLine.TryRead(line.Text, out _, out _))
            {
                segments.Add(current);
                current = new Segment(null, SectionKind.Decision, line.FirstLine, []);
            }
            current.Lines.Add(line);
        }
        segments.Add(current);
        return segments.Where(s => s.Heading is not null || s.Lines.Any(l => !l.IsBlank)).ToList();
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
        var demoted = new HashSet<string>();
        foreach (var group in found.GroupBy(f => f.Kind).Where(g => g.Select(f => f.Heading).Distinct().Count() > 1))
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
                blocks.Add(new TableBlock(TableReader.Read(rows, warn)));
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
