using System.Text.RegularExpressions;

namespace Referat.Publishing.Pdf;

/// <summary>
/// Breaks a paragraph into lines that fit a width. Readers of PDF text (ours included) join wrapped lines back into
/// paragraphs only when a line does not end a sentence and, in unwrapped layouts, when the next line starts in lower
/// case; so among the break points that fill a line well, one is preferred that ends in neither punctuation nor a
/// hyphen and is followed by a lower-case word that does not look like a list marker ("a)").
/// </summary>
internal static partial class WordWrapper
{
    [GeneratedRegex(@"[.!?:;]['""”’)]?$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^(?:[a-z][.)]|\d{1,2}[.)]|•)$")]
    private static partial Regex LooksLikeMarker();

    /// <param name="keepParentheses">Never break after a word ending in ")": an item heading continues only until a line ends with its tags.</param>
    public static List<string> Wrap(string text, double maxWidth, Func<string, double> measure, bool keepParentheses = false)
    {
        bool Joinable(string previous, string next) => NotEndingSentence(previous, next) && char.IsLower(next[0]) && !(keepParentheses && previous.EndsWith(')'));
        bool Acceptable(string previous, string next) => NotEndingSentence(previous, next) && !(keepParentheses && previous.EndsWith(')'));
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var start = 0;
        while (start < words.Length)
        {
            var end = start + 1;
            while (end < words.Length && measure(string.Join(' ', words[start..(end + 1)])) <= maxWidth)
                end++;
            if (end >= words.Length)
            {
                lines.Add(string.Join(' ', words[start..]));
                break;
            }
            var minimum = maxWidth * 0.6;
            var brk = FindBreak(words, start, end, minimum, measure, Joinable)
                      ?? FindBreak(words, start, end, minimum, measure, Acceptable)
                      ?? end;
            lines.Add(string.Join(' ', words[start..brk]));
            start = brk;
        }
        return lines;
    }

    private static int? FindBreak(string[] words, int start, int end, double minimum, Func<string, double> measure, Func<string, string, bool> good)
    {
        for (var b = end; b > start; b--)
        {
            if (measure(string.Join(' ', words[start..b])) < minimum)
                return null;
            if (good(words[b - 1], words[b]))
                return b;
        }
        return null;
    }

    private static bool NotEndingSentence(string previous, string next) =>
        !EndsSentence().IsMatch(previous) && !previous.EndsWith('-') && !previous.EndsWith('–') && !LooksLikeMarker().IsMatch(next);
}
