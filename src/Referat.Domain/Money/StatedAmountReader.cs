using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// Finds amounts in running text whose sentence says what they are: "en tillægsbevilling på 1.575.000 kr.",
/// "anlægsbevilling på 2,5 mio. kr.", "indtægter på 230 t. kr.". The kind is the nearest kind word before the amount
/// in the same sentence; an amount in a sentence that names no kind is not taken (it may be anything: a budget, a
/// price, a comparison).
/// </summary>
public static partial class StatedAmountReader
{
    [GeneratedRegex(MoneyUnit.AmountPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(MoneyUnit.KindPattern, RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÆØÅ])")]
    private static partial Regex SentenceEnd();

    /// <summary>How far before an amount its kind word may stand: "en tillægsbevilling til dækning af … på 1,2 mio. kr.".</summary>
    private const int KindReach = 120;

    public static IReadOnlyList<StatedAmount> Read(string text)
    {
        var found = new List<StatedAmount>();
        foreach (var sentence in SentenceEnd().Split(text))
            foreach (Match amount in Amount().Matches(sentence))
            {
                var window = Math.Max(0, amount.Index - KindReach);
                var kind = KindWord().Matches(sentence[window..amount.Index]).LastOrDefault();
                if (kind is null)
                    continue;
                found.Add(new StatedAmount(KindOf(kind.Value)!.Value, Kroner(amount), amount.Value.Trim(), sentence.Trim()));
            }
        return found;
    }

    /// <summary>The kind a word names: "tillægsbevillinger" → supplementary appropriation, "indtægterne" → income; null for none.</summary>
    public static AmountKind? KindOf(string word)
    {
        var w = word.ToLowerInvariant();
        return w.StartsWith("tillægsbevilling", StringComparison.Ordinal) ? AmountKind.SupplementaryAppropriation
            : w.StartsWith("anlægsbevilling", StringComparison.Ordinal) ? AmountKind.CapitalAppropriation
            : w.StartsWith("indtægt", StringComparison.Ordinal) ? AmountKind.Income
            : w.StartsWith("udgift", StringComparison.Ordinal) ? AmountKind.Expense
            : null;
    }

    private static long Kroner(Match amount)
    {
        var kr = MoneyUnit.Kroner(amount.Groups["number"].Value, amount.Groups["unit"].Value);
        return amount.Groups["sign"].Success ? -kr : kr;
    }
}
