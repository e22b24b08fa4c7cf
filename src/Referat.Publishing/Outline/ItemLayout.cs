using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>
/// Lays out one item: heading, case number, then the sections in their order. The competence, decision and
/// attachment sections are written from the item's structured data (not from the section's raw blocks); when the
/// item has such data but no section for it, the section is added at the end in the standard order.
/// </summary>
internal static class ItemLayout
{
    public static ItemOutline Build(AgendaItem item, int index)
    {
        var blocks = new List<OutlineBlock> { new ItemHeadingBlock(ItemLabels.Heading(item), index) };
        if (item.CaseNumber is { } caseNumber)
            blocks.Add(new CaseNumberBlock(caseNumber.Text));

        var sections = new List<(string Heading, SectionKind Kind, IReadOnlyList<Block> Blocks)>(
            item.Sections.Select(s => (ItemLabels.Clean(s.Heading), s.Kind, (IReadOnlyList<Block>)s.Blocks)));
        // Structured data without a section of its own (a decision printed right under the recommendation) gets the
        // standard heading, placed where the standard template has it: competence, decision, then attachments.
        if (item.Competence.Count > 0 && sections.All(s => s.Kind != SectionKind.Competence))
            sections.Insert(IndexBefore(sections, SectionKind.Decision, SectionKind.Attachments), ("Beslutningskompetence", SectionKind.Competence, []));
        // Decisions without a section of their own stand where the minutes printed them: after the last section before
        // the attachments (a decision header under the recommendation), or under the standard heading when the item
        // has no sections at all.
        var decisionsUnder = -1;
        if (item.Decisions.Count > 0 && sections.All(s => s.Kind != SectionKind.Decision))
        {
            decisionsUnder = IndexBefore(sections, SectionKind.Attachments) - 1;
            if (decisionsUnder < 0)
            {
                sections.Insert(0, ("Beslutning", SectionKind.Decision, []));
                decisionsUnder = -1;
            }
        }
        if (item.Attachments.Count > 0 && sections.All(s => s.Kind != SectionKind.Attachments))
            sections.Add(("Bilag", SectionKind.Attachments, []));

        var written = new HashSet<SectionKind>();
        for (var k = 0; k < sections.Count; k++)
        {
            var (heading, kind, content) = sections[k];
            blocks.Add(new SectionHeadingBlock(heading));
            // Structured parts are written once, under the first section of their kind.
            var first = written.Add(kind);
            switch (kind)
            {
                case SectionKind.Competence:
                    if (first) blocks.AddRange(Competence(item));
                    break;
                case SectionKind.Decision:
                    if (first) blocks.AddRange(item.Decisions.SelectMany(DecisionLayout.Build));
                    break;
                case SectionKind.Attachments:
                    if (first) blocks.AddRange(Attachments(item));
                    break;
                default:
                    blocks.AddRange(content.SelectMany(Content));
                    break;
            }
            if (k == decisionsUnder)
                blocks.AddRange(item.Decisions.SelectMany(DecisionLayout.Build));
        }
        return new ItemOutline(item, ItemLabels.TitleWithTypes(item), blocks);
    }

    private static int IndexBefore(List<(string Heading, SectionKind Kind, IReadOnlyList<Block> Blocks)> sections, params SectionKind[] kinds)
    {
        var index = sections.FindIndex(s => kinds.Contains(s.Kind));
        return index < 0 ? sections.Count : index;
    }

    private static IEnumerable<OutlineBlock> Competence(AgendaItem item) =>
        item.Competence.Select(step => ItemLabels.Clean(step.Text)).Where(t => t.Length > 0).Select(t => new ParagraphBlock(t));

    private static IEnumerable<OutlineBlock> Attachments(AgendaItem item)
    {
        var titles = item.Attachments.Select(a => ItemLabels.Clean(a.Title)).Where(t => t.Length > 0).ToList();
        return titles.Count == 0 ? [] : [new ListBlock(titles, Numbered: false)];
    }

    public static IEnumerable<OutlineBlock> Content(Block block) => block switch
    {
        Paragraph paragraph => Paragraphs(paragraph.Text),
        BulletList list => [new ListBlock(list.Entries.Select(ItemLabels.Clean).ToList(), list.Numbered)],
        TableBlock table => [Table(table.Table)],
        _ => Paragraphs(block.PlainText),
    };

    public static IEnumerable<OutlineBlock> Paragraphs(string text) =>
        text.Split('\n').Select(ItemLabels.Clean).Where(t => t.Length > 0).Select(t => new ParagraphBlock(t));

    private static TableOutlineBlock Table(DataTable table) => new(
        table.Header.Select(ItemLabels.Clean).ToList(),
        table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => ItemLabels.Clean(c.Text)).ToList()).ToList());
}
