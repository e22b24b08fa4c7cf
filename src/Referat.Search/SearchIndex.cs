using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Referat.Domain;
using Referat.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Referat.Search;

/// <summary>Thrown when a closed item (lukket punkt) is offered to the index: its content must never be searchable.</summary>
public sealed class ClosedItemException(string id)
    : InvalidOperationException($"{id} is a closed item; closed items are never indexed");

public sealed record SearchIndexOptions
{
    /// <summary>The system Danish word list for compound splitting; null: only the corpus' own vocabulary.</summary>
    public string? WordListPath { get; init; } = DanishLexicon.DefaultWordListPath;

    /// <summary>How often a read-only index looks for what a writer in another process has committed since.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The clock the refresh interval is counted on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether one search of a large index uses every core (one slice of segments each). A server under heavy
    /// concurrent load gains nothing from it and may turn it off.
    /// </summary>
    public bool ParallelSearch { get; init; } = true;
}

/// <summary>
/// The full-text index of published minutes (Lucene.Net). Open one on a directory, <see cref="Build"/> it from
/// <see cref="SearchDocument"/>s, keep it current with <see cref="Add"/>/<see cref="Update"/>/<see cref="Delete"/>, and
/// <see cref="Search"/> it. One writer per directory; searching is thread-safe. <see cref="OpenReadOnly"/> opens one for
/// searching only (the web server, the search command): it takes no lock and follows the commits of the process that
/// writes (an import), so both can run at once.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private const string VocabularyFile = "referat-vocabulary.txt";

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly SearchIndexOptions _options;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private long _nextRefresh;
    private DateTime _vocabularyWritten;
    private readonly object _writeLock = new();
    private readonly FacetTable _facets = new(Facets.All);
    private readonly BalancedMergePolicy _merges = new();
    private readonly FilterCache _filters = new();
    private volatile Analyzers _analyzers;

    internal sealed record Analyzers(DanishLexicon Lexicon, DanishSearchAnalyzer Exact, DanishSearchAnalyzer Parts, Analyzer PerField);

    private SearchIndex(LuceneDirectory directory, string? path, SearchIndexOptions? options, bool readOnly = false)
    {
        _directory = directory;
        _path = path;
        _options = options ?? new SearchIndexOptions();
        _vocabularyWritten = VocabularyWritten();
        var vocabulary = VocabularyPath is { } file && File.Exists(file) ? File.ReadLines(file) : [];
        _analyzers = MakeAnalyzers(DanishLexicon.Create(vocabulary, _options.WordListPath));
        if (readOnly)
        {
            _searchers = new SearcherManager(directory, new WarmingSearcherFactory(_facets));
            _nextRefresh = NextRefresh();
            return;
        }
        var config = new IndexWriterConfig(DanishSearchAnalyzer.Version, _analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = IncrementalBufferMB,
            MergePolicy = _merges,
        };
        _writer = new IndexWriter(directory, config);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, true, new WarmingSearcherFactory(_facets));
    }

    /// <summary>Opens (or creates) the index in a directory, for writing and searching.</summary>
    public static SearchIndex Open(string directoryPath, SearchIndexOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(directoryPath);
        return new SearchIndex(FSDirectory.Open(directoryPath), directoryPath, options);
    }

    /// <summary>True when the directory holds an index (one that <see cref="OpenReadOnly"/> can open).</summary>
    public static bool IndexExists(string directoryPath)
    {
        if (!System.IO.Directory.Exists(directoryPath))
            return false;
        using var directory = FSDirectory.Open(directoryPath);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>
    /// Opens an existing index for searching only: no write lock, so another process may write meanwhile; what it
    /// commits is seen within <see cref="SearchIndexOptions.RefreshInterval"/>. Write methods throw.
    /// </summary>
    public static SearchIndex OpenReadOnly(string directoryPath, SearchIndexOptions? options = null)
    {
        if (!IndexExists(directoryPath))
            throw new DirectoryNotFoundException($"no search index in {directoryPath}");
        return new SearchIndex(FSDirectory.Open(directoryPath), directoryPath, options, readOnly: true);
    }

    public bool IsReadOnly => _writer is null;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("the search index was opened read-only");

    private string? VocabularyPath => _path is null ? null : System.IO.Path.Combine(_path, VocabularyFile);

    private DateTime VocabularyWritten() => VocabularyPath is { } file && File.Exists(file) ? File.GetLastWriteTimeUtc(file) : default;

    /// <summary>
    /// Read-only: at most once per refresh interval, opens what the writer has committed since (new segments are
    /// warmed before they are searched) and learns the new words of its compound dictionary.
    /// </summary>
    private long NextRefresh() =>
        _options.Clock.GetTimestamp() + (long)(_options.RefreshInterval.TotalSeconds * _options.Clock.TimestampFrequency);

    private void FollowWriter()
    {
        if (_writer is not null || _options.Clock.GetTimestamp() < Interlocked.Read(ref _nextRefresh))
            return;
        Interlocked.Exchange(ref _nextRefresh, NextRefresh());
        if (!_searchers.MaybeRefresh())
            return; // another search is refreshing
        var written = VocabularyWritten();
        if (written != _vocabularyWritten && VocabularyPath is { } file && File.Exists(file))
        {
            _vocabularyWritten = written;
            var lexicon = _analyzers.Lexicon.With(File.ReadLines(file));
            if (!ReferenceEquals(lexicon, _analyzers.Lexicon))
                _analyzers = MakeAnalyzers(lexicon);
        }
    }

    /// <summary>An index held in memory only (tests, small archives).</summary>
    public static SearchIndex InMemory(SearchIndexOptions? options = null) => new(new RAMDirectory(), null, options);

    public DanishLexicon Lexicon => _analyzers.Lexicon;

    /// <summary>Tests: the number of documents in each segment, in order.</summary>
    internal IReadOnlyList<int> SegmentSizes
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.Leaves.Select(l => l.AtomicReader.MaxDoc).ToList(); }
            finally { _searchers.Release(searcher); }
        }
    }

    public int Count
    {
        get
        {
            FollowWriter();
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    private const double IncrementalBufferMB = 32;
    private const double BuildBufferMB = 256;

    /// <summary>Below this many documents per segment, a second segment (and a second core) saves less than it costs.</summary>
    private const int MinDocumentsPerSegment = 250_000;

    /// <summary>
    /// Replaces the whole index with these documents, learning the compound dictionary from their vocabulary, and
    /// merges it into as few segments as there are cores to search them in parallel (one for a small archive).
    /// </summary>
    public void Build(IEnumerable<SearchDocument> documents) => Build(documents, MinDocumentsPerSegment);

    internal void Build(IEnumerable<SearchDocument> documents, int minDocumentsPerSegment)
    {
        var list = documents.ToList();
        foreach (var d in list)
            Guard(d);
        // a repeated id keeps the last, as Update would
        var last = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
            last[list[i].Id] = i;
        lock (_writeLock)
        {
            var lexicon = DanishLexicon.Create(list.SelectMany(Vocabulary), _options.WordListPath);
            var analyzers = MakeAnalyzers(lexicon);
            var writer = Writer;
            writer.DeleteAll();
            var segments = Math.Clamp(last.Count / minDocumentsPerSegment, 1, Environment.ProcessorCount);
            writer.Config.RAMBufferSizeMB = BuildBufferMB;
            // several flushed segments per final one, so that the forced merge can make them of equal size
            writer.Config.MaxBufferedDocs = segments > 1 ? Math.Max(2, last.Count / (segments * 4)) : IndexWriterConfig.DISABLE_AUTO_FLUSH;
            _merges.HoldMerges = true;
            try
            {
                for (var i = 0; i < list.Count; i++)
                    if (last[list[i].Id] == i)
                        writer.AddDocument(ToLucene(list[i]), analyzers.PerField);
                writer.WaitForMerges();
                _merges.HoldMerges = false;
                writer.ForceMerge(segments);
            }
            finally
            {
                _merges.HoldMerges = false;
                writer.Config.RAMBufferSizeMB = IncrementalBufferMB;
                writer.Config.MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;
            }
            _analyzers = analyzers;
            Commit();
        }
    }

    /// <summary>Adds a document, replacing one with the same id (an upsert, like <see cref="Update"/>).</summary>
    public void Add(SearchDocument document) => Update(document);

    /// <summary>Adds or replaces the document with this id; its new words join the compound dictionary.</summary>
    public void Update(SearchDocument document)
    {
        Guard(document);
        lock (_writeLock)
        {
            var lexicon = _analyzers.Lexicon.With(Vocabulary(document));
            if (!ReferenceEquals(lexicon, _analyzers.Lexicon))
                _analyzers = MakeAnalyzers(lexicon);
            Writer.UpdateDocument(new Term(FieldNames.Id, document.Id), ToLucene(document), _analyzers.PerField);
            Commit();
        }
    }

    /// <summary>
    /// In one commit: removes every document of the given meetings, then adds or replaces the given documents.
    /// What an import of changed meetings needs, without a commit per document.
    /// </summary>
    public void Replace(IEnumerable<string> meetingIds, IEnumerable<SearchDocument> documents)
    {
        var list = documents.ToList();
        foreach (var d in list)
            Guard(d);
        lock (_writeLock)
        {
            foreach (var meetingId in meetingIds)
                Writer.DeleteDocuments(new Term(FieldNames.Meeting, meetingId));
            var lexicon = _analyzers.Lexicon.With(list.SelectMany(Vocabulary));
            if (!ReferenceEquals(lexicon, _analyzers.Lexicon))
                _analyzers = MakeAnalyzers(lexicon);
            foreach (var d in list)
                Writer.UpdateDocument(new Term(FieldNames.Id, d.Id), ToLucene(d), _analyzers.PerField);
            Commit();
        }
    }

    /// <summary>Removes the document with this id; false when there was none.</summary>
    public bool Delete(string id)
    {
        lock (_writeLock)
        {
            var existed = Exists(id);
            Writer.DeleteDocuments(new Term(FieldNames.Id, id));
            Commit();
            return existed;
        }
    }

    public bool Exists(string id)
    {
        FollowWriter();
        var searcher = _searchers.Acquire();
        try { return searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1).TotalHits > 0; }
        finally { _searchers.Release(searcher); }
    }

    private static void Guard(SearchDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.IsClosed)
            throw new ClosedItemException(d.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Id);
    }

    private void Commit()
    {
        // the vocabulary first: a reader that sees the new commit then also finds its words
        if (VocabularyPath is { } file)
            File.WriteAllLines(file, _analyzers.Lexicon.CorpusWords.Order(StringComparer.Ordinal));
        Writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private static Analyzers MakeAnalyzers(DanishLexicon lexicon)
    {
        var exact = new DanishSearchAnalyzer(lexicon, decompound: false);
        var parts = new DanishSearchAnalyzer(lexicon, decompound: true);
        var partsOnly = new DanishSearchAnalyzer(lexicon, decompound: true, partsOnly: true);
        var perField = new PerFieldAnalyzerWrapper(exact, FieldNames.Analysed.ToDictionary(f => FieldNames.Parts(f), _ => (Analyzer)partsOnly));
        return new Analyzers(lexicon, exact, parts, perField);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    /// <summary>The words a document teaches the compound dictionary: lower-cased, folded, letters only.</summary>
    internal static IEnumerable<string> Vocabulary(SearchDocument d)
    {
        IEnumerable<string> texts = [d.Title, .. d.SectionTexts, .. d.DecisionTexts, .. d.AttachmentTitles, d.Committee ?? ""];
        foreach (var text in texts)
            foreach (Match m in Letters().Matches(text))
                if (m.Length >= DanishLexicon.MinPartLength)
                    yield return DanishFoldingFilter.Fold(m.Value.ToLowerInvariant(), null);
    }

    internal static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(FieldNames.Id, d.Id, Field.Store.YES),
            new StringField(FieldNames.Kind, KindName(d.Kind), Field.Store.YES),
            new StoredField(FieldNames.Path, d.Path),
        };
        void Facet(string facet, string value) => doc.Add(new SortedSetDocValuesField(FieldNames.FacetField(facet), new BytesRef(value)));
        void Analysed(string field, string text, bool store)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            doc.Add(new TextField(field, text, store ? Field.Store.YES : Field.Store.NO));
            var parts = FieldNames.Analysed.Contains(field);
            if (parts)
                doc.Add(new TextField(FieldNames.Parts(field), text, Field.Store.NO));
            // and once more in the catch-all fields an unfielded word is looked up in (the title is asked on its own)
            if (field == FieldNames.Title)
                return;
            doc.Add(new TextField(FieldNames.All, text, Field.Store.NO));
            if (parts)
                doc.Add(new TextField(FieldNames.Parts(FieldNames.All), text, Field.Store.NO));
        }

        Facet(Facets.Kind, KindName(d.Kind));
        if (d.MeetingId is not null)
            doc.Add(new StringField(FieldNames.Meeting, d.MeetingId, Field.Store.YES));
        if (d.MeetingDate is { } date)
        {
            doc.Add(new Int32Field(FieldNames.Date, DateKey(date), Field.Store.YES));
            Facet(Facets.Year, date.Year.ToString(CultureInfo.InvariantCulture));
        }
        doc.Add(new NumericDocValuesField(FieldNames.DateSort, d.MeetingDate is { } sortDate ? DateKey(sortDate) : 0));
        if (!string.IsNullOrWhiteSpace(d.Committee))
        {
            Analysed(FieldNames.Committee, d.Committee, store: true);
            doc.Add(new StringField(FieldNames.CommitteeKey, d.Committee, Field.Store.NO));
            Facet(Facets.Committee, d.Committee);
        }
        if (d.Term is { } term)
        {
            doc.Add(new StringField(FieldNames.Term, term.ToString(), Field.Store.NO));
            Facet(Facets.Term, term.ToString());
        }
        if (d.ItemNumber is not null)
            doc.Add(new StoredField(FieldNames.Number, d.ItemNumber));
        Analysed(FieldNames.Title, d.Title, store: true);
        Analysed(FieldNames.Text, string.Join("\n\n", d.SectionTexts), store: true);
        Analysed(FieldNames.Decision, string.Join("\n\n", d.DecisionTexts), store: true);
        Analysed(FieldNames.Attachments, string.Join("\n", d.AttachmentTitles), store: false);
        Analysed(FieldNames.People, string.Join("\n", d.People), store: false);
        if (!string.IsNullOrWhiteSpace(d.CaseNumber))
        {
            doc.Add(new StringField(FieldNames.CaseNumber, d.CaseNumber.Trim().ToLowerInvariant(), Field.Store.NO));
            doc.Add(new StoredField(FieldNames.CaseNumberStored, d.CaseNumber));
        }
        foreach (var type in d.ItemTypes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            doc.Add(new StringField(FieldNames.Type, type.ToLowerInvariant(), Field.Store.NO));
            Facet(Facets.ItemType, type);
        }
        foreach (var outcome in d.Outcomes.Distinct())
        {
            doc.Add(new StringField(FieldNames.Outcome, outcome.ToString(), Field.Store.NO));
            Facet(Facets.Outcome, outcome.ToString());
        }
        if (!string.IsNullOrWhiteSpace(d.KleMainGroup))
        {
            doc.Add(new StringField(FieldNames.Kle, d.KleMainGroup, Field.Store.NO));
            Facet(Facets.KleMainGroup, d.KleMainGroup);
        }
        if (d.Kind == SearchKind.Item)
        {
            var approp = d.HasAppropriation ? "ja" : "nej";
            doc.Add(new StringField(FieldNames.Appropriation, approp, Field.Store.NO));
            Facet(Facets.HasAppropriation, approp);
        }
        foreach (var (kind, kr) in d.Amounts)
        {
            doc.Add(new Int64Field(FieldNames.Amount, kr, Field.Store.NO));
            if (kind is { } k)
                doc.Add(new Int64Field(FieldNames.AmountOf(k), kr, Field.Store.NO));
        }
        if (d.Amounts.Count > 0)
        {
            var size = AmountSizes.Of(d.Amounts.Max(a => a.Kr)).ToString();
            doc.Add(new StringField(FieldNames.AmountSize, size, Field.Store.NO));
            Facet(Facets.AmountSize, size);
        }
        return doc;
    }

    internal static string KindName(SearchKind kind) => kind.ToString().ToLowerInvariant();

    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }
}
