using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Referat.Search;

/// <summary>
/// Counts facet values over every matching document: per document one increment per facet group of
/// <see cref="SegmentFacets"/>, and per segment the signature counts spread over the values they stand for.
/// </summary>
internal sealed class FacetCollector(FacetTable table) : ICollector
{
    private readonly int[][] _totals = table.Facets.Select((_, f) => new int[table.ValueCount(f)]).ToArray();
    private SegmentFacets? _segment;
    private ushort[] _signatures = [];
    private int _groups;
    private int[][] _counts = [];

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = table.For(context.AtomicReader);
        (_signatures, _groups) = (_segment.Signatures, _segment.Groups);
        // rented and cleared, not allocated: a search must not make garbage in proportion to the index
        _counts = _segment.Counters.Select(c => Rent(c.Length)).ToArray();
    }

    public void Collect(int doc)
    {
        var counts = _counts;
        var row = doc * _groups;
        for (var g = 0; g < _groups; g++)
            counts[g][_signatures[row + g]]++;
        for (var w = 0; w < _segment!.Wide.Length; w++)
            counts[_groups + w][_segment.Wide[w].SetOfDoc[doc]]++;
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Adds another collector's counts (of other documents) to these.</summary>
    public void Add(FacetCollector other)
    {
        Flush();
        other.Flush();
        for (var f = 0; f < _totals.Length; f++)
        {
            Grow(f, other._totals[f].Length);
            for (var n = 0; n < other._totals[f].Length; n++)
                _totals[f][n] += other._totals[f][n];
        }
    }

    private void Flush()
    {
        if (_segment is null)
            return;
        for (var g = 0; g < _counts.Length; g++)
        {
            var counts = _counts[g];
            var meaning = _segment.Counters[g];
            for (var signature = 0; signature < meaning.Length; signature++)
            {
                var count = counts[signature];
                if (count == 0) continue;
                foreach (var (facet, number) in meaning[signature])
                {
                    Grow(facet, number + 1);
                    _totals[facet][number] += count;
                }
            }
        }
        foreach (var counts in _counts)
            ArrayPool<int>.Shared.Return(counts);
        _segment = null;
        _counts = [];
        _signatures = [];
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void Grow(int facet, int length)
    {
        if (_totals[facet].Length < length)
            Array.Resize(ref _totals[facet], length);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < _totals.Length; f++)
        {
            var values = new List<FacetValue>();
            var totals = _totals[f];
            for (var number = 0; number < totals.Length; number++)
                if (totals[number] > 0)
                    values.Add(new FacetValue(table.Value(f, number), totals[number]));
            values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            result[table.Facets[f]] = values;
        }
        return result;
    }
}
