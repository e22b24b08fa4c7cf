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

        bool competenceDone = false, decisionsDone = false, attachmentsDone = false;
        foreach (var section in item.Sections)
        {
            blocks.Add(new SectionHeadingBlock(ItemLabels.Clean(section.Heading)));
            switch (section.Kind)
            {
                case SectionKind.Competence:
                    if (!competenceDone) blocks.AddRange(Competence(item));
                    competenceDone = true;
                    break;
                case SectionKind.Decision:
                    if (!decisionsDone) blocks.AddRange(item.Decisions.SelectMany(DecisionLayout.Build));
                    decisionsDone = true;
                    break;
                case SectionKind.Attachments:
                    if (!attachmentsDone) blocks.AddRange(Attachments(item));
                    attachmentsDone = true;
                    break;
                default:
                    blocks.AddRange(section.Blocks.SelectMany(Content));
                    break;
            }
        }
        if (!competenceDone && item.Competence.Count > 0)
            blocks.AddRange([new SectionHeadingBlock("Beslutningskompetence"), .. Competence(item)]);
        if (!decisionsDone && item.Decisions.Count > 0)
            blocks.AddRange([new SectionHeadingBlock("Beslutning"), .. item.Decisions.SelectMany(DecisionLayout.Build)]);
        if (!attachmentsDone && item.Attachments.Count > 0)
            blocks.AddRange([new SectionHeadingBlock("Bilag"), .. Attachments(item)]);
        return new ItemOutline(item, ItemLabels.TitleWithTypes(item), blocks);
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
