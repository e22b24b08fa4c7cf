using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Referat.Search;

/// <summary>
/// Counts facet values over every matching document from SortedSet doc values: per segment an int array indexed by
/// ordinal (no string work per document), turned into values once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    // the same values when the field holds at most one per document in this segment (kind, committee, year, …):
    // one GetOrd per document instead of SetDocument and two NextOrd calls
    private readonly SortedDocValues?[] _single = new SortedDocValues?[fields.Count];
    private readonly int[]?[] _counts = new int[fields.Count][];

    public int Total { get; private set; }

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < fields.Count; f++)
        {
            var dv = context.AtomicReader.GetSortedSetDocValues(FieldNames.FacetField(fields[f]));
            _values[f] = dv;
            _single[f] = dv is null ? null : DocValues.UnwrapSingleton(dv);
            _counts[f] = dv is null ? null : new int[(int)dv.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < _values.Length; f++)
        {
            var single = _single[f];
            if (single is not null)
            {
                var one = single.GetOrd(doc);
                if (one >= 0)
                    _counts[f]![one]++;
                continue;
            }
            var dv = _values[f];
            if (dv is null) continue;
            var counts = _counts[f]!;
            dv.SetDocument(doc);
            long ord;
            while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[ord]++;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            var dv = _values[f];
            var counts = _counts[f];
            if (dv is null || counts is null) continue;
            var total = _totals[fields[f]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                dv.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                total[value] = total.GetValueOrDefault(value) + counts[ord];
            }
            _values[f] = null;
            _single[f] = null;
            _counts[f] = null;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        return _totals.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetValue>)kv.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Key, v.Value)).ToList());
    }
}
