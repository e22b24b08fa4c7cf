using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// Keys for committee names. <see cref="Key"/> makes spelling variants equal: the hyphen and spaces around "og"
/// ("Kultur-og Fritidsudvalget", "Teknik - og Miljøudvalget", "Børne og uddannelsesudvalget"), a linking -s
/// ("Beskæftigelse-" / "Beskæftigelses-"), case, and the definite ending ("udvalg", "udvalget", "udvalgets").
/// <see cref="WordSet"/> keeps only the set of subject words, so that "Social- og Beskæftigelsesudvalget" and
/// "Beskæftigelses- og Socialudvalget" compare equal.
/// </summary>
public static partial class CommitteeNames
{
    /// <summary>A committee name in running text: "Beskæftigelses-og Socialudvalget", "det tidligere Skoleudvalg".</summary>
    public const string Pattern =
        @"[A-ZÆØÅ][a-zæøå]+(?:(?<!udvalg(?:et|ets)?)(?:\s*-\s*|\s+)og\s*-?\s*(?:[A-ZÆØÅa-zæøå][a-zæøå]*(?:\s*-\s*|\s+)og\s*-?\s*)*)?[A-ZÆØÅa-zæøå]*udvalg(?:ets|et|s)?\b";

    [GeneratedRegex(@"\s*-?\s*\bog\b\s*-?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"udvalg(?:ets|et|s)?$|(?<=kommunalbestyrelse)n$|(?<=byråd)et$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteEnding();

    /// <summary>The subject words of a name, each without a linking -s or a trailing hyphen, in printed order.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var text = Names.Normalise(name).Replace('–', '-');
        var parts = Joiner().Split(text).Select(p => p.Trim().Trim('-').Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
            return [];
        var last = parts[^1];
        var stripped = DefiniteEnding().Replace(last, "");
        var isCommittee = stripped.Length != last.Length && last.Contains("udvalg");
        parts[^1] = stripped;
        var words = parts.Where(p => p.Length > 0).Select(StripLinkingS).ToList();
        if (isCommittee)
            words.Add("udvalg");
        return words;
    }

    private static string StripLinkingS(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") ? word[..^1] : word;

    /// <summary>The variant key: subject words in printed order.</summary>
    public static string Key(string name) => string.Join('|', Words(name));

    /// <summary>The subject words as a sorted set.</summary>
    public static string WordSet(string name) => string.Join('|', Words(name).Order(StringComparer.Ordinal));

    /// <summary>The name as printed, tidied: NFC, collapsed whitespace, the definite form for "…udvalg".</summary>
    public static string Display(string name)
    {
        var clean = Names.Clean(name);
        return clean.EndsWith("udvalg", StringComparison.Ordinal) ? clean + "et" : clean;
    }
}
