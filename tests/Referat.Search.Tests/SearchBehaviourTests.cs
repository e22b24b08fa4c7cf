using Referat.Domain;
using Referat.Search.Tests.Support;

namespace Referat.Search.Tests;

public sealed class SearchBehaviourTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    private SearchResults Search(string query, Func<SearchRequest, SearchRequest>? with = null) =>
        fixture.Index.Search((with ?? (r => r))(new SearchRequest { Query = query, PageSize = 50 }));

    private static SearchDocument Item(string id, string title, string text, bool closed = false, string committee = "Testudvalget", int day = 1) => new()
    {
        Id = id,
        Kind = SearchKind.Item,
        Path = $"/moeder/test#punkt-{id}",
        MeetingDate = new DateOnly(2024, 1, day),
        Committee = committee,
        Title = title,
        SectionTexts = [text],
        IsClosed = closed,
    };

    [Fact]
    public void Bevilling_finds_items_that_only_say_a_compound()
    {
        var hits = Search("bevilling").Hits;
        Assert.Contains(hits, h => h.Id == Seeds.ResolveId("000:2")); // says "tillægsbevilling" in its text
    }

    [Fact]
    public void Exact_words_rank_above_compound_parts()
    {
        using var index = SearchIndex.InMemory(new SearchIndexOptions { WordListPath = null });
        index.Build([
            Item("compound", "Regnskab", "Der gives en tillægsbevilling til området."),
            Item("exact", "Regnskab", "Der gives en bevilling til området."),
            Item("other", "Bevillinger", "Om tillæg."),
        ]);
        var ids = index.Search(new SearchRequest { Query = "bevilling", Kinds = [SearchKind.Item] }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(3, ids.Count);
        Assert.True(ids.IndexOf("exact") < ids.IndexOf("compound"));
        Assert.Equal("other", ids[0]); // a title match outranks both
    }

    [Fact]
    public void Closed_items_are_never_indexed_nor_mapped()
    {
        using var index = SearchIndex.InMemory();
        Assert.Throws<ClosedItemException>(() => index.Build([Item("open", "Åben", "hemmelighed"), Item("closed", "Lukket", "hemmelighed", closed: true)]));
        Assert.Equal(0, index.Count);
        Assert.Throws<ClosedItemException>(() => index.Add(Item("closed", "Lukket", "hemmelighed", closed: true)));
        Assert.Throws<ClosedItemException>(() => index.Update(Item("closed", "Lukket", "hemmelighed", closed: true)));
        Assert.Equal(0, index.Search(new SearchRequest { Query = "hemmelighed" }).Total);

        var minutes = new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = "Økonomiudvalget", Date = new DateOnly(2025, 5, 1) },
            Items =
            [
                new AgendaItem { Number = "1", Order = 1, Title = "Åbent punkt", Sections = [new Section("Resume", SectionKind.Resume, [new Paragraph("offentlig sag")])] },
                new AgendaItem
                {
                    Number = "2", Order = 2, Title = "Lukket punkt", IsClosed = true,
                    CaseNumber = CaseNumber.From("00.01.00-A00-1-25") is { } cn ? cn : null,
                    Sections = [new Section("Resume", SectionKind.Resume, [new Paragraph("fortrolig personsag")])],
                    Attachments = [new Attachment("fortroligt bilag")],
                },
            ],
        };
        var docs = SearchDocuments.FromMinutes(minutes, "m1").ToList();
        Assert.DoesNotContain(docs, d => d.IsClosed || d.Title.Contains("Lukket") || d.Title.Contains("fortroligt") || d.CaseNumber == "00.01.00-A00-1-25");
        index.Build(docs);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "fortrolig" }).Total);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "offentlig" }).Total);
    }

    [Fact]
    public void The_snippet_word_filter_never_skips_a_word_that_holds_a_match()
    {
        // Snippets analyse only the words whose text holds a query stem; every term the analyzer makes of a line
        // (whole words and compound parts, stemmed and folded) must therefore come from such a word.
        var analyzer = new Analysis.DanishSearchAnalyzer(fixture.Index.Lexicon, decompound: true);
        var lines = fixture.Documents.SelectMany(d => d.SectionTexts.Concat(d.DecisionTexts)).SelectMany(t => t.Split('\n')).Distinct().ToList();
        var checkedTerms = 0;
        foreach (var line in lines)
            foreach (var token in analyzer.Tokens(line))
            {
                checkedTerms++;
                var words = Snippets.CandidateWords(line, new HighlightTerms(new HashSet<string> { token.Term }, []));
                Assert.True(words.Any(w => w.Start <= token.Start && token.End <= w.End), $"'{token.Term}' at {token.Start} in: {line}");
            }
        Assert.True(checkedTerms > 10_000, $"{checkedTerms} terms checked");
        var text = "Udvalget godkendte tillægsbevillingen i Aabenraa.";
        Assert.Equal(["tillægsbevillingen"], Snippets.CandidateWords(text, new HighlightTerms(new HashSet<string> { "bevilling" }, [])).Select(w => text[w.Start..w.End]));
        Assert.Equal(["Aabenraa"], Snippets.CandidateWords(text, new HighlightTerms(new HashSet<string> { "åbenrå" }, [])).Select(w => text[w.Start..w.End]));
        Assert.Empty(Snippets.CandidateWords(text, new HighlightTerms(new HashSet<string> { "budget" }, [])));
    }

    [Fact]
    public void Snippets_show_the_best_passage_with_the_matched_term_marked()
    {
        var hit = Search("varslingspulje").Hits[0];
        Assert.Contains("<mark>", hit.Snippet);
        Assert.Contains("varslingspulje", hit.Snippet.Replace("<mark>", "").Replace("</mark>", ""), StringComparison.OrdinalIgnoreCase);
        var marked = System.Text.RegularExpressions.Regex.Matches(hit.Snippet, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value.ToLowerInvariant());
        Assert.All(marked, m => Assert.StartsWith("varslingspulje", m));

        // a compound part marks the whole word; the passage is not simply the start of the text
        var compound = Search("bevilling", r => r with { Kinds = [SearchKind.Item] }).Hits.First(h => h.Id == Seeds.ResolveId("000:11"));
        Assert.Contains("<mark>udgiftsbevilling</mark>", compound.Snippet);
        Assert.DoesNotContain("&#230;", compound.Snippet); // Danish letters are not entity-encoded
    }

    [Fact]
    public void Facet_counts_match_the_documents()
    {
        var results = Search("", r => r with { Kinds = [SearchKind.Item] });
        var items = fixture.Documents.Where(d => d.Kind == SearchKind.Item).ToList();
        Assert.Equal(items.Count, results.Total);
        foreach (var group in items.GroupBy(d => d.Committee))
            Assert.Contains(new FacetValue(group.Key!, group.Count()), results.Facets[Facets.Committee]);
        Assert.Equal(items.Count(d => d.Outcomes.Contains(DecisionOutcome.Recommended)),
            results.Facets[Facets.Outcome].Single(f => f.Value == "Recommended").Count);
        Assert.Equal(items.Count(d => d.HasAppropriation), results.Facets[Facets.HasAppropriation].SingleOrDefault(f => f.Value == "ja")?.Count ?? 0);
        Assert.Equal(items.Count(d => d.KleMainGroup == "15"), results.Facets[Facets.KleMainGroup].Single(f => f.Value == "15").Count);

        // the facets count the filtered result
        var filtered = Search("", r => r with { Kinds = [SearchKind.Item], ItemType = "Orientering", Term = new LegislativeTerm(2026, 2029) });
        Assert.Equal(items.Count(d => d.ItemTypes.Contains("Orientering") && d.Term == new LegislativeTerm(2026, 2029)), filtered.Total);
        Assert.Equal(filtered.Total, filtered.Facets[Facets.ItemType].Single(f => f.Value == "Orientering").Count);
    }

    [Fact]
    public void Filters_narrow_and_sorting_by_date_works()
    {
        var all = Search("beskæftigelse", r => r with { Kinds = [SearchKind.Item] });
        var since2020 = Search("beskæftigelse", r => r with { Kinds = [SearchKind.Item], From = new DateOnly(2020, 1, 1) });
        Assert.True(since2020.Total > 0 && since2020.Total < all.Total);
        Assert.All(since2020.Hits, h => Assert.True(h.MeetingDate >= new DateOnly(2020, 1, 1)));

        var newest = Search("beskæftigelse", r => r with { Sort = SearchSort.NewestFirst }).Hits.Select(h => h.MeetingDate).ToList();
        Assert.Equal(newest.OrderByDescending(d => d), newest);

        var committee = Search("", r => r with { Committee = "Erhvervs- og Beskæftigelsesudvalget", Kinds = [SearchKind.Item] });
        Assert.Equal(11, committee.Total);
        Assert.All(Search("", r => r with { HasAppropriation = true }).Hits, h => Assert.Equal(SearchKind.Item, h.Kind));
        Assert.All(Search("", r => r with { Outcome = DecisionOutcome.Postponed }).Hits, h => Assert.Equal(Seeds.ResolveId("001:6"), h.Id));
    }

    [Fact]
    public void Query_language_operators_phrases_prefixes_and_fields()
    {
        int Total(string q) => Search(q).Total;
        Assert.True(Total("veteran OR turisme") > Total("veteran"));
        Assert.True(Total("veteran NOT turisme") < Total("veteran"));
        Assert.Equal(Total("veteran -turisme"), Total("veteran NOT turisme"));
        Assert.True(Total("\"negativ social kontrol\"") <= Total("negativ social kontrol"));
        Assert.Contains(Search("veteranstrat*").Hits, h => h.Id == Seeds.ResolveId("002:6"));
        Assert.All(Search("title:regnskab", r => r with { Kinds = [SearchKind.Item] }).Hits, h => Assert.Contains("egnskab", h.Title));
        Assert.Contains(Search("decision:udsat").Hits, h => h.Id == Seeds.ResolveId("001:6"));
        Assert.All(Search("committee:erhverv", r => r with { Kinds = [SearchKind.Item] }).Hits, h => Assert.Equal("Erhvervs- og Beskæftigelsesudvalget", h.Committee));
        Assert.Equal(0, Total("\"\" ( ) AND OR NOT -"));
    }

    [Fact]
    public void Case_numbers_match_exactly_or_by_prefix()
    {
        var exact = Search("00.01.00-A30-10-25").Hits;
        Assert.Equal("case:00.01.00-A30-10-25", exact.First(h => h.Kind == SearchKind.Case).Id);
        Assert.All(exact, h => Assert.Equal("00.01.00-A30-10-25", h.CaseNumber));
        var prefix = Search("00.01.00-A30").Hits;
        Assert.Contains(prefix, h => h.CaseNumber == "00.01.00-A30-19-25");
        Assert.All(prefix, h => Assert.StartsWith("00.01.00-A30", h.CaseNumber));
    }

    [Fact]
    public void Pages_do_not_overlap()
    {
        var first = Search("udvalget", r => r with { PageSize = 5, Page = 1 });
        var second = Search("udvalget", r => r with { PageSize = 5, Page = 2 });
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(5, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Adding_updating_and_deleting_one_document_at_a_time()
    {
        var dir = Path.Combine(Path.GetTempPath(), "referat-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.Open(dir, new SearchIndexOptions { WordListPath = null }))
            {
                index.Build([Item("a", "Skolebus", "Om kørsel.")]);
                index.Add(Item("b", "Vejbelysning", "Lygtepæle skiftes til LED."));
                Assert.Equal(2, index.Count);
                Assert.Equal("b", Assert.Single(index.Search(new SearchRequest { Query = "lygtepæle" }).Hits).Id);

                index.Update(Item("b", "Vejbelysning", "Gadelamper skiftes."));
                Assert.Equal(0, index.Search(new SearchRequest { Query = "lygtepæle" }).Total);
                Assert.Equal(1, index.Search(new SearchRequest { Query = "gadelamper" }).Total);
                Assert.Equal(2, index.Count);

                // the new words join the compound dictionary: "belysning" now finds "vejbelysning" in a new document
                index.Add(Item("c", "Belysning", "Ny belysning."));
                index.Add(Item("d", "Parkbelysning", "Parken og en park."));
                Assert.Contains(index.Search(new SearchRequest { Query = "belysning" }).Hits, h => h.Id == "d");

                Assert.True(index.Delete("a"));
                Assert.False(index.Delete("a"));
                Assert.Equal(0, index.Search(new SearchRequest { Query = "skolebus" }).Total);
            }
            using (var reopened = SearchIndex.Open(dir, new SearchIndexOptions { WordListPath = null }))
            {
                Assert.Equal(3, reopened.Count);
                Assert.Contains("belysning", reopened.Lexicon.CorpusWords);
                Assert.Equal(1, reopened.Search(new SearchRequest { Query = "gadelamper" }).Total);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_read_only_index_takes_no_lock_and_follows_what_a_writer_commits()
    {
        var dir = Path.Combine(Path.GetTempPath(), "referat-search-" + Guid.NewGuid().ToString("N"));
        var options = new SearchIndexOptions { WordListPath = null, RefreshInterval = TimeSpan.Zero };
        try
        {
            Assert.False(SearchIndex.IndexExists(dir));
            Assert.Throws<DirectoryNotFoundException>(() => SearchIndex.OpenReadOnly(dir, options));
            using (var first = SearchIndex.Open(dir, options))
                first.Build([Item("a", "Skolebus", "Om kørsel.")]);

            using var reader = SearchIndex.OpenReadOnly(dir, options);
            Assert.True(reader.IsReadOnly);
            Assert.Equal(1, reader.Search(new SearchRequest { Query = "skolebus" }).Total);
            Assert.Throws<InvalidOperationException>(() => reader.Add(Item("x", "Nej", "Nej.")));

            // a writer (an import) gets the lock while the reader is open, and the reader sees each commit
            using (var writer = SearchIndex.Open(dir, options))
            {
                writer.Add(Item("b", "Vejbelysning", "Lygtepæle skiftes til LED."));
                Assert.Equal("b", Assert.Single(reader.Search(new SearchRequest { Query = "lygtepæle" }).Hits).Id);
                // its new words too: once "belysning" is in the vocabulary, a new compound is split and found
                writer.Add(Item("c", "Belysning", "Ny belysning."));
                writer.Add(Item("d", "Parkbelysning", "Parken og en park."));
                Assert.Contains(reader.Search(new SearchRequest { Query = "belysning" }).Hits, h => h.Id == "d");
                Assert.Contains("belysning", reader.Lexicon.CorpusWords);
                Assert.True(writer.Delete("a"));
            }
            Assert.Equal(0, reader.Search(new SearchRequest { Query = "skolebus" }).Total);
            Assert.Equal(3, reader.Count);
            var belysning = reader.Search(new SearchRequest { Query = "belysning" });
            Assert.Equal(belysning.Total, belysning.Facets[Facets.Kind].Single().Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_mapper_fills_terms_paths_and_appropriations_from_the_seeds()
    {
        var docs = fixture.Documents;
        var item = docs.Single(d => d.Id == Seeds.ResolveId("000:11"));
        Assert.Equal($"/moeder/{Seeds.MeetingId("000")}#punkt-11", item.Path);
        Assert.Equal("15", item.KleMainGroup);
        Assert.True(item.HasAppropriation);
        Assert.False(docs.Single(d => d.Id == Seeds.ResolveId("000:1")).HasAppropriation);
        // a term from the date when the header has none: 2015 is in 2014-2017
        Assert.Equal(new LegislativeTerm(2014, 2017), docs.First(d => d.MeetingId == Seeds.MeetingId("002")).Term);
        Assert.Equal(docs.Count, docs.Select(d => d.Id).Distinct().Count());
    }
}
