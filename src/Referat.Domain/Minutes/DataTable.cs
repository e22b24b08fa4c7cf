namespace Referat.Domain;

/// <summary>
/// A table from the minutes, such as an appropriation table: a header row and data rows of cells as printed. Numbers
/// are in the units the header states (typically mio. kr. or 1.000 kr.).
/// </summary>
public sealed record DataTable(ValueList<string> Header, ValueList<TableRow> Rows)
{
    /// <summary>The table as tab-separated lines, header first: how it reads as text (search, change summaries).</summary>
    public override string ToString() =>
        string.Join("\n", new[] { string.Join("\t", Header) }.Concat(Rows.Select(r => string.Join("\t", r.Cells.Select(c => c.Text)))));
}

public sealed record TableRow(ValueList<TableCell> Cells);

/// <summary>A cell as printed, with its numeric value when it is a Danish number ("1.713", "-2,9", "0,8%").</summary>
public sealed record TableCell(string Text, decimal? Number);
