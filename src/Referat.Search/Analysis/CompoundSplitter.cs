using Lucene.Net.Tartarus.Snowball.Ext;

namespace Referat.Search.Analysis;

/// <summary>
/// Splits a Danish compound into lexicon words, with the linking letters Danish puts between parts: -s-
/// ("udgift-s-bevilling", "kvalitet-s-standard") and -e- ("barn-e-…", "dyr-e-…"). The last part, the head, may be
/// inflected ("kvalitets|standarderne"). Of all segmentations the one with the fewest, longest parts wins (the sum of
/// squared part lengths), so "stofmisbrugsbehandling" is stof + misbrug + behandling and not a scatter of short words.
/// </summary>
public sealed class CompoundSplitter(DanishLexicon lexicon)
{
    /// <summary>Words shorter than this are never split: two parts of at least four letters.</summary>
    public const int MinCompoundLength = 2 * DanishLexicon.MinPartLength;
    private const int MaxWordLength = 60;

    private readonly DanishStemmer _stemmer = new();

    public DanishLexicon Lexicon => lexicon;

    /// <summary>
    /// The parts of a compound as (start, length) spans of the word, without linking letters; empty when the word is
    /// not a compound of known words.
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> Split(string word)
    {
        if (word.Length < MinCompoundLength || word.Length > MaxWordLength || !word.All(char.IsLetter))
            return [];
        var n = word.Length;
        // best[i]: the best segmentation of word[i..] (score, first part end, next part start), null if none.
        var score = new long[n + 1];
        var partEnd = new int[n + 1];
        var nextStart = new int[n + 1];
        var solved = new bool[n + 1];
        for (var i = n - DanishLexicon.MinPartLength; i >= 0; i--)
        {
            long best = -1;
            // the head: word[i..] as one (possibly inflected) word, only for i > 0
            if (i > 0 && lexicon.ContainsHead(word[i..], _stemmer))
            {
                best = (long)(n - i) * (n - i);
                partEnd[i] = n;
                nextStart[i] = n;
            }
            for (var end = i + DanishLexicon.MinPartLength; end <= n - DanishLexicon.MinPartLength; end++)
            {
                var length = end - i;
                if (!lexicon.Contains(word.Substring(i, length)))
                    continue;
                // the next part starts right away, or after a linking s or e
                for (var link = 0; link <= 1; link++)
                {
                    var next = end + link;
                    if (link == 1 && (next > n || (word[end] != 's' && word[end] != 'e')))
                        continue;
                    if (next > n - DanishLexicon.MinPartLength || !solved[next])
                        continue;
                    var candidate = (long)length * length + score[next];
                    if (candidate > best)
                    {
                        best = candidate;
                        partEnd[i] = end;
                        nextStart[i] = next;
                    }
                }
            }
            if (best >= 0)
            {
                solved[i] = true;
                score[i] = best;
            }
        }
        if (!solved[0] || partEnd[0] == n)
            return [];
        var parts = new List<(int, int)>();
        var at = 0;
        while (at < n)
        {
            parts.Add((at, partEnd[at] - at));
            at = nextStart[at];
        }
        return parts;
    }

    /// <summary>
    /// The parts as strings; a part that is itself a compound ("stofmisbrugs" in a full-form word list) is split too;
    /// then the compound tails of three or more parts ("misbrugsbehandling").
    /// </summary>
    public IReadOnlyList<string> Parts(string word)
    {
        if (word.Length < MinCompoundLength)
            return [];
        if (_cache.TryGetValue(word, out var cached))
            return cached;
        var result = new List<string>();
        AddParts(word, result, 0);
        if (_cache.Count >= MaxCached)
            _cache.Clear();
        var parts = result.ToArray();
        _cache[word] = parts;
        return parts;
    }

    // One splitter per analyzer components, so per thread: a plain dictionary is safe.
    private const int MaxCached = 100_000;
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    private void AddParts(string word, List<string> result, int depth)
    {
        var spans = Split(word);
        if (spans.Count == 0)
            return;
        foreach (var (start, length) in spans)
        {
            var part = word.Substring(start, length);
            result.Add(part);
            if (depth < 2)
                AddParts(part, result, depth + 1);
        }
        for (var k = 1; k < spans.Count - 1; k++)
            result.Add(word[spans[k].Start..]);
    }
}
