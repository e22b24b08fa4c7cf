using Referat.Search.Tests.Support;
using Xunit.Abstractions;

namespace Referat.Search.Tests;

/// <summary>Runs the judged queries over the seeds and measures precision@5 and mean reciprocal rank.</summary>
public sealed class RelevanceTests(SeedIndexFixture fixture, ITestOutputHelper output) : IClassFixture<SeedIndexFixture>
{
    public static (double PrecisionAt5, double Mrr, IReadOnlyList<string> Lines) Evaluate(SearchIndex index)
    {
        double precision = 0, reciprocal = 0;
        var lines = new List<string>();
        foreach (var judged in RelevanceSet.Queries)
        {
            var relevant = judged.Relevant.Select(Seeds.ResolveId).ToHashSet();
            var hits = index.Search(new SearchRequest { Query = judged.Query, PageSize = 5, IncludeFacets = false }).Hits;
            var ids = hits.Select(h => h.Id).ToList();
            var found = ids.Count(relevant.Contains);
            // precision@5 against what can be found: a query with one right answer scores 1 when it is in the top 5
            precision += (double)found / Math.Min(5, relevant.Count);
            var rank = ids.FindIndex(relevant.Contains);
            reciprocal += rank < 0 ? 0 : 1.0 / (rank + 1);
            lines.Add($"{(rank == 0 ? "ok " : rank < 0 ? "MISS" : $"@{rank + 1} ")} {judged.Query,-40} → {string.Join(", ", ids.Take(3))}");
        }
        var n = RelevanceSet.Queries.Length;
        return (precision / n, reciprocal / n, lines);
    }

    [Fact]
    public void The_judged_queries_find_their_answers_first()
    {
        Assert.True(RelevanceSet.Queries.Length >= 30);
        Evaluate(fixture.Index); // warm up (JIT, first reader), so the timing below is of warm queries
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (p5, mrr, lines) = Evaluate(fixture.Index);
        clock.Stop();
        foreach (var line in lines)
            output.WriteLine(line);
        output.WriteLine($"{fixture.Documents.Count} documents; {RelevanceSet.Queries.Length} warm queries with snippets in {clock.ElapsedMilliseconds} ms ({clock.Elapsed.TotalMilliseconds / RelevanceSet.Queries.Length:F1} ms each)");
        output.WriteLine($"queries {RelevanceSet.Queries.Length}  P@5 {p5:F3}  MRR {mrr:F3}  (word list: {fixture.Index.Lexicon.HasWordList})");
        Assert.True(mrr >= 0.8, $"MRR {mrr:F3}");
        Assert.True(p5 >= 0.8, $"P@5 {p5:F3}");
    }

    [Fact]
    public void Without_the_system_word_list_the_corpus_vocabulary_still_carries_the_compounds()
    {
        using var index = SearchIndex.InMemory(new SearchIndexOptions { WordListPath = null });
        index.Build(fixture.Documents);
        Assert.False(index.Lexicon.HasWordList);
        var (p5, mrr, lines) = Evaluate(index);
        foreach (var line in lines.Where(l => !l.StartsWith("ok")))
            output.WriteLine(line);
        output.WriteLine($"corpus vocabulary only: P@5 {p5:F3}  MRR {mrr:F3}");
        Assert.True(mrr >= 0.75, $"MRR {mrr:F3}");
        Assert.Contains(index.Search(new SearchRequest { Query = "bevilling" }).Hits, h => h.Id == Seeds.ResolveId("000:11"));
    }
}
