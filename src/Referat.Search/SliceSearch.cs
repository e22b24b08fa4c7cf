using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Referat.Search;

/// <summary>
/// Runs a query over the index's segments in slices of about equal size, one per core, in parallel when the index is
/// large (what <see cref="IndexSearcher"/> does for plain top-N searches with an executor, here with the facet counts
/// collected alongside): each slice has its own collectors, and the top documents and counts are merged afterwards.
/// </summary>
internal static class SliceSearch
{
    /// <summary>Below this many documents one thread is faster than handing work to a second.</summary>
    public const int MinParallelDocuments = 200_000;

    public static (TopDocs Docs, FacetCollector? Facets) Run(
        IndexSearcher searcher, Query query, Filter? filter, Sort? sort, int top, Func<FacetCollector>? newFacets,
        int minParallelDocuments = MinParallelDocuments)
    {
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var slices = Slices(searcher.IndexReader.Leaves, minParallelDocuments);
        var results = new (TopDocs Docs, FacetCollector? Facets)[slices.Count];
        if (slices.Count > 1)
            Parallel.For(0, slices.Count, i => results[i] = RunSlice(weight, slices[i], sort, top, newFacets));
        else if (slices.Count == 1)
            results[0] = RunSlice(weight, slices[0], sort, top, newFacets);
        if (results.Length == 0)
            return (new TopDocs(0, [], float.NaN), newFacets?.Invoke());
        if (results.Length == 1)
            return results[0];
        var facets = results[0].Facets;
        foreach (var other in results.Skip(1))
            if (other.Facets is not null)
                facets!.Add(other.Facets);
        return (TopDocs.Merge(sort, top, results.Select(r => r.Docs).ToArray()), facets);
    }

    private static (TopDocs, FacetCollector?) RunSlice(Weight weight, IReadOnlyList<AtomicReaderContext> leaves, Sort? sort, int top, Func<FacetCollector>? newFacets)
    {
        var inOrder = !weight.ScoresDocsOutOfOrder;
        ITopDocsCollector topCollector = sort is null
            ? TopScoreDocCollector.Create(top, inOrder)
            : TopFieldCollector.Create(sort, top, fillFields: true, trackDocScores: true, trackMaxScore: false, inOrder);
        var facets = newFacets?.Invoke();
        var collector = facets is null ? (ICollector)topCollector : MultiCollector.Wrap((ICollector)topCollector, facets);
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
        return (topCollector.GetTopDocs(), facets);
    }

    /// <summary>
    /// The segments, in order, cut into as many runs of about equal size as there are cores (one run for a small
    /// index). Runs in document order keep ties in the order one pass gives them (lower document first).
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int minParallelDocuments, int? cores = null)
    {
        var documents = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var count = documents < minParallelDocuments ? 1 : Math.Min(cores ?? Environment.ProcessorCount, leaves.Count);
        var slices = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToList();
        var before = 0L;
        foreach (var leaf in leaves.OrderBy(l => l.DocBase))
        {
            var middle = before + leaf.AtomicReader.MaxDoc / 2.0;
            slices[(int)Math.Min(count - 1, middle * count / Math.Max(1, documents))].Add(leaf);
            before += leaf.AtomicReader.MaxDoc;
        }
        return slices.Where(s => s.Count > 0).ToList();
    }
}
