using Referat.Domain;

namespace Referat.Search.Tests;

public sealed class FacetCountingTests
{
    [Fact]
    public void Grouped_signatures_stand_for_exactly_each_documents_values()
    {
        var random = new Random(7);
        const int docs = 3_000;
        // four facets: two small single-valued, one large single-valued, one multi-valued with empty sets
        FacetColumn Single(int facet, int values)
        {
            var setOfDoc = Enumerable.Range(0, docs).Select(_ => random.Next(values + 1)).ToArray(); // 0: no value
            return new FacetColumn(facet, setOfDoc, [[], .. Enumerable.Range(0, values).Select(n => new[] { n })]);
        }
        var multiSets = new List<int[]> { Array.Empty<int>(), new[] { 0 }, new[] { 1 }, new[] { 0, 1 }, new[] { 1, 2, 3 } };
        var columns = new[]
        {
            Single(0, 3), Single(1, 7), Single(2, 500),
            new FacetColumn(3, Enumerable.Range(0, docs).Select(_ => random.Next(multiSets.Count)).ToArray(), multiSets),
        };
        foreach (var limit in new[] { 10, 100, 5_000 })
        {
            var segment = SegmentFacets.Combine(columns, docs, limit);
            Assert.InRange(segment.Groups, 1, columns.Length);
            // the 501 value sets of facet 2 fit no group of 10 or 100: that facet is counted on its own
            Assert.Equal(limit < 501 ? [2] : Array.Empty<int>(), segment.Wide.Select(c => c.Facet));
            for (var doc = 0; doc < docs; doc++)
            {
                var expected = columns.SelectMany(c => c.Sets[c.SetOfDoc[doc]].Select(n => (c.Facet, n))).Order().ToList();
                var actual = Enumerable.Range(0, segment.Groups).SelectMany(g => segment.Meaning[g][segment.Signature(doc, g)])
                    .Concat(segment.Wide.SelectMany(c => c.Sets[c.SetOfDoc[doc]].Select(n => (c.Facet, n)))).Order().ToList();
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Facet_counts_equal_a_count_by_hand_over_several_segments()
    {
        var random = new Random(11);
        var committees = Enumerable.Range(1, 40).Select(i => $"Udvalg {i}").ToArray();
        var types = new[] { "Beslutning", "Orientering", "Drøftelse" };
        var outcomes = new[] { DecisionOutcome.Approved, DecisionOutcome.Rejected, DecisionOutcome.Noted, DecisionOutcome.Recommended };
        SearchDocument Doc(int i) => new()
        {
            Id = $"item:{i}", Kind = SearchKind.Item, Path = $"/punkter/{i}",
            MeetingDate = new DateOnly(2018 + random.Next(8), 1 + random.Next(12), 1 + random.Next(28)),
            Committee = committees[random.Next(committees.Length)],
            Term = random.Next(2) == 0 ? new LegislativeTerm(2018, 2021) : new LegislativeTerm(2022, 2025),
            Title = "Punkt " + i, SectionTexts = [i % 3 == 0 ? "Om skolebussen." : "Om vejene."],
            ItemTypes = types.Where(_ => random.Next(3) == 0).ToList(),
            Outcomes = outcomes.Where(_ => random.Next(4) == 0).ToList(),
            KleMainGroup = random.Next(5) == 0 ? null : random.Next(30).ToString("00"),
            HasAppropriation = random.Next(4) == 0,
        };
        var documents = Enumerable.Range(0, 1_500).Select(Doc).ToList();
        using var index = SearchIndex.InMemory(new SearchIndexOptions { WordListPath = null });
        index.Build(documents.Take(1_000));
        foreach (var batch in documents.Skip(1_000).Chunk(100)) // later imports: more segments
            index.Replace([], batch);
        var replaced = Doc(5) with { Id = "item:5" }; // a replaced document counts once, with its new values
        index.Update(replaced);
        documents[5] = replaced;

        void Check(SearchRequest request, Func<SearchDocument, bool> matches)
        {
            var expected = documents.Where(matches).ToList();
            var results = index.Search(request);
            Assert.Equal(expected.Count, results.Total);
            void Same(string facet, Func<SearchDocument, IEnumerable<string>> values)
            {
                var byHand = expected.SelectMany(d => values(d).Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                Assert.Equal(byHand.OrderBy(kv => kv.Key, StringComparer.Ordinal), results.Facets[facet].ToDictionary(v => v.Value, v => v.Count).OrderBy(kv => kv.Key, StringComparer.Ordinal));
            }
            Same(Facets.Committee, d => [d.Committee!]);
            Same(Facets.Year, d => [d.MeetingDate!.Value.Year.ToString()]);
            Same(Facets.Term, d => [d.Term!.Value.ToString()]);
            Same(Facets.ItemType, d => d.ItemTypes);
            Same(Facets.Outcome, d => d.Outcomes.Select(o => o.ToString()));
            Same(Facets.KleMainGroup, d => d.KleMainGroup is null ? [] : [d.KleMainGroup]);
            Same(Facets.HasAppropriation, d => [d.HasAppropriation ? "ja" : "nej"]);
        }
        Check(new SearchRequest(), _ => true);
        Check(new SearchRequest { Query = "skolebussen" }, d => d.SectionTexts[0].Contains("skolebussen"));
        Check(new SearchRequest { Query = "vejene", Committee = "Udvalg 7" }, d => d.SectionTexts[0].Contains("vejene") && d.Committee == "Udvalg 7");
    }
}

public sealed class SliceSearchTests
{
    [Fact]
    public void Searching_in_parallel_slices_finds_what_one_pass_finds()
    {
        var random = new Random(3);
        var words = new[] { "skolebus", "vejbelysning", "budget", "høring", "tillægsbevilling", "bevilling", "klimaplan" };
        var documents = Enumerable.Range(0, 1_200).Select(i => new SearchDocument
        {
            Id = $"item:{i}", Kind = SearchKind.Item, Path = $"/punkter/{i}",
            MeetingDate = new DateOnly(2020 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28)),
            Committee = $"Udvalg {random.Next(9)}", Title = $"Punkt {i} om {words[random.Next(words.Length)]}",
            SectionTexts = [string.Join(' ', Enumerable.Range(0, 5 + random.Next(30)).Select(_ => words[random.Next(words.Length)]))],
            ItemTypes = [random.Next(2) == 0 ? "Beslutning" : "Orientering"],
        }).ToList();
        using var index = SearchIndex.InMemory(new SearchIndexOptions { WordListPath = null });
        // a build of a large archive: one segment per core, of about equal size
        index.Build(documents.Take(400), minDocumentsPerSegment: 100);
        var built = index.SegmentSizes;
        Assert.Equal(Math.Min(4, Environment.ProcessorCount), built.Count);
        Assert.True(built.Max() - built.Min() <= 400 / built.Count, string.Join(", ", built));
        foreach (var batch in documents.Skip(400).Chunk(200))
            index.Replace([], batch); // and later imports: more, smaller segments

        foreach (var request in new[]
        {
            new SearchRequest { Query = "bevilling", PageSize = 25 },
            new SearchRequest { Query = "skolebus høring", PageSize = 10, Page = 2 },
            new SearchRequest { Query = "\"budget høring\" OR klimaplan", Committee = "Udvalg 3" },
            new SearchRequest { Query = "vejbelysning", Sort = SearchSort.NewestFirst, PageSize = 30 },
            new SearchRequest { Query = "" },
        })
        {
            var one = index.Search(request, minParallelDocuments: int.MaxValue);
            var sliced = index.Search(request, minParallelDocuments: 0);
            Assert.True(one.Total > 0, request.Query);
            Assert.Equal(one.Total, sliced.Total);
            Assert.Equal(one.Hits.Select(h => (h.Id, h.Score)), sliced.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(one.Facets.Keys.Order(), sliced.Facets.Keys.Order());
            foreach (var (facet, values) in one.Facets)
                Assert.Equal(values, sliced.Facets[facet]);
        }
    }
}

public sealed class FacetCollectorTests
{
    [Fact]
    public void Facets_too_large_for_a_group_are_counted_alone_with_the_same_result()
    {
        using var directory = new Lucene.Net.Store.RAMDirectory();
        var random = new Random(5);
        var expected = new Dictionary<string, Dictionary<string, int>> { ["a"] = [], ["b"] = [] };
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            for (var i = 0; i < 500; i++)
            {
                var doc = new Lucene.Net.Documents.Document();
                var a = $"a{random.Next(50)}";
                doc.Add(new Lucene.Net.Documents.SortedSetDocValuesField(FieldNames.FacetField("a"), new Lucene.Net.Util.BytesRef(a)));
                expected["a"][a] = expected["a"].GetValueOrDefault(a) + 1;
                foreach (var b in new[] { "x", "y", "z" }.Where(_ => random.Next(2) == 0))
                {
                    doc.Add(new Lucene.Net.Documents.SortedSetDocValuesField(FieldNames.FacetField("b"), new Lucene.Net.Util.BytesRef(b)));
                    expected["b"][b] = expected["b"].GetValueOrDefault(b) + 1;
                }
                writer.AddDocument(doc);
                if (i % 150 == 0) writer.Commit(); // a few segments
            }
        }
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        foreach (var maxSignatures in new[] { 4, 16, SegmentFacets.MaxSignatures }) // 4 and 16: facet "a" (50 values) alone
        {
            var collector = new FacetCollector(new FacetTable(["a", "b"], maxSignatures));
            searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), collector);
            var result = collector.Result();
            foreach (var facet in new[] { "a", "b" })
                Assert.Equal(expected[facet].OrderBy(kv => kv.Key), result[facet].ToDictionary(v => v.Value, v => v.Count).OrderBy(kv => kv.Key));
        }
    }
}
