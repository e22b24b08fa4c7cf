using Lucene.Net.Search;

namespace Referat.Search;

/// <summary>
/// The most recently used filters (committee, term, dates, …), each a <see cref="CachingWrapperFilter"/> that keeps its
/// matching documents per segment: a filter asked for again costs no second walk over its terms. Small and bounded;
/// segments that go away take their cached sets with them.
/// </summary>
internal sealed class FilterCache(int capacity = 64)
{
    private readonly object _lock = new();
    private readonly LinkedList<(string Key, Filter Filter)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Filter Filter)>> _byKey = new(StringComparer.Ordinal);

    public Filter Get(Query query)
    {
        var key = query.ToString();
        lock (_lock)
        {
            if (_byKey.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Filter;
            }
            var filter = new CachingWrapperFilter(new QueryWrapperFilter(query));
            _byKey[key] = _order.AddFirst((key, filter));
            if (_order.Count > capacity)
            {
                _byKey.Remove(_order.Last!.Value.Key);
                _order.RemoveLast();
            }
            return filter;
        }
    }
}
