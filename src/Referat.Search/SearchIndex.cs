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
}

/// <summary>
/// The full-text index of published minutes (Lucene.Net). Open one on a directory, <see cref="Build"/> it from
/// <see cref="SearchDocument"/>s, keep it current with <see cref="Add"/>/<see cref="Update"/>/<see cref="Delete"/>, and
/// <see cref="Search"/> it. One writer per directory; searching is thread-safe.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private const string VocabularyFile = "referat-vocabulary.txt";

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly SearchIndexOptions _options;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _writeLock = new();
    private volatile Analyzers _analyzers;

    internal sealed record Analyzers(DanishLexicon Lexicon, DanishSearchAnalyzer Exact, DanishSearchAnalyzer Parts, Analyzer PerField);

    private SearchIndex(LuceneDirectory directory, string? path, SearchIndexOptions? options)
    {
        _directory = directory;
        _path = path;
        _options = options ?? new SearchIndexOptions();
        var vocabulary = path is not null && File.Exists(System.IO.Path.Combine(path, VocabularyFile))
            ? File.ReadLines(System.IO.Path.Combine(path, VocabularyFile))
            : [];
        _analyzers = MakeAnalyzers(DanishLexicon.Create(vocabulary, _options.WordListPath));
        var config = new IndexWriterConfig(DanishSearchAnalyzer.Version, _analyzers.PerField) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(directory, config);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>Opens (or creates) the index in a directory.</summary>
    public static SearchIndex Open(string directoryPath, SearchIndexOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(directoryPath);
        return new SearchIndex(FSDirectory.Open(directoryPath), directoryPath, options);
    }

    /// <summary>An index held in memory only (tests, small archives).</summary>
    public static SearchIndex InMemory(SearchIndexOptions? options = null) => new(new RAMDirectory(), null, options);

    public DanishLexicon Lexicon => _analyzers.Lexicon;

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    /// <summary>Replaces the whole index with these documents, learning the compound dictionary from their vocabulary.</summary>
    public void Build(IEnumerable<SearchDocument> documents)
    {
        var list = documents.ToList();
        foreach (var d in list)
            Guard(d);
        lock (_writeLock)
        {
            var lexicon = DanishLexicon.Create(list.SelectMany(Vocabulary), _options.WordListPath);
            var analyzers = MakeAnalyzers(lexicon);
            _writer.DeleteAll();
            foreach (var d in list) // UpdateDocument: a repeated id keeps the last
                _writer.UpdateDocument(new Term(FieldNames.Id, d.Id), ToLucene(d), analyzers.PerField);
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
            _writer.UpdateDocument(new Term(FieldNames.Id, document.Id), ToLucene(document), _analyzers.PerField);
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
                _writer.DeleteDocuments(new Term(FieldNames.Meeting, meetingId));
            var lexicon = _analyzers.Lexicon.With(list.SelectMany(Vocabulary));
            if (!ReferenceEquals(lexicon, _analyzers.Lexicon))
                _analyzers = MakeAnalyzers(lexicon);
            foreach (var d in list)
                _writer.UpdateDocument(new Term(FieldNames.Id, d.Id), ToLucene(d), _analyzers.PerField);
            Commit();
        }
    }

    /// <summary>Removes the document with this id; false when there was none.</summary>
    public bool Delete(string id)
    {
        lock (_writeLock)
        {
            var existed = Exists(id);
            _writer.DeleteDocuments(new Term(FieldNames.Id, id));
            Commit();
            return existed;
        }
    }

    public bool Exists(string id)
    {
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
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        if (_path is not null)
            File.WriteAllLines(System.IO.Path.Combine(_path, VocabularyFile), _analyzers.Lexicon.CorpusWords.Order(StringComparer.Ordinal));
    }

    private static Analyzers MakeAnalyzers(DanishLexicon lexicon)
    {
        var exact = new DanishSearchAnalyzer(lexicon, decompound: false);
        var parts = new DanishSearchAnalyzer(lexicon, decompound: true);
        var perField = new PerFieldAnalyzerWrapper(exact, FieldNames.Analysed.ToDictionary(f => FieldNames.Parts(f), _ => (Analyzer)parts));
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
            if (FieldNames.Analysed.Contains(field))
                doc.Add(new TextField(FieldNames.Parts(field), text, Field.Store.NO));
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
        return doc;
    }

    internal static string KindName(SearchKind kind) => kind.ToString().ToLowerInvariant();

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
