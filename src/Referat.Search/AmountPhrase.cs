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
    [GeneratedRegex(@"(?:(?<kind>" + MoneyUnit.KindPattern + @")\w*\s+)?(?<op>over|under|mindst|højst|større end|mindre end)\s+(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:(?<unit>mia\.?|mio\.?|millioner|million|t\.|tusinde?)\s*(?:kr\b\.?|kroner)?|kr\b\.?|kroner)", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    public static bool TryExtract(string query, out string rest, out AmountKind? kind, out long? atLeast, out long? atMost)
    {
        (rest, kind, atLeast, atMost) = (query, null, null, null);
        var m = Condition().Match(query);
        if (!m.Success)
            return false;
        var kr = MoneyUnit.Kroner(m.Groups["number"].Value, m.Groups["unit"].Value);
        var op = m.Groups["op"].Value.ToLowerInvariant();
        if (op is "over" or "mindst" or "større end")
            atLeast = op == "over" || op == "større end" ? kr + 1 : kr;
        else
            atMost = op == "under" || op == "mindre end" ? kr - 1 : kr;
        kind = StatedAmountReader.KindOf(m.Groups["kind"].Value);
        rest = (query[..m.Index] + " " + query[(m.Index + m.Length)..]).Trim();
        return true;
    }
}
