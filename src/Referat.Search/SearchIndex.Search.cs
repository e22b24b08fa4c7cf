using Lucene.Net.Index;
using Lucene.Net.Search;
using Referat.Search.Analysis;
using static Referat.Search.QueryLanguage;

namespace Referat.Search;

public sealed partial class SearchIndex
{
    /// <summary>Where an unfielded word is looked for, and how much a match there weighs. Whole words outrank parts.</summary>
    /// <remarks>
    /// The catch-all fields carry the text, decisions, attachments and committee; title and people are asked again for
    /// their boost (their posting lists are short). Two long posting lists per word, not eight.
    /// </remarks>
    private static readonly (string Field, float Boost)[] WordFields =
    [
        (FieldNames.Title, 4f), (FieldNames.All, 1f), (FieldNames.People, 3f),
        (FieldNames.Parts(FieldNames.Title), 1.5f), (FieldNames.Parts(FieldNames.All), 0.4f),
    ];

    private static (string Field, float Boost)[] FieldsFor(string? field) => field switch
    {
        null => WordFields,
        "title" => [(FieldNames.Title, 1f), (FieldNames.Parts(FieldNames.Title), 0.3f)],
        "decision" => [(FieldNames.Decision, 1f), (FieldNames.Parts(FieldNames.Decision), 0.3f)],
        "committee" => [(FieldNames.Committee, 1f), (FieldNames.Parts(FieldNames.Committee), 0.3f)],
        "text" => [(FieldNames.Text, 1f), (FieldNames.Parts(FieldNames.Text), 0.3f)],
        "attachment" => [(FieldNames.Attachments, 1f), (FieldNames.Parts(FieldNames.Attachments), 0.3f), (FieldNames.Title, 0.5f)],
        "person" => [(FieldNames.People, 1f)],
        _ => WordFields,
    };

    public SearchResults Search(SearchRequest request) =>
        Search(request, _options.ParallelSearch ? SliceSearch.MinParallelDocuments : int.MaxValue);

    /// <summary>Tests: the index is searched in parallel slices from this many documents on.</summary>
    internal SearchResults Search(SearchRequest request, int minParallelDocuments)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (AmountPhrase.TryExtract(request.Query, out var rest, out var kind, out var atLeast, out var atMost))
            request = request with
            {
                Query = rest,
                AmountKind = request.AmountKind ?? kind,
                AmountAtLeast = request.AmountAtLeast ?? atLeast,
                AmountAtMost = request.AmountAtMost ?? atMost,
            };
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        FollowWriter();
        var analyzers = _analyzers;
        var node = Parse(request.Query, out var hasOperators);
        var relaxed = false;
        var searcher = _searchers.Acquire();
        try
        {
            var filter = BuildFilter(request) is { } filterQuery ? _filters.Get(filterQuery) : null;
            var query = node is null ? new MatchAllDocsQuery() : BuildQuery(node, analyzers);
            if (query is null)
                return SearchResults.Empty(request);
            var sort = request.Sort switch
            {
                SearchSort.NewestFirst => new Sort(new SortField(FieldNames.DateSort, SortFieldType.INT64, true), SortField.FIELD_SCORE),
                SearchSort.OldestFirst => new Sort(new SortField(FieldNames.DateSort, SortFieldType.INT64, false), SortField.FIELD_SCORE),
                _ when node is null => new Sort(new SortField(FieldNames.DateSort, SortFieldType.INT64, true)),
                _ => null,
            };
            var top = Math.Min(page * pageSize, 100_000);
            // One pass over the matches: the top documents and, when asked for, the facet counts, per slice of the
            // index in parallel, instead of running the query a second time for the facets.
            FacetCollector? facetCollector = null;
            TopDocs Run(Query q)
            {
                (var found, facetCollector) = SliceSearch.Run(searcher, q, filter, sort, top,
                    request.IncludeFacets ? () => new FacetCollector(_facets) : null, minParallelDocuments);
                return found;
            }

            var docs = Run(query);
            if (docs.TotalHits == 0 && node is And && !hasOperators)
            {
                // every word together finds nothing: any of them, best matches first
                var looser = BuildQuery(Relax(node), analyzers);
                if (looser is not null)
                {
                    query = looser;
                    docs = Run(query);
                    relaxed = docs.TotalHits > 0;
                }
            }

            IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets = facetCollector?.Result()
                ?? new Dictionary<string, IReadOnlyList<FacetValue>>();

            var highlight = node is null ? new HighlightTerms(new HashSet<string>(), []) : HighlightTermsOf(relaxed ? Relax(node) : node, analyzers);
            var hits = new List<SearchHit>();
            for (var i = (page - 1) * pageSize; i < docs.ScoreDocs.Length; i++)
            {
                var sd = docs.ScoreDocs[i];
                var stored = searcher.Doc(sd.Doc);
                var text = request.IncludeSnippets
                    ? string.Join("\n\n", new[] { stored.Get(FieldNames.Text), stored.Get(FieldNames.Decision) }.Where(t => !string.IsNullOrWhiteSpace(t)))
                    : "";
                var dateKey = stored.GetField(FieldNames.Date)?.GetInt32Value();
                hits.Add(new SearchHit(
                    stored.Get(FieldNames.Id),
                    Enum.Parse<SearchKind>(stored.Get(FieldNames.Kind), ignoreCase: true),
                    dateKey is int k ? new DateOnly(k / 10000, k / 100 % 100, k % 100) : null,
                    stored.Get(FieldNames.Committee),
                    stored.Get(FieldNames.Number),
                    stored.Get(FieldNames.Title) ?? "",
                    request.IncludeSnippets ? Snippets.Build(text, analyzers.Parts, highlight, request.SnippetLength) : "",
                    stored.Get(FieldNames.Path),
                    float.IsNaN(sd.Score) ? 0 : sd.Score,
                    stored.Get(FieldNames.CaseNumberStored)));
            }
            return new SearchResults(docs.TotalHits, hits, facets, page, pageSize, relaxed);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Query? BuildFilter(SearchRequest r)
    {
        var all = new BooleanQuery();
        void Must(Query q) => all.Add(q, Occur.MUST);
        if (r.Kinds.Count > 0)
        {
            var kinds = new BooleanQuery();
            foreach (var kind in r.Kinds.Distinct())
                kinds.Add(new TermQuery(new Term(FieldNames.Kind, KindName(kind))), Occur.SHOULD);
            Must(kinds);
        }
        if (!string.IsNullOrWhiteSpace(r.Committee))
            Must(new TermQuery(new Term(FieldNames.CommitteeKey, r.Committee)));
        if (r.Term is { } term)
            Must(new TermQuery(new Term(FieldNames.Term, term.ToString())));
        if (r.From is not null || r.To is not null)
            Must(NumericRangeQuery.NewInt32Range(FieldNames.Date, r.From is { } f ? DateKey(f) : null, r.To is { } t ? DateKey(t) : null, true, true));
        if (!string.IsNullOrWhiteSpace(r.ItemType))
            Must(new TermQuery(new Term(FieldNames.Type, r.ItemType.Trim().ToLowerInvariant())));
        if (r.Outcome is { } outcome)
            Must(new TermQuery(new Term(FieldNames.Outcome, outcome.ToString())));
        if (!string.IsNullOrWhiteSpace(r.KleMainGroup))
            Must(new TermQuery(new Term(FieldNames.Kle, r.KleMainGroup.Trim())));
        if (r.HasAppropriation is { } approp)
            Must(new TermQuery(new Term(FieldNames.Appropriation, approp ? "ja" : "nej")));
        if (r.AmountAtLeast is not null || r.AmountAtMost is not null || r.AmountKind is not null)
            Must(NumericRangeQuery.NewInt64Range(r.AmountKind is { } kind ? FieldNames.AmountOf(kind) : FieldNames.Amount, r.AmountAtLeast, r.AmountAtMost, true, true));
        if (r.LargestAmount is { } size)
            Must(new TermQuery(new Term(FieldNames.AmountSize, size.ToString())));
        return all.Clauses.Count == 0 ? null : all;
    }

    internal Query? BuildQuery(string query) => Parse(query, out _) is { } node ? BuildQuery(node, _analyzers) : null;

    private static Query? BuildQuery(Node node, Analyzers analyzers)
    {
        switch (node)
        {
            case And and:
            {
                var bq = new BooleanQuery();
                var positives = 0;
                foreach (var child in and.Children)
                {
                    if (child is Not not)
                    {
                        if (BuildQuery(not.Child, analyzers) is { } q) bq.Add(q, Occur.MUST_NOT);
                    }
                    else if (BuildQuery(child, analyzers) is { } q)
                    {
                        bq.Add(q, Occur.MUST);
                        positives++;
                    }
                }
                if (bq.Clauses.Count == 0) return null;
                if (positives == 0) bq.Add(new MatchAllDocsQuery(), Occur.MUST);
                return bq;
            }
            case Or or:
            {
                var bq = new BooleanQuery();
                foreach (var child in or.Children)
                {
                    if (child is Not not)
                    {
                        // "a OR NOT b": everything without b
                        if (BuildQuery(not.Child, analyzers) is { } nq)
                            bq.Add(new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { nq, Occur.MUST_NOT } }, Occur.SHOULD);
                    }
                    else if (BuildQuery(child, analyzers) is { } q)
                        bq.Add(q, Occur.SHOULD);
                }
                return bq.Clauses.Count == 0 ? null : bq;
            }
            case Not not:
            {
                var inner = BuildQuery(not.Child, analyzers);
                return inner is null ? null : new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inner, Occur.MUST_NOT } };
            }
            case Word word:
                return WordQuery(word, analyzers);
            case Phrase phrase:
                return PhraseQueryOf(phrase.Field, phrase.Text, analyzers);
            default:
                return null;
        }
    }

    private static Query? WordQuery(Word word, Analyzers analyzers)
    {
        if (word.Field == "type")
            return new TermQuery(new Term(FieldNames.Type, word.Text.ToLowerInvariant()));
        if (word.Field == "case" || (word.Field is null && LooksLikeCaseNumber(word.Text)))
        {
            var number = word.Text.Trim().TrimEnd('-').ToLowerInvariant();
            return new BooleanQuery
            {
                { new TermQuery(new Term(FieldNames.CaseNumber, number)) { Boost = 20f }, Occur.SHOULD },
                { new PrefixQuery(new Term(FieldNames.CaseNumber, number)) { Boost = 10f }, Occur.SHOULD },
            };
        }
        var fields = FieldsFor(word.Field);
        if (word.Prefix)
        {
            var prefix = DanishFoldingFilter.Fold(word.Text.ToLowerInvariant(), null);
            if (prefix.Length < 2)
                return null;
            var bq = new BooleanQuery();
            foreach (var (field, boost) in fields)
                bq.Add(new PrefixQuery(new Term(field, prefix)) { Boost = boost }, Occur.SHOULD);
            return bq;
        }
        var tokens = analyzers.Exact.Tokens(word.Text);
        if (tokens.Count == 0)
            return null; // a stop word
        if (tokens.Count > 1)
            return PhraseQueryOf(word.Field, word.Text, analyzers);
        var terms = new BooleanQuery();
        foreach (var (field, boost) in fields)
            terms.Add(new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost }, Occur.SHOULD);
        return terms;
    }

    private static Query? PhraseQueryOf(string? field, string text, Analyzers analyzers)
    {
        var tokens = analyzers.Exact.Tokens(text);
        if (tokens.Count == 0)
            return null;
        var bq = new BooleanQuery();
        foreach (var (f, boost) in FieldsFor(field))
        {
            if (f.EndsWith(FieldNames.PartsSuffix, StringComparison.Ordinal) && tokens.Count > 1)
                continue; // phrases are whole words
            var pq = new PhraseQuery { Boost = boost };
            foreach (var t in tokens)
                pq.Add(new Term(f, t.Term), t.Position);
            bq.Add(pq, Occur.SHOULD);
        }
        return bq;
    }

    private static HighlightTerms HighlightTermsOf(Node node, Analyzers analyzers)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        void Walk(Node n)
        {
            switch (n)
            {
                case And a: foreach (var c in a.Children) Walk(c); break;
                case Or o: foreach (var c in o.Children) Walk(c); break;
                case Not: break;
                case Word { Field: "case" or "type" }: break;
                case Word w when w.Field is null && LooksLikeCaseNumber(w.Text): break;
                case Word { Prefix: true } w: prefixes.Add(DanishFoldingFilter.Fold(w.Text.ToLowerInvariant(), null)); break;
                case Word w: foreach (var t in analyzers.Exact.Tokens(w.Text)) stems.Add(t.Term); break;
                case Phrase p: foreach (var t in analyzers.Exact.Tokens(p.Text)) stems.Add(t.Term); break;
            }
        }
        Walk(node);
        return new HighlightTerms(stems, prefixes);
    }
}
