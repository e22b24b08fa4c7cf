namespace Referat.Domain;

/// <summary>
/// Committee abbreviations as the minutes print them in tables and lists ("BSU", "SSU", "ØK", "KB"): an abbreviation
/// stands for a committee when it is the initials of the name's subject words with "udvalg" as U and
/// "kommunalbestyrelse" as KB ("Beskæftigelses- og Socialudvalget" → BSU), or the start of a one-word name's subject
/// ("ØK" → Økonomiudvalget). It resolves only when exactly one of the known names matches.
/// </summary>
public static class CommitteeAbbreviations
{
    public static bool IsAbbreviation(string text) =>
        text.Length is >= 2 and <= 6 && text.All(c => char.IsUpper(c) || c == '-') && text.Any(char.IsLetter);

    public static bool Matches(string abbreviation, string name)
    {
        var abbrev = abbreviation.Replace("-", "").ToUpperInvariant();
        var words = CommitteeNames.Words(name);
        if (words.Count == 0)
            return false;
        var initials = string.Concat(words.Select(Initials)).ToUpperInvariant();
        if (initials == abbrev)
            return true;
        var subjects = words.Where(w => w != "udvalg").ToList();
        return subjects.Count == 1 && abbrev.Length >= 2 && subjects[0].ToUpperInvariant().StartsWith(abbrev, StringComparison.Ordinal);
    }

    /// <summary>
    /// The spelling the abbreviation stands for, among organizations given with every name they have been known by:
    /// the first organization in <paramref name="organizations"/> whose names match decides when it is the only one
    /// matching at its rank (put the meeting's own body first), else null.
    /// </summary>
    public static string? Resolve(string abbreviation, IEnumerable<IReadOnlyList<string>> organizations)
    {
        if (!IsAbbreviation(abbreviation))
            return null;
        var matching = organizations.Select(names => names.FirstOrDefault(n => Matches(abbreviation, n))).Where(n => n is not null).Take(2).ToList();
        return matching.Count == 1 ? CommitteeNames.Display(matching[0]!) : null;
    }

    private static string Initials(string word) => word switch
    {
        "kommunalbestyrelse" => "KB",
        "byråd" => "BR",
        _ => word[..1],
    };
}
