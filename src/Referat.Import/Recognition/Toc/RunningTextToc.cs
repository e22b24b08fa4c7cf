using Referat.Domain;
using Referat.Import.Recognition.Items;

namespace Referat.Import.Recognition.Toc;

/// <summary>
/// A table of contents whose lines were run together into the text of its page (a transcript site's page): "…
/// Indholdsfortegnelse 1 Meddelelser fra formanden. 4 2 Ledelsesinformation ultimo april Skolestruktur …". The
/// entry numbers are the numbers before a capitalised word that form the longest rising sequence across the pages;
/// an entry's title runs to the next entry and is cut at the page-number column (a number before another number or
/// a capital), at a group heading, and where a lower-case word meets a capital: there an entry whose number was lost
/// begins ("… ultimo april Skolestruktur …"). Words such as "i", "for", "af" do not end a title ("… i Lyngrup").
/// Entries never run across pages.
/// </summary>
public static class RunningTextToc
{
    private static readonly HashSet<string> FunctionWords =
        ["i", "for", "af", "til", "og", "på", "ved", "med", "fra", "om", "en", "et", "den", "det", "de", "mellem", "under", "over", "efter", "før", "hos", "samt", "eller", "vedr.", "pr.", "jf.", "nr.", "mod", "inden"];

    private readonly record struct Word(string Text, int Page);

    public static List<TocEntry> Read(IReadOnlyList<string> pages)
    {
        var words = new List<Word>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var w in GroupHeadings.Remove(pages[p]).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words.Add(new Word(w, p));

        var starts = new List<int>();
        for (var k = 0; k + 1 < words.Count; k++)
            if (EntryNumber(words[k].Text) is not null && words[k + 1].Page == words[k].Page && StartsTitle(words[k + 1].Text))
                starts.Add(k);
        var chosen = RisingChain(starts, words);

        var entries = new List<TocEntry>();
        for (var c = 0; c < chosen.Count; c++)
        {
            var start = chosen[c];
            var end = c + 1 < chosen.Count ? chosen[c + 1] : words.Count;
            var title = new List<string>();
            for (var k = start + 1; k < end && words[k].Page == words[start].Page; k++)
            {
                var text = words[k].Text;
                if (IsPageNumber(words, k, end))
                    break;
                if (title.Count > 0 && StartsLostEntry(title[^1], text))
                    break;
                title.Add(text);
            }
            var joined = TocTitles.Clean(string.Join(' ', title));
            if (joined.Length > 0)
                entries.Add(new TocEntry(joined, null, ItemNumbers.Clean(EntryNumber(words[start].Text)!)));
        }
        return entries;
    }

    private static string? EntryNumber(string word)
    {
        var core = word.EndsWith('.') ? word[..^1] : word;
        return core.Length is > 0 and <= 3 && core.All(char.IsDigit) && int.Parse(core) > 0 ? core : null;
    }

    /// <summary>A title opens with a capitalised word ("A" alone is a lost house letter: "Lyngrupvej 10 A").</summary>
    private static bool StartsTitle(string word) => word.Count(char.IsLetter) >= 2 && (char.IsUpper(word[0]) || word[0] is '"' or '”' or '“');

    /// <summary>A number in the page column: followed by another number, by a capital, or by nothing on its page.</summary>
    private static bool IsPageNumber(List<Word> words, int k, int end)
    {
        var text = words[k].Text.TrimEnd('.');
        if (text.Length == 0 || !text.All(char.IsDigit) || words[k].Text.EndsWith('.') && text.Length <= 2)
            return false;
        if (k + 1 >= end || words[k + 1].Page != words[k].Page)
            return true;
        var next = words[k + 1].Text;
        return next.All(c => char.IsDigit(c) || c == '.') || char.IsUpper(next[0]);
    }

    /// <summary>"… ultimo april Skolestruktur": a lower-case word that ends no phrase of its own, then a capital.</summary>
    private static bool StartsLostEntry(string previous, string next) =>
        char.IsUpper(next[0]) && previous.Length > 1 && char.IsLower(previous[0]) && char.IsLetter(previous[^1])
        && !FunctionWords.Contains(previous);

    /// <summary>The longest sequence of rising entry numbers, preferring small steps.</summary>
    private static List<int> RisingChain(List<int> starts, List<Word> words)
    {
        var values = starts.Select(s => int.Parse(EntryNumber(words[s].Text)!)).ToArray();
        var score = new double[starts.Count];
        var previous = new int[starts.Count];
        var best = -1;
        for (var j = 0; j < starts.Count; j++)
        {
            score[j] = 1;
            previous[j] = -1;
            for (var i = 0; i < j; i++)
            {
                if (values[i] >= values[j])
                    continue;
                var candidate = score[i] + 1 + (values[j] == values[i] + 1 ? 0.5 : 0) - 0.01 * (values[j] - values[i]);
                if (candidate > score[j])
                {
                    score[j] = candidate;
                    previous[j] = i;
                }
            }
            if (best < 0 || score[j] > score[best])
                best = j;
        }
        var chain = new List<int>();
        for (var j = best; j >= 0; j = previous[j])
            chain.Add(starts[j]);
        chain.Reverse();
        return chain;
    }
}
