using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition;

/// <summary>
/// Reads tab-separated rows into a table: leading rows without numbers are header rows and are merged column by
/// column ("Afvigelse til" + "korr. budget"), ruler rows ("-----") are dropped, Danish numbers are parsed, and an
/// "I alt" row is checked against the sum of the rows above it (a mismatch is a warning: real tables have misprints).
/// A header whose first line was printed without tabs above the table ("Vedtaget Korrigeret Forventet Afvigelse til"
/// over "\tbudget\tbudget\tregnskab\tkorr. budget") is put back together when the line's capitalised word groups
/// match the header's lower-case continuations one for one.
/// </summary>
public static partial class TableReader
{
    [GeneratedRegex(@"[A-ZÆØÅ][^\sA-ZÆØÅ]*(?:\s+[a-zæøå.][^\s]*)*")]
    private static partial Regex CapitalisedGroup();

    public static DataTable Read(IReadOnlyList<TextParagraph> rows, Action<int, string> warn) => Read(rows, warn, null, out _);

    public static DataTable Read(IReadOnlyList<TextParagraph> rows, Action<int, string> warn, string? lineAbove, out bool tookLineAbove)
    {
        var cells = rows
            .Where(r => !r.Text.Replace("\t", "").All(c => c is '-' or '–' or ' ' or '='))
            .Select(r => (Line: r.FirstLine, Cells: r.Text.Split('\t').Select(c => c.Trim()).ToArray()))
            .ToList();
        var headerCount = 0;
        while (headerCount < cells.Count - 1 && headerCount < 3 && !cells[headerCount].Cells.Skip(1).Any(IsData))
            headerCount++;
        if (headerCount == 0 && cells.Count > 0 && !cells[0].Cells.Skip(1).Any(IsData))
            headerCount = 1;

        var width = cells.Count == 0 ? 0 : cells.Max(c => c.Cells.Length);
        var header = new string[width];
        for (var col = 0; col < width; col++)
            header[col] = string.Join(" ", cells.Take(headerCount).Select(c => col < c.Cells.Length ? c.Cells[col] : "").Where(s => s.Length > 0));
        tookLineAbove = headerCount > 0 && lineAbove is not null && PrefixWrappedHeader(header, lineAbove);

        var body = cells.Skip(headerCount)
            .Select(c => new TableRow(c.Cells.Select(text => new TableCell(text, DanishNumbers.Parse(text))).ToList()))
            .ToList();
        CheckTotals(body, cells.Skip(headerCount).Select(c => c.Line).ToList(), warn);
        return new DataTable(header, body);
    }

    private static bool PrefixWrappedHeader(string[] header, string lineAbove)
    {
        var continued = Enumerable.Range(0, header.Length).Where(i => header[i].Length > 0).ToList();
        if (lineAbove.Length > 80 || lineAbove.TrimEnd().EndsWith('.') || lineAbove.Contains(':') || continued.Count < 2
            || continued.Any(i => !char.IsLower(header[i][0])))
            return false;
        var groups = CapitalisedGroup().Matches(lineAbove).Select(m => m.Value).ToList();
        if (groups.Count != continued.Count || string.Join(" ", groups).Length != Regex.Replace(lineAbove.Trim(), @"\s+", " ").Length)
            return false;
        for (var g = 0; g < groups.Count; g++)
            header[continued[g]] = groups[g] + " " + header[continued[g]];
        return true;
    }

    private static bool IsData(string cell) => DanishNumbers.Parse(cell) is not null && !IsYear(cell);

    private static bool IsYear(string cell) => cell.Length == 4 && int.TryParse(cell, out var year) && year is >= 1990 and <= 2100;

    private static void CheckTotals(List<TableRow> rows, List<int> lines, Action<int, string> warn)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var label = rows[r].Cells.FirstOrDefault()?.Text ?? "";
            if (!label.StartsWith("I alt", StringComparison.OrdinalIgnoreCase) || r == 0)
                continue;
            for (var col = 1; col < rows[r].Cells.Count; col++)
            {
                var total = rows[r].Cells[col].Number;
                if (total is null)
                    continue;
                var parts = rows.Take(r).Select(row => col < row.Cells.Count ? row.Cells[col].Number : null).ToList();
                if (parts.Any(p => p is null))
                    continue;
                var sum = parts.Sum(p => p!.Value);
                var tolerance = parts.Count * 0.051m + 0.051m;
                if (Math.Abs(sum - total.Value) > tolerance && Math.Abs(sum - total.Value) > Math.Abs(total.Value) * 0.001m)
                    warn(lines[r], $"table total in column {col + 1} is {DanishNumbers.Format(total.Value)} but the rows above sum to {DanishNumbers.Format(sum)}");
            }
        }
    }
}
