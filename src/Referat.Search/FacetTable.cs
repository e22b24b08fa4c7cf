using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Referat.Search;

/// <summary>
/// The facet values of every document, held so that counting a match costs as little as possible. Each value gets an
/// index-wide number (append-only, so numbers stay valid across refreshes). Each segment is read once, when a searcher
/// first sees it (<see cref="Warm"/>), into <see cref="SegmentFacets"/>; it lives as long as the segment.
/// </summary>
internal sealed class FacetTable(IReadOnlyList<string> facets, int maxSignatures = SegmentFacets.MaxSignatures)
{
    private readonly ConditionalWeakTable<object, SegmentFacets> _segments = new();
    private readonly object _lock = new();
    private readonly Dictionary<string, int>[] _numbers = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private volatile string[][] _values = facets.Select(_ => Array.Empty<string>()).ToArray();

    public IReadOnlyList<string> Facets => facets;

    /// <summary>The value a number stands for.</summary>
    public string Value(int facet, int number) => _values[facet][number];

    public int ValueCount(int facet) => _values[facet].Length;

    public SegmentFacets For(AtomicReader segment) => _segments.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>Reads every segment of a newly opened reader, so that the first search on it does not pay for it.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
            For(leaf.AtomicReader);
    }

    private SegmentFacets Read(AtomicReader segment)
    {
        var columns = new List<FacetColumn>();
        lock (_lock)
        {
            var values = _values.ToArray();
            for (var f = 0; f < facets.Count; f++)
            {
                var dv = segment.GetSortedSetDocValues(FieldNames.FacetField(facets[f]));
                if (dv is null)
                    continue;
                var numbers = new int[dv.ValueCount]; // segment ordinal → index-wide number
                var term = new BytesRef();
                var added = new List<string>();
                for (var ord = 0; ord < numbers.Length; ord++)
                {
                    dv.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    if (!_numbers[f].TryGetValue(value, out var number))
                    {
                        number = _numbers[f].Count;
                        _numbers[f][value] = number;
                        added.Add(value);
                    }
                    numbers[ord] = number;
                }
                if (added.Count > 0)
                    values[f] = [.. values[f], .. added];
                columns.Add(FacetColumn.Read(f, dv, numbers, segment.MaxDoc));
            }
            _values = values;
        }
        return SegmentFacets.Combine(columns, segment.MaxDoc, maxSignatures);
    }
}

/// <summary>One facet of one segment: per document the number of its set of values (0: none), and the sets.</summary>
internal sealed record FacetColumn(int Facet, int[] SetOfDoc, IReadOnlyList<int[]> Sets)
{
    public static FacetColumn Read(int facet, SortedSetDocValues values, int[] numbers, int maxDoc)
    {
        var setOfDoc = new int[maxDoc];
        if (DocValues.UnwrapSingleton(values) is { } single)
        {
            // one value at most: the set number is the ordinal + 1
            for (var doc = 0; doc < maxDoc; doc++)
                setOfDoc[doc] = single.GetOrd(doc) + 1;
            return new FacetColumn(facet, setOfDoc, [[], .. numbers.Select(n => new[] { n })]);
        }
        var sets = new List<int[]> { Array.Empty<int>() };
        var known = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        var ords = new List<long>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ords.Clear();
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                ords.Add(ord);
            var key = string.Join(',', ords);
            if (!known.TryGetValue(key, out var set))
            {
                set = known[key] = sets.Count;
                sets.Add(ords.Select(o => numbers[o]).ToArray());
            }
            setOfDoc[doc] = set;
        }
        return new FacetColumn(facet, setOfDoc, sets);
    }
}

/// <summary>
/// The facets of one segment in a few groups. A group's signature is the combination of its facets' value sets that
/// a document has; facets join a group while it has at most <see cref="MaxSignatures"/> signatures. Counting a match
/// is then one increment per group (not per facet), reading one row of <see cref="Signatures"/> (a document's groups
/// side by side, two bytes each: a scattered match costs one memory access, and the rows of a million documents fit
/// the cache better); the counts per signature are spread over the facet values once per segment and search
/// (<see cref="FacetCollector"/>).
/// </summary>
internal sealed class SegmentFacets
{
    private readonly int _groups;
    private readonly ushort[] _signatures;

    private SegmentFacets(int groups, ushort[] signatures, (int Facet, int Number)[][][] meaning)
    {
        _groups = groups;
        _signatures = signatures;
        Meaning = meaning;
        Counters = meaning;
    }

    /// <summary>At most this many per group: two bytes per document, and a search's count array stays small (64 kB).</summary>
    public const int MaxSignatures = 1 << 14;

    public int Groups => _groups;

    /// <summary>Document d's signature in group g: [d * <see cref="Groups"/> + g].</summary>
    public ushort[] Signatures => _signatures;

    /// <summary>Per group and signature: the facet values it stands for.</summary>
    public (int Facet, int Number)[][][] Meaning { get; }

    public int Signature(int doc, int group) => _signatures[doc * _groups + group];

    public static SegmentFacets Combine(IReadOnlyList<FacetColumn> columns, int maxDoc, int maxSignatures = MaxSignatures)
    {
        if (maxSignatures > MaxSignatures)
            throw new ArgumentOutOfRangeException(nameof(maxSignatures));
        var groups = new List<(int[] Signature, List<(int Facet, int Number)[]> Meaning)>();
        int[]? signature = null;
        List<(int Facet, int Number)[]>? signatureMeaning = null;
        // a facet with more value sets than a group may hold is left out of the groups (see FacetCollector: counted alone)
        foreach (var column in columns.Where(c => c.Sets.Count <= maxSignatures).OrderBy(c => c.Sets.Count))
        {
            if (signature is not null && TryJoin(signature, signatureMeaning!, column, maxDoc, maxSignatures) is { } joined)
            {
                (signature, signatureMeaning) = joined;
                continue;
            }
            if (signature is not null)
                groups.Add((signature, signatureMeaning!));
            (signature, signatureMeaning) = (column.SetOfDoc, column.Sets.Select(set => set.Select(n => (column.Facet, n)).ToArray()).ToList());
        }
        if (signature is not null)
            groups.Add((signature, signatureMeaning!));
        var rows = new ushort[maxDoc * groups.Count];
        for (var g = 0; g < groups.Count; g++)
            for (var doc = 0; doc < maxDoc; doc++)
                rows[doc * groups.Count + g] = (ushort)groups[g].Signature[doc];
        var wide = columns.Where(c => c.Sets.Count > maxSignatures).ToArray();
        return new SegmentFacets(groups.Count, rows, [.. groups.Select(g => g.Meaning.ToArray())]) { Wide = wide };
    }

    /// <summary>Facets with more value sets than a group holds (tens of thousands of committees): counted per document.</summary>
    public FacetColumn[] Wide
    {
        get => _wide;
        private init
        {
            _wide = value;
            Counters = [.. Meaning, .. value.Select(c => c.Sets.Select(set => set.Select(n => (c.Facet, n)).ToArray()).ToArray())];
        }
    }

    private readonly FacetColumn[] _wide = [];

    /// <summary>
    /// What a search counts in, one array each: the groups, then the wide facets; per counter and index the facet
    /// values it stands for.
    /// </summary>
    public (int Facet, int Number)[][][] Counters { get; private init; }

    private static (int[], List<(int Facet, int Number)[]>)? TryJoin(
        int[] signature, List<(int Facet, int Number)[]> meaning, FacetColumn column, int maxDoc, int maxSignatures)
    {
        var joined = new int[maxDoc];
        var known = new Dictionary<long, int>();
        var joinedMeaning = new List<(int Facet, int Number)[]>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var key = ((long)signature[doc] << 32) | (uint)column.SetOfDoc[doc];
            if (!known.TryGetValue(key, out var id))
            {
                if (known.Count == maxSignatures)
                    return null;
                id = known[key] = joinedMeaning.Count;
                joinedMeaning.Add([.. meaning[signature[doc]], .. column.Sets[column.SetOfDoc[doc]].Select(n => (column.Facet, n))]);
            }
            joined[doc] = id;
        }
        return (joined, joinedMeaning);
    }
}
