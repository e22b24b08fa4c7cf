using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Referat.Search.Analysis;

/// <summary>
/// The Danish words the compound splitter may use as parts: a system word list (Debian's wdanish,
/// /usr/share/dict/danish, a full-form list) when the machine has one, plus the vocabulary of the indexed corpus
/// itself, so that splitting still works without the word list. Words are lower-case surface forms; the heads of
/// compounds may be inflected, so the Snowball stems of the words are kept too. Immutable: <see cref="With"/> makes a
/// new lexicon that shares the (large) word list.
/// </summary>
public sealed class DanishLexicon
{
    public const string DefaultWordListPath = "/usr/share/dict/danish";

    /// <summary>The shortest word used as a compound part; three-letter parts ("tid", "ret", "for") split far too much.</summary>
    public const int MinPartLength = 4;

    private sealed record WordSet(HashSet<string> Words, HashSet<string> Stems);

    private static readonly ConcurrentDictionary<string, Lazy<WordSet>> WordLists = new();

    private readonly WordSet? _list;
    private readonly WordSet _corpus;

    private DanishLexicon(WordSet? list, WordSet corpus)
    {
        _list = list;
        _corpus = corpus;
    }

    /// <summary>True when a system word list was loaded, not only the corpus vocabulary.</summary>
    public bool HasWordList => _list is { Words.Count: > 0 };
    public int WordListCount => _list?.Words.Count ?? 0;
    public IReadOnlyCollection<string> CorpusWords => _corpus.Words;

    /// <summary>A lexicon of the word list (when the file exists) and the given corpus words; a null path: corpus only.</summary>
    public static DanishLexicon Create(IEnumerable<string> corpusWords, string? wordListPath = DefaultWordListPath)
    {
        WordSet? list = null;
        if (wordListPath is not null && File.Exists(wordListPath))
            list = WordLists.GetOrAdd(Path.GetFullPath(wordListPath), p => new Lazy<WordSet>(() => Load(File.ReadLines(p)))).Value;
        return new DanishLexicon(list, Load(corpusWords));
    }

    /// <summary>A lexicon without any system word list: only the corpus vocabulary.</summary>
    public static DanishLexicon CorpusOnly(IEnumerable<string> corpusWords) => Create(corpusWords, null);

    /// <summary>This lexicon with more corpus words (the word list is shared, not copied).</summary>
    public DanishLexicon With(IEnumerable<string> moreCorpusWords)
    {
        var added = moreCorpusWords.Where(w => IsLexiconWord(w) && !_corpus.Words.Contains(w)).ToList();
        return added.Count == 0 ? this : new DanishLexicon(_list, Load(_corpus.Words.Concat(added)));
    }

    private static WordSet Load(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var w = line.Trim().ToLowerInvariant();
            if (IsLexiconWord(w))
                words.Add(w);
        }
        var stemmer = new DanishStemmer();
        var stems = new HashSet<string>(words.Count, StringComparer.Ordinal);
        foreach (var w in words)
            stems.Add(Stem(stemmer, w));
        return new WordSet(words, stems);
    }

    /// <summary>Letters only (no abbreviations, numbers or hyphenated forms), at least <see cref="MinPartLength"/> long.</summary>
    public static bool IsLexiconWord(string w) => w.Length >= MinPartLength && w.All(char.IsLetter);

    public bool Contains(string word) => _corpus.Words.Contains(word) || (_list?.Words.Contains(word) ?? false);

    /// <summary>A known word or an inflected form of one: the head of a compound ("standarderne").</summary>
    public bool ContainsHead(string word, DanishStemmer stemmer)
    {
        if (Contains(word))
            return true;
        var stem = Stem(stemmer, word);
        return _corpus.Stems.Contains(stem) || (_list?.Stems.Contains(stem) ?? false);
    }

    internal static string Stem(DanishStemmer stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
