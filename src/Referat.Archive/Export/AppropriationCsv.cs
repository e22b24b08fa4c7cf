using System.Globalization;
using System.Text;
using Referat.Archive.Queries;
using Referat.Domain;

namespace Referat.Archive.Export;

/// <summary>
/// Every appropriation line as a CSV that a Danish Excel opens as it is: UTF-8 with a byte-order mark, semicolons
/// between fields, CRLF line ends, one row per line and year, the amount in whole kroner without separators (so Excel
/// reads it as a number in any locale), the date as YYYY-MM-DD.
/// </summary>
public static class AppropriationCsv
{
    public const string FileName = "bevillinger.csv";

    public static readonly string[] Header =
        ["Udvalg (møde)", "Mødedato", "Punkt", "Punktets titel", "Linje", "Udvalg (linje)", "Aktivitetsområde", "Service", "Varig", "Prisniveau", "Status", "År", "Beløb i kr."];

    public static byte[] Write(IReadOnlyList<AppropriationRecord> lines)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', Header)).Append("\r\n");
        foreach (var r in lines)
            foreach (var amount in r.Line.Amounts)
                text.Append(string.Join(';', new[]
                {
                    r.Committee, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ItemNumber, r.ItemTitle, r.Line.Text,
                    r.Line.Committee, r.Line.Activity, YesNo(r.Line.Service), YesNo(r.Line.Permanent),
                    r.Line.PriceLevel?.ToString(CultureInfo.InvariantCulture), r.Status.DanishName(),
                    amount.Year.ToString(CultureInfo.InvariantCulture), amount.Kr.ToString(CultureInfo.InvariantCulture),
                }.Select(Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string? YesNo(bool? value) => value switch { true => "ja", false => "nej", null => null };

    /// <summary>A field, quoted when it holds a semicolon, a quote or a line break.</summary>
    private static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
