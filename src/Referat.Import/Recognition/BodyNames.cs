using System.Globalization;

namespace Referat.Import.Recognition;

/// <summary>
/// Names of political bodies as minutes print them: the last word names the kind of body ("…udvalget",
/// "…bestyrelsen", "Byrådet", "…nævnet", "Direktionen"), compounds are joined by hyphen and "og"
/// ("Kultur- og Idrætsudvalget", "Børne-, Unge- og Familieudvalget"), and "Udvalget for …" names its subjects after
/// it ("Udvalget for sundhed, kultur og fritid"). One home for "is this a body" across header and decisions.
/// </summary>
public static class BodyNames
{
    private static readonly string[] KindEndings =
    [
        "udvalget", "udvalg", "bestyrelsen", "bestyrelse", "rådet", "råd", "nævnet", "nævn", "repræsentationen", "forum", "forummet", "direktionen", "kommissionen", "samrådet",
        "borgerrepræsentationen", "kollegiet",
    ];

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "og", "&", "samt" };

    private static readonly HashSet<string> FunctionWords = ["og", "for", "i", "af", "til", "med", "på", "samt", "&"];

    /// <summary>Whether the whole text is a body's name.</summary>
    public static bool LooksLikeBody(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ':', ',');
        if (trimmed.Length is < 3 or > 90 || !char.IsUpper(trimmed[0]))
            return false;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsUdvalgetFor(words, 0))
            return true;
        return NamesKind(words[^1]);
    }

    /// <summary>The first body named in running text ("Lyngrup Kommune Økonomiudvalget Referat", "afholdt Kommunalbestyrelsen møde i …").</summary>
    public static string? Find(string text)
    {
        var words = text.Split((char[]?)[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w].Trim('.', ',', ':', ';', '(', ')', '"', '”', '“');
            if (word.Length < 3 || !char.IsUpper(word[0]))
                continue;
            if (IsUdvalgetFor(words, w))
                return string.Join(' ', UdvalgetFor(words, w));
            if (!NamesKind(word))
                continue;
            var start = w;
            // Extend left over the compound: "Kultur- og", "Børne-, Unge- og".
            while (start > 0)
            {
                var previous = words[start - 1];
                if (Connectors.Contains(previous) && start > 1 && (words[start - 2].EndsWith('-') || words[start - 2].EndsWith("-,")))
                    start -= 2;
                else if (previous.EndsWith('-') || previous.EndsWith("-,"))
                    start--;
                else
                    break;
            }
            return string.Join(' ', words[start..w].Append(word));
        }
        return null;
    }

    /// <summary>
    /// The name tidied for display: a name printed in capitals gets ordinary case ("KOMMUNALBESTYRELSEN" →
    /// "Kommunalbestyrelsen"), and the municipality after it goes ("… for Nordfyns Kommune").
    /// </summary>
    public static string Display(string name)
    {
        var text = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ':');
        var municipality = text.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        if (municipality > 0 && text.EndsWith("kommune", StringComparison.OrdinalIgnoreCase) && NamesKind(text[..municipality].Split(' ')[^1]))
            text = text[..municipality];
        if (text.Any(char.IsLetter) && !text.Any(char.IsLower))
        {
            var words = text.ToLower(CultureInfo.GetCultureInfo("da-DK")).Split(' ');
            for (var i = 0; i < words.Length; i++)
                if (i == 0 || !FunctionWords.Contains(words[i]))
                    words[i] = char.ToUpper(words[i][0], CultureInfo.GetCultureInfo("da-DK")) + words[i][1..];
            text = string.Join(' ', words);
        }
        return text;
    }

    private static bool NamesKind(string word)
    {
        var core = word.AsSpan().Trim(".,:;()");
        foreach (var ending in KindEndings)
            if (core.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                return core.Length > ending.Length || ending is "direktionen" or "forum" or "borgerrepræsentationen";
        return false;
    }

    private static bool IsUdvalgetFor(string[] words, int w) =>
        w + 2 < words.Length && words[w] is "Udvalget" or "Udvalg" or "UDVALGET" && words[w + 1].Equals("for", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Udvalget for sundhed, kultur og fritid" up to "den", a date, a colon or the end.</summary>
    private static IEnumerable<string> UdvalgetFor(string[] words, int w)
    {
        yield return words[w];
        yield return words[w + 1];
        for (var i = w + 2; i < words.Length; i++)
        {
            var word = words[i];
            if (word is "den" or "d." or "-" or "–" || char.IsDigit(word[0]) || i > w + 2 && char.IsUpper(word[0]) && !words[i - 1].EndsWith(','))
                yield break;
            var last = word.EndsWith(':') || word.EndsWith('.');
            yield return word.TrimEnd(':', '.');
            if (last)
                yield break;
        }
    }
}
