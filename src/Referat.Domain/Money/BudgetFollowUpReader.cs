using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// Reads a table as a budget follow-up when every amount column's header names a measure ("Vedtaget budget",
/// "Korrigeret budget 2026", "Forventet regnskab", "Afvigelse til korr. budget", "Overførsel 2025 til 2026") and the
/// header or the note beside it names a unit ("Mio. kr. i 2025 p/l"). A row named like a committee ("…udvalget")
/// or "I alt" is the total of the rows under or above it; a total that differs from its rows by more than their
/// rounding is a warning, the amounts are kept as printed.
/// </summary>
public static partial class BudgetFollowUpReader
{
    /// <summary>The end of a warning about a difference no larger than the rounding of the printed figures.</summary>
    public const string WithinRounding = " (forskel inden for afrunding)";

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    public static BudgetFollowUpTable? Read(DataTable table, string? note = null)
    {
        var header = table.Header;
        if (header.Count < 2)
            return null;
        var columns = header.Skip(1).Select(h => Measure(h) is { } m ? new BudgetColumn(h, m, null) : null).ToList();
        var unitText = header[0] + " " + note;
        if (columns.Any(c => c is null) || MoneyUnit.KronerPerUnit(unitText) is not { } perUnit)
            return null;
        var priceLevel = MoneyUnit.PriceLevel(unitText);
        var dated = columns.Select(c => c! with { Year = Year().Match(c.Header) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : priceLevel }).ToList();

        var rows = table.Rows.Where(r => r.Cells.Count > 1 && r.Cells.Skip(1).Any(c => c.Number is not null)).ToList();
        if (rows.Count == 0)
            return null;
        var read = rows.Select(r => new BudgetRow(r.Cells[0].Text.Trim(), IsGroupTotal(r.Cells[0].Text) || IsGrandTotal(r.Cells[0].Text),
            Enumerable.Range(1, dated.Count).Select(c => c < r.Cells.Count && r.Cells[c].Number is { } n ? (long?)Kroner(n, perUnit) : null).ToValueList())).ToList();
        var warnings = CheckTotals(rows, read, dated, perUnit);
        return new BudgetFollowUpTable(dated.ToValueList(), read.ToValueList(), priceLevel, perUnit, warnings.ToValueList());
    }

    /// <summary>The measure a header names; the deviation first, since "Afvigelse til korr. budget" names a budget too.</summary>
    public static BudgetMeasure? Measure(string header)
    {
        var h = Names.Normalise(header);
        if (h.Contains("afvigelse") || h.StartsWith("difference", StringComparison.Ordinal) || h.StartsWith("mer-/mindreforbrug", StringComparison.Ordinal))
            return BudgetMeasure.Deviation;
        if (h.Contains("overførsel"))
            return BudgetMeasure.CarryOver;
        if (h.Contains("regnskab"))
            return h.Contains("forventet") || h.Contains("skøn") ? BudgetMeasure.ExpectedAccounts : BudgetMeasure.Accounts;
        if (h.Contains("budget"))
            return h.Contains("korr") ? BudgetMeasure.CorrectedBudget : BudgetMeasure.AdoptedBudget;
        return null;
    }

    private static bool IsGroupTotal(string area) =>
        Names.Normalise(area) is var a && (a.EndsWith("udvalget", StringComparison.Ordinal) || a.EndsWith("udvalg", StringComparison.Ordinal) || a == "kommunalbestyrelsen");

    private static bool IsGrandTotal(string area) => Names.Normalise(area).StartsWith("i alt", StringComparison.Ordinal);

    private static long Kroner(decimal printed, long perUnit) => (long)Math.Round(printed * perUnit, MidpointRounding.AwayFromZero);

    /// <summary>A committee row against the rows under it up to the next committee row; an "I alt" row against the
    /// rows above it that are not totals. The tolerance is half the last printed digit per row summed.</summary>
    private static List<string> CheckTotals(List<TableRow> printed, List<BudgetRow> rows, List<BudgetColumn> columns, long perUnit)
    {
        var warnings = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (!rows[r].IsTotal)
                continue;
            var parts = IsGrandTotal(rows[r].Area)
                ? Enumerable.Range(0, r).Where(i => !rows[i].IsTotal).ToList()
                : Enumerable.Range(r + 1, rows.Count - r - 1).TakeWhile(i => !rows[i].IsTotal).ToList();
            if (parts.Count < 2 && IsGroupTotal(rows[r].Area))
                continue;
            for (var c = 0; c < columns.Count; c++)
            {
                if (rows[r].Kr[c] is not { } total || parts.Any(i => rows[i].Kr[c] is null) || parts.Count == 0)
                    continue;
                var sum = parts.Sum(i => rows[i].Kr[c]!.Value);
                var tolerance = (parts.Count + 1) * HalfLastDigit(printed[r].Cells[c + 1].Text, perUnit);
                Compare(warnings, $"{rows[r].Area}, {columns[c].Header}", printed[r].Cells[c + 1].Text, total, sum, "rækkerne", tolerance, perUnit);
            }
        }
        CheckDeviations(printed, rows, columns, perUnit, warnings);
        return warnings;
    }

    /// <summary>"Afvigelse til korr. budget" is the (expected) accounts less the corrected budget, row by row.</summary>
    private static void CheckDeviations(List<TableRow> printed, List<BudgetRow> rows, List<BudgetColumn> columns, long perUnit, List<string> warnings)
    {
        var deviation = columns.FindIndex(c => c.Measure == BudgetMeasure.Deviation && Names.Normalise(c.Header).Contains("korr"));
        var budget = columns.FindIndex(c => c.Measure == BudgetMeasure.CorrectedBudget);
        var accounts = columns.FindIndex(c => c.Measure is BudgetMeasure.Accounts or BudgetMeasure.ExpectedAccounts);
        if (deviation < 0 || budget < 0 || accounts < 0)
            return;
        for (var r = 0; r < rows.Count; r++)
            if (rows[r].Kr[deviation] is { } printedDeviation && rows[r].Kr[budget] is { } b && rows[r].Kr[accounts] is { } a)
                Compare(warnings, $"{rows[r].Area}, {columns[deviation].Header}", printed[r].Cells[deviation + 1].Text, printedDeviation, a - b,
                    $"{columns[accounts].Header.ToLowerInvariant()} minus {columns[budget].Header.ToLowerInvariant()}", 3 * HalfLastDigit(printed[r].Cells[deviation + 1].Text, perUnit), perUnit);
    }

    /// <summary>A difference beyond rounding is a warning; one within rounding is said as such, so that a reader who
    /// adds the column up sees why it is off by the last digit.</summary>
    private static void Compare(List<string> warnings, string where, string printed, long total, long computed, string what, long tolerance, long perUnit)
    {
        if (total == computed)
            return;
        var text = $"{where}: tabellen siger {printed}, {what} giver {DanishNumbers.Format((decimal)computed / perUnit)}";
        warnings.Add(Math.Abs(total - computed) > tolerance ? text : text + WithinRounding);
    }

    private static long HalfLastDigit(string printed, long perUnit)
    {
        var comma = printed.IndexOf(',');
        var decimals = comma < 0 ? 0 : printed.Length - comma - 1;
        return (long)(perUnit / Math.Pow(10, decimals) / 2);
    }
}
