namespace Referat.Import.Pipeline;

/// <summary>
/// A list of pipeline parts in the order they run, addressed by type: an extension inserts its step before or after
/// a known one, or replaces it, without knowing the list's positions.
/// </summary>
public sealed class OrderedList<T> : List<T> where T : class
{
    public OrderedList()
    {
    }

    public OrderedList(IEnumerable<T> items) : base(items)
    {
    }

    public TItem? Find<TItem>() where TItem : T => this.OfType<TItem>().FirstOrDefault();

    public bool Contains<TItem>() where TItem : T => this.OfType<TItem>().Any();

    /// <summary>Inserts <paramref name="item"/> before the first <typeparamref name="TBefore"/>; false (and nothing inserted) when there is none.</summary>
    public bool InsertBefore<TBefore>(T item) where TBefore : T
    {
        var index = FindIndex(x => x is TBefore);
        if (index < 0)
            return false;
        Insert(index, item);
        return true;
    }

    /// <summary>Inserts <paramref name="item"/> after the first <typeparamref name="TAfter"/>; false when there is none.</summary>
    public bool InsertAfter<TAfter>(T item) where TAfter : T
    {
        var index = FindIndex(x => x is TAfter);
        if (index < 0)
            return false;
        Insert(index + 1, item);
        return true;
    }

    /// <summary>Puts <paramref name="item"/> in the place of the first <typeparamref name="TReplaced"/>; false when there is none.</summary>
    public bool Replace<TReplaced>(T item) where TReplaced : T
    {
        var index = FindIndex(x => x is TReplaced);
        if (index < 0)
            return false;
        this[index] = item;
        return true;
    }

    /// <summary>Removes every <typeparamref name="TRemoved"/>; false when there was none.</summary>
    public bool TryRemove<TRemoved>() where TRemoved : T => RemoveAll(x => x is TRemoved) > 0;
}
