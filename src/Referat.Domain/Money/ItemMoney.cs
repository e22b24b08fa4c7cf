namespace Referat.Domain;

/// <summary>
/// The money of one agenda item as data: its appropriation tables, its budget follow-up tables, and the amounts its
/// texts and decisions state with their kind. Each table is kept with the block it was read from, so that a page can
/// show the reading (unit, sum warnings) right under the table.
/// </summary>
public sealed record ItemMoney(
    IReadOnlyList<(TableBlock Block, AppropriationTable Table)> Appropriations,
    IReadOnlyList<(TableBlock Block, BudgetFollowUpTable Table)> FollowUps,
    IReadOnlyList<StatedAmount> Amounts)
{
    public bool IsEmpty => Appropriations.Count == 0 && FollowUps.Count == 0 && Amounts.Count == 0;

    /// <summary>Reads an item: each table with the paragraph right before or after it as its note (where the unit
    /// often stands: "Opgjort i hele tusinde kr. i 2019 pris- og lønniveau."), the paragraphs and decisions for amounts.</summary>
    public static ItemMoney Of(AgendaItem item)
    {
        var appropriations = new List<(TableBlock, AppropriationTable)>();
        var followUps = new List<(TableBlock, BudgetFollowUpTable)>();
        var amounts = new List<StatedAmount>();
        foreach (var section in item.Sections)
            for (var b = 0; b < section.Blocks.Count; b++)
                switch (section.Blocks[b])
                {
                    case TableBlock table:
                        var notes = NotesBeside(section.Blocks, b);
                        if (notes.Select(note => AppropriationReader.Read(table.Table, note)).FirstOrDefault(r => r is not null) is { } appropriation)
                            appropriations.Add((table, appropriation));
                        else if (notes.Select(note => BudgetFollowUpReader.Read(table.Table, note)).FirstOrDefault(r => r is not null) is { } followUp)
                            followUps.Add((table, followUp));
                        break;
                    case Paragraph paragraph:
                        amounts.AddRange(StatedAmountReader.Read(paragraph.Text));
                        break;
                    case BulletList list:
                        amounts.AddRange(list.Entries.SelectMany(StatedAmountReader.Read));
                        break;
                }
        amounts.AddRange(item.Decisions.SelectMany(d => StatedAmountReader.Read(d.Text)));
        return new ItemMoney(appropriations, followUps, amounts.DistinctBy(a => (a.Kind, a.Kr, a.Sentence)).ToList());
    }

    /// <summary>The notes a table's unit may stand in, nearest first: the paragraph right before it, then the one
    /// right after it (none is tried last, for a unit in the header).</summary>
    public static IReadOnlyList<string?> NotesBeside(IReadOnlyList<Block> blocks, int index) =>
        new[] { index - 1, index + 1 }.Where(i => i >= 0 && i < blocks.Count && blocks[i] is Paragraph)
            .Select(i => (string?)((Paragraph)blocks[i]).Text).Append(null).ToList();
}
