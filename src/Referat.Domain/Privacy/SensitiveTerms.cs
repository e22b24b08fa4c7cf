namespace Referat.Domain;

/// <summary>
/// Words that mark a sentence as being about one person's health, social case or criminal record: the default list,
/// which a municipality extends in the secretariat. A term matches at the start of a word, so "diagnose" also finds
/// "diagnosen".
/// </summary>
public static class SensitiveTerms
{
    public static IReadOnlyList<string> Default { get; } =
    [
        "helbredsoplysninger", "diagnosticeret", "diagnosen", "indlagt på", "tvangsindlagt",
        "tvangsfjernelse", "tvangsanbragt", "straffeattest", "dømt for", "sigtet for", "hiv-positiv",
    ];

    /// <summary>Terms from a text, one per line; blank lines and lines starting with # are left out.</summary>
    public static IReadOnlyList<string> Parse(string text) => text.Split('\n')
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
