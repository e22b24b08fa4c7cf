using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

public sealed partial class SyntheticLayoutTests
{
    private static ParseResult TableDocument(string total) => Minutes.Read(Minutes.Lines(
        "Punkt 1: Budgetopfølgning for idrætsområdet (Orientering)",
        "",
        "Økonomi",
        "",
        "Forbruget pr. 1. april fremgår af tabellen (1.000 kr.).",
        "",
        "\tBudget\tForbrug\tAfvigelse",
        "\t2026\tpr. 1. april\ti pct.",
        "Drift\t1.713\t1.663,4\t-2,9",
        "Anlæg\t250\t252\t0,8%",
        "I alt\t" + total + "\t1.915,4\t-2,1",
        "",
        "Beslutning",
        "",
        "Fritidsudvalget, den 2. juni 2026",
        "",
        "Taget til efterretning."));

    private static DataTable TableOf(ParseResult result) =>
        result.Minutes.Items.Single().Sections.Single(s => s.Heading == "Økonomi").Blocks.OfType<TableBlock>().Single().Table;

    [Fact]
    public void Tab_table_merges_multi_line_header()
    {
        var table = TableOf(TableDocument("1.963"));
        Assert.Equal(["", "Budget 2026", "Forbrug pr. 1. april", "Afvigelse i pct."], table.Header);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["Drift", "Anlæg", "I alt"], table.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Tab_table_parses_Danish_numbers()
    {
        var table = TableOf(TableDocument("1.963"));
        Assert.Equal([null, 1713m, 1663.4m, -2.9m], table.Rows[0].Cells.Select(c => c.Number));
        Assert.Equal([null, 250m, 252m, 0.8m], table.Rows[1].Cells.Select(c => c.Number));
        Assert.Equal("0,8%", table.Rows[1].Cells[3].Text);
        Assert.Equal([null, 1963m, 1915.4m, -2.1m], table.Rows[2].Cells.Select(c => c.Number));
    }

    [Fact]
    public void Correct_total_raises_no_warning()
    {
        var result = TableDocument("1.963");
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("total"));
    }

    [Fact]
    public void Wrong_total_raises_a_warning_naming_printed_and_computed_sums()
    {
        var result = TableDocument("1.973");
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("total"));
        Assert.Contains("1.973", warning.Message);
        Assert.Contains("1.963", warning.Message);
        Assert.Equal(11, warning.Line); // the "I alt" line of the source
    }
}
