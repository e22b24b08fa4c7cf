using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// Reads a table as an appropriation table when its header has year columns and names a unit (in the header or in the
/// note printed under it): each row but the total rows ("I alt", "I alt (kassen)") is a line; a column headed
/// "Udvalg / Aktivitetsområde" gives committee and activity ("BSU/Beskæftigelse (ikke-service)"), a column "Varig?"
/// ja/nej whether the line is permanent. A printed total that does not equal the sum of its lines is a warning; the
/// amounts are kept as printed, never corrected.
/// </summary>
public static partial class AppropriationReader
{
    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d{2})\s*$")]
    private static partial Regex YearCell();

    [GeneratedRegex(@"\(\s*(?<not>ikke[\s-]*)?service\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceMark();

    public static AppropriationTable? Read(DataTable table, string? note = null)
    {
        var header = table.Header;
        var years = header.Select((h, i) => (Match: YearCell().Match(h), Index: i)).Where(x => x.Match.Success)
            .Select(x => (Year: int.Parse(x.Match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), x.Index)).ToList();
        var unitText = string.Join(" ", header.Where(h => !YearCell().IsMatch(h))) + " " + note;
        if (years.Count == 0 || years.Count == header.Count || MoneyUnit.KronerPerUnit(unitText) is not { } perUnit)
            return null;
        var priceLevel = MoneyUnit.PriceLevel(unitText);
        var committeeColumn = header.ToList().FindIndex(h => Names.Normalise(h).Contains("udvalg") || Names.Normalise(h).Contains("aktivitetsområde"));
        var permanentColumn = header.ToList().FindIndex(h => Names.Normalise(h).StartsWith("varig", StringComparison.Ordinal));
        var textColumn = Enumerable.Range(0, header.Count).FirstOrDefault(i => i != committeeColumn && i != permanentColumn && years.All(y => y.Index != i));

        var lines = new List<AppropriationLine>();
        var warnings = new List<string>();
        foreach (var row in table.Rows)
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Text.Trim() : "";
            var text = Cell(textColumn);
            var amounts = years.Select(y => (y.Year, Number: y.Index < row.Cells.Count ? row.Cells[y.Index].Number : null)).ToList();
            if (IsTotal(text) || IsTotal(Cell(committeeColumn)))
            {
                foreach (var (year, number) in amounts)
                {
                    var sum = lines.Sum(l => l.Amounts.Where(a => a.Year == year).Sum(a => a.Kr));
                    if (number is { } printed && Kroner(printed, perUnit) != sum)
                        warnings.Add($"{(text.Length > 0 ? text : "I alt")} {year}: tabellen siger {DanishNumbers.Format(printed)}, linjerne giver {DanishNumbers.Format((decimal)sum / perUnit)}");
                }
                continue;
            }
            if (amounts.All(a => a.Number is null) && text.Length == 0)
                continue;
            var (committee, activity, service) = Booking(Cell(committeeColumn));
            lines.Add(new AppropriationLine(text, committee, activity, service, Permanent(Cell(permanentColumn)), priceLevel,
                amounts.Where(a => a.Number is not null).Select(a => new YearAmount(a.Year, Kroner(a.Number!.Value, perUnit))).ToValueList()));
        }
        return lines.Count == 0 ? null : new AppropriationTable(lines.ToValueList(), warnings.ToValueList());
    }

    private static long Kroner(decimal printed, long perUnit) => (long)Math.Round(printed * perUnit, MidpointRounding.AwayFromZero);

    private static bool IsTotal(string text) => Names.Normalise(text).StartsWith("i alt", StringComparison.Ordinal);

    private static bool? Permanent(string text) => Names.Normalise(text) switch
    {
        "ja" => true,
        "nej" => false,
        _ => null,
    };

    /// <summary>"BSU/Beskæftigelse (ikke-service)" → committee "BSU", activity "Beskæftigelse", not service.</summary>
    private static (string? Committee, string? Activity, bool? Service) Booking(string text)
    {
        if (text.Length == 0)
            return (null, null, null);
        var mark = ServiceMark().Match(text);
        bool? service = mark.Success ? !mark.Groups["not"].Success : null;
        var bare = mark.Success ? text.Remove(mark.Index, mark.Length).Trim() : text;
        var slash = bare.IndexOf('/');
        return slash < 0 ? (bare.Trim(), null, service) : (bare[..slash].Trim(), bare[(slash + 1)..].Trim() is { Length: > 0 } a ? a : null, service);
    }
}
