using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// PDF transcript sites (docplayer, abcdocz) print each page of the PDF as one line of text that opens with the page
/// number: "3 35 Godkendelse af dagsorden Sagsnr.: … Side 3". When a document holds two or more such lines with
/// rising page numbers and the lines are long, each is a page: the number goes, the line is marked as a page start
/// and as run-on text (cut at its labels later, by <see cref="RunOnText"/>), and the running head and foot that the
/// pages share ("Kommunalbestyrelsen 29. januar 2009 Side: 2", "… Side 1027", "15. maj") are removed. A running head
/// or foot is recognised by what the pages have in common, digits aside, and must hold a page marker ("Side", "s.")
/// or a month: the pages' own first words ("Side 1 1. ØU - …", "Side 2 2. ØU - …") stay.
/// </summary>
public sealed partial class TranscriptPages : ILineStep
{
    [GeneratedRegex(@"^(?<page>\d{1,4}) (?<text>\S.*)$")]
    private static partial Regex PageLine();

    private static readonly string[] MonthNames =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public void Apply(LineDocument document)
    {
        var lines = document.Lines;
        var pages = new List<(Line Line, int Page, string Text)>();
        foreach (var line in lines)
        {
            var match = PageLine().Match(line.Text.Trim());
            if (!match.Success)
                continue;
            var page = int.Parse(match.Groups["page"].Value);
            if (pages.Count > 0 && page <= pages[^1].Page)
                continue;
            pages.Add((line, page, match.Groups["text"].Value));
        }
        if (pages.Count < 2 || pages.Average(p => p.Text.Length) < 150 || !Consecutive(pages.Select(p => p.Page).ToList()))
            return;

        var texts = pages.Select(p => p.Text).ToList();
        StripRunning(texts, fromStart: true);
        StripRunning(texts, fromStart: false);
        for (var p = 0; p < texts.Count; p++)
            texts[p] = StripOwnPageNumber(texts[p], pages[p].Page);
        for (var p = 0; p < pages.Count; p++)
        {
            pages[p].Line.Text = texts[p];
            pages[p].Line.PageStart = true;
            pages[p].Line.RunOn = true;
        }
    }

    /// <summary>"… Side 1" at the end of page 1: the page's own number, whether or not the other pages print it.</summary>
    private static string StripOwnPageNumber(string text, int page)
    {
        var suffix = $" Side {page}";
        if (text.EndsWith(suffix, StringComparison.Ordinal))
            return text[..^suffix.Length];
        var prefix = $"Side {page} ";
        return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
    }

    /// <summary>Pages numbered 1, 2, 3 … with at most one gap.</summary>
    private static bool Consecutive(List<int> numbers) =>
        numbers.Zip(numbers.Skip(1), (a, b) => b - a).Count(step => step != 1) <= 1 && numbers[0] <= 3;

    /// <summary>Removes the head (or foot) that at least two pages share, where it names a page or a date.</summary>
    private static void StripRunning(List<string> texts, bool fromStart)
    {
        var words = texts.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        // Of the marked heads two pages share, the one most pages print whole wins ("Side 4" over "… april. Side 4",
        // which two pages happen to end with); between equals, the longer.
        var best = Array.Empty<string>();
        var bestShared = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < words.Count; a++)
            for (var b = a + 1; b < words.Count; b++)
            {
                var common = Common(words[a], words[b], fromStart);
                foreach (var cut in MarkerCuts(common, fromStart))
                {
                    var candidate = fromStart ? common[..cut] : common[^cut..];
                    if (!tried.Add(string.Join(' ', candidate.Select(Shape))))
                        continue;
                    var shared = words.Count(w => Prints(w, candidate, fromStart));
                    if (shared > bestShared || shared == bestShared && candidate.Length > best.Length)
                        (best, bestShared) = (candidate, shared);
                }
            }
        if (best.Length == 0)
            return;
        // A month alone ("… maj") is a date foot only when most pages print it and one of them with its day ("15. maj"):
        // pages ending "… møde i april." do not make one.
        if (!best.Any(w => Shape(w).TrimEnd('.', ',', ':').ToLowerInvariant() is "side" or "s"))
        {
            var sharing = words.Where(w => MatchLength(w, best, fromStart) > 0).ToList();
            var dated = sharing.Any(w => w.Length > best.Length && IsNumber(fromStart ? w[best.Length] : w[^(best.Length + 1)]));
            if (sharing.Count < 3 || sharing.Count * 2 < words.Count || !dated)
                return;
        }
        for (var p = 0; p < words.Count; p++)
        {
            var length = MatchLength(words[p], best, fromStart);
            if (length == 0)
                continue;
            var kept = fromStart ? words[p][length..] : words[p][..^length];
            // A footer's digits may stand before it: "… Vadehavet. 15. maj".
            if (!fromStart)
                while (kept.Length > 1 && Shape(kept[^1]).All(c => c is '#' or '.'))
                    kept = kept[..^1];
            texts[p] = string.Join(' ', kept);
        }
    }

    private static bool IsNumber(string word) => Shape(word).All(c => c is '#' or '.');

    private static string[] Common(string[] a, string[] b, bool fromStart)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && Same(fromStart ? a[n] : a[^(n + 1)], fromStart ? b[n] : b[^(n + 1)]))
            n++;
        return fromStart ? a[..n] : a[^n..];
    }

    /// <summary>The length of the shared words up to the last page marker or month in them (from the page's edge).</summary>
    private static int MarkedLength(string[] common, bool fromStart)
    {
        var cuts = MarkerCuts(common, fromStart);
        return cuts.Count == 0 ? 0 : cuts[^1];
    }

    /// <summary>Every length of the shared words that ends at a page marker or a month, with the page number after a
    /// leading marker ("Side 2 …").</summary>
    private static List<int> MarkerCuts(string[] common, bool fromStart)
    {
        var cuts = new List<int>();
        for (var k = 0; k < common.Length; k++)
        {
            var word = fromStart ? common[k] : common[^(k + 1)];
            var bare = word.Trim('.', ',', ':').ToLowerInvariant();
            if (bare is not "side" and not "s" && Array.IndexOf(MonthNames, bare) < 0)
                continue;
            var cut = k + 1;
            if (fromStart && cut < common.Length && Shape(common[cut]).All(c => c is '#' or '.' or ':'))
                cut++;
            if (cuts.Count == 0 || cuts[^1] < cut)
                cuts.Add(cut);
        }
        return cuts;
    }

    /// <summary>The page prints the whole head, or a head whose page number was lost ("s." for "s. 2").</summary>
    private static bool Prints(string[] page, string[] running, bool fromStart)
    {
        var n = MatchLength(page, running, fromStart);
        return n == running.Length || fromStart && n == running.Length - 1 && IsNumber(running[^1]);
    }

    private static int MatchLength(string[] page, string[] running, bool fromStart)
    {
        var n = 0;
        while (n < running.Length && n < page.Length && Same(fromStart ? page[n] : page[^(n + 1)], fromStart ? running[n] : running[^(n + 1)]))
            n++;
        // Page numbers may be lost from one page and kept on another ("s. 2" / "s"): a partial match ending in a
        // marker still counts.
        return n == running.Length || n > 0 && MarkedLength(fromStart ? page[..n] : page[^n..], fromStart) == n ? n : 0;
    }

    private static bool Same(string a, string b) => Shape(a).TrimEnd('.', ',', ':') == Shape(b).TrimEnd('.', ',', ':');

    /// <summary>Digits as '#', so that "Side 2" and "Side 3" are the same shape.</summary>
    private static string Shape(string word) => string.Create(word.Length, word, (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
            span[i] = char.IsDigit(w[i]) ? '#' : w[i];
    }).Replace("##", "#").Replace("##", "#").Replace("##", "#");
}
