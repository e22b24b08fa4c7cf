using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Referat.Search;

/// <summary>Reads the facet arrays of every new segment before the searcher is handed out (Lucene's warming hook).</summary>
internal sealed class WarmingSearcherFactory(FacetTable facets) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        facets.Warm(reader);
        return new IndexSearcher(reader);
    }
}
