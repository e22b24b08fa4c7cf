using System.Globalization;
using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Search;

/// <summary>
/// An amount condition written in the query ("tillægsbevillinger over 1 mio. kr.", "anlægsbevilling under 500.000
/// kr.", "over 2,5 mio."; a number without a unit or kr. is no amount): the comparison becomes a filter on the items' amounts and a kind word right before it the
/// kind of amount; both leave the query text, the rest is searched as words.
/// </summary>
public static partial class AmountPhrase
{
    [GeneratedRegex(@"(?:(?<kind>tillægsbevilling|anlægsbevilling|indtægt|udgift)\w*\s+)?(?<op>over|under|mindst|højst|større end|mindre end)\s+(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:(?<unit>mia\.?|mio\.?|millioner|million|t\.|tusinde?)\s*(?:kr\b\.?|kroner)?|kr\b\.?|kroner)", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    public static bool TryExtract(string query, out string rest, out AmountKind? kind, out long? atLeast, out long? atMost)
    {
        (rest, kind, atLeast, atMost) = (query, null, null, null);
        var m = Condition().Match(query);
        if (!m.Success)
            return false;
        var value = decimal.Parse(m.Groups["number"].Value.Replace(".", "").Replace(',', '.'), CultureInfo.InvariantCulture);
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var kr = (long)(value * (unit.StartsWith("mia", StringComparison.Ordinal) ? 1_000_000_000m
            : unit.StartsWith("mio", StringComparison.Ordinal) || unit.StartsWith("million", StringComparison.Ordinal) ? 1_000_000m
            : unit.Length > 0 ? 1_000m : 1m));
        var op = m.Groups["op"].Value.ToLowerInvariant();
        if (op is "over" or "mindst" or "større end")
            atLeast = op == "over" || op == "større end" ? kr + 1 : kr;
        else
            atMost = op == "under" || op == "mindre end" ? kr - 1 : kr;
        kind = m.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "tillægsbevilling" => AmountKind.SupplementaryAppropriation,
            "anlægsbevilling" => AmountKind.CapitalAppropriation,
            "indtægt" => AmountKind.Income,
            "udgift" => AmountKind.Expense,
            _ => null,
        };
        rest = (query[..m.Index] + " " + query[(m.Index + m.Length)..]).Trim();
        return true;
    }
}
