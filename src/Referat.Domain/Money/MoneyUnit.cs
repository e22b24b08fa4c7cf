using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// The unit a table's amounts are printed in, read from its header or the note under it: "mio. kr." (a million
/// kroner), "t. kr.", "1.000 kr.", "(hele) tusinde kr." (a thousand), "kr."; and the price level ("2026 p/l",
/// "2019 pris- og lønniveau").
/// </summary>
public static partial class MoneyUnit
{
    [GeneratedRegex(@"mio\.?\s*kr|millioner\s+kr", RegexOptions.IgnoreCase)]
    private static partial Regex Millions();

    [GeneratedRegex(@"\bt\.\s*kr|1\.000\s*kr|tusinde?\s+kr|tkr\b|t\.kr", RegexOptions.IgnoreCase)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\bkr\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Kroner();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})[\s-]*(?:p/l|pl\b|pris-\s*og\s*lønniveau)", RegexOptions.IgnoreCase)]
    private static partial Regex PriceLevelPattern();

    /// <summary>A Danish amount in running text: sign, number and unit word ("-2,9 mio. kr.", "1.575.000 kr.",
    /// "230 t. kr."); groups sign, number and unit (<see cref="Kroner(string, string)"/> reads the last two).</summary>
    public const string AmountPattern =
        @"(?<![\d.,])(?<sign>[-−–])?\s?(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?<unit>mia\.?|milliard(?:er)?|mio\.?|million(?:er)?|t\.|tusinde?|1\.000)?\s*kr\b\.?";

    /// <summary>The kind words of <see cref="StatedAmountReader.KindOf"/>, as a pattern.</summary>
    public const string KindPattern = "tillægsbevilling|anlægsbevilling|indtægt|udgift";

    [GeneratedRegex(@"(?!1\.000\s*kr)" + AmountPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>Kroner per printed unit, or null when the text names no unit. Amounts in the text ("i alt 6,5 mio.
    /// kr.") are not a unit statement and do not count; "1.000 kr." is the unit.</summary>
    public static long? KronerPerUnit(string text)
    {
        text = Amount().Replace(text, " ");
        return Millions().IsMatch(text) ? 1_000_000 : Thousands().IsMatch(text) ? 1_000 : Kroner().IsMatch(text) ? 1 : null;
    }

    /// <summary>An amount as written in running text, its number and the unit word after it ("2,5" "mio."; "230" "t.";
    /// "1.575.000" ""), in whole kroner.</summary>
    public static long Kroner(string number, string unitWord)
    {
        var value = decimal.Parse(number.Replace(".", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        var unit = unitWord.Trim().ToLowerInvariant();
        var perUnit = unit.StartsWith("mia", StringComparison.Ordinal) || unit.StartsWith("milliard", StringComparison.Ordinal) ? 1_000_000_000m
            : unit.StartsWith("mio", StringComparison.Ordinal) || unit.StartsWith("million", StringComparison.Ordinal) ? 1_000_000m
            : unit.Length > 0 ? 1_000m : 1m;
        return (long)Math.Round(value * perUnit, MidpointRounding.AwayFromZero);
    }

    /// <summary>The unit's usual Danish abbreviation.</summary>
    public static string Name(long kronerPerUnit) => kronerPerUnit switch
    {
        1_000_000 => "mio. kr.",
        1_000 => "t. kr.",
        _ => "kr.",
    };

    public static int? PriceLevel(string text) =>
        PriceLevelPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
