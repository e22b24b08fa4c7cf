using System.Text;
using Referat.Search.Analysis;

namespace Referat.Search;

/// <summary>The words a query looks for, as the analyzer indexes them (stems) and as typed prefixes.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stems, IReadOnlyList<string> Prefixes)
{
    public bool IsEmpty => Stems.Count == 0 && Prefixes.Count == 0;
}

/// <summary>
/// Builds a snippet from the analyzer's own tokens and offsets: every token (or compound part) whose term the query
/// looks for is a match; the passage of at most <c>length</c> characters holding the most distinct matched terms wins
/// (then the most matches), widened to a sentence start when one is near, and the matched words are put in &lt;mark&gt;.
/// </summary>
public static class Snippets
{
    public const string MarkOpen = "<mark>";
    public const string MarkClose = "</mark>";

    public static string Build(string text, DanishSearchAnalyzer analyzer, HighlightTerms terms, int length = 220)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var matches = terms.IsEmpty ? [] : Matches(text, analyzer, terms);
        if (matches.Count == 0)
            return Cut(text, 0, length, []);

        // the best window: most distinct terms, then most matches, then earliest
        int bestFirst = 0, bestDistinct = -1, bestCount = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= length * 3 / 4; j++)
            {
                distinct.Add(matches[j].Term);
                count++;
            }
            if (distinct.Count > bestDistinct || (distinct.Count == bestDistinct && count > bestCount))
            {
                bestFirst = i;
                bestDistinct = distinct.Count;
                bestCount = count;
            }
        }
        var anchor = matches[bestFirst].Start;
        // start at the sentence or line start when it is close, else a few words before the first match
        var start = anchor;
        var limit = Math.Max(0, anchor - length / 3);
        while (start > limit && !(text[start - 1] == '\n' || (start >= 2 && text[start - 2] is '.' or '!' or '?' or ':' && char.IsWhiteSpace(text[start - 1]))))
            start--;
        if (start == limit && limit > 0)
        {
            start = Math.Max(0, anchor - 40);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start++;
            if (start > anchor) start = anchor;
        }
        return Cut(text, start, length, matches.Where(m => m.Start >= start).Select(m => (m.Start, m.End)).ToList());
    }

    /// <summary>
    /// The analyzer's tokens that the query looks for. Only the words that may hold one are analysed: a Danish stem is
    /// the start of its (lower-cased, folded) word and a compound part lies inside its compound, so a word that does
    /// not hold one of the query's stems or prefixes as text holds no match, and its decompounding analysis is skipped.
    /// </summary>
    private static List<(int Start, int End, string Term)> Matches(string text, DanishSearchAnalyzer analyzer, HighlightTerms terms)
    {
        var matches = new List<(int Start, int End, string Term)>();
        foreach (var (wordStart, wordEnd) in CandidateWords(text, terms))
            foreach (var token in analyzer.Tokens(text[wordStart..wordEnd]))
            {
                var (start, end) = (wordStart + token.Start, wordStart + token.End);
                var hit = terms.Stems.Contains(token.Term);
                string? key = hit ? token.Term : null;
                if (!hit && !token.IsPart && terms.Prefixes.Count > 0)
                {
                    var surface = DanishFoldingFilter.Fold(text[start..end].ToLowerInvariant(), null);
                    key = terms.Prefixes.FirstOrDefault(p => surface.StartsWith(p, StringComparison.Ordinal));
                    hit = key is not null;
                }
                if (hit && (matches.Count == 0 || matches[^1].Start != start))
                    matches.Add((start, end, key!));
            }
        return matches;
    }

    /// <summary>
    /// The words (runs of letters and digits) of a text that hold one of the query's stems or prefixes, in order: as
    /// written (lower case, accents folded), or with every "aa" read as "å" (the folding turns "Aabenraa" into
    /// "åbenrå", and some words into a mix of both).
    /// </summary>
    internal static IReadOnlyList<(int Start, int End)> CandidateWords(string text, HighlightTerms terms)
    {
        var folded = DanishFoldingFilter.Fold(text.ToLowerInvariant(), null); // accents only, one char for one: same offsets
        var (withÅ, origin) = ReadAaAsÅ(folded);
        var words = new SortedDictionary<int, int>();
        void Find(string haystack, string needle, Func<int, int> toText, Func<int, int> length)
        {
            for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var (start, end) = (toText(at), toText(at) + length(at));
                while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
                while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
                words[start] = Math.Max(end, words.GetValueOrDefault(start));
            }
        }
        foreach (var needle in terms.Stems.Concat(terms.Prefixes).Where(n => n.Length > 0).Distinct())
        {
            Find(folded, needle, at => at, _ => needle.Length);
            if (withÅ is not null)
            {
                var å = needle.Replace("aa", "å", StringComparison.Ordinal);
                Find(withÅ, å, at => origin![at], at => origin![at + å.Length - 1] - origin[at] + 1);
            }
        }
        return words.Select(w => (w.Key, w.Value)).ToList();
    }

    /// <summary>The text with each "aa" as "å", and for each of its characters the offset it came from; null without "aa".</summary>
    private static (string?, int[]?) ReadAaAsÅ(string folded)
    {
        if (!folded.Contains("aa", StringComparison.Ordinal))
            return (null, null);
        var chars = new System.Text.StringBuilder(folded.Length);
        var origin = new List<int>(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            origin.Add(i);
            if (folded[i] == 'a' && i + 1 < folded.Length && folded[i + 1] == 'a')
            {
                chars.Append('å');
                i++;
            }
            else
                chars.Append(folded[i]);
        }
        return (chars.ToString(), origin.ToArray());
    }

    private static string Cut(string text, int start, int length, IReadOnlyList<(int Start, int End)> marks)
    {
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n', '\t'], end - 1, Math.Max(1, end - start - length / 2));
            if (space > start) end = space;
        }
        var sb = new StringBuilder();
        if (start > 0) sb.Append("… ");
        var at = start;
        foreach (var (s, e) in marks)
        {
            if (s < at || e > end) continue;
            sb.Append(Escape(text[at..s])).Append(MarkOpen).Append(Escape(text[s..e])).Append(MarkClose);
            at = e;
        }
        sb.Append(Escape(text[at..end]));
        if (end < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    /// <summary>Escapes only what HTML needs (&amp; &lt; &gt; &quot; '), leaving æ, ø and å readable.</summary>
    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", '\n' or '\t' or '\r' => " ", _ => c.ToString() });
        return sb.ToString();
    }
}
