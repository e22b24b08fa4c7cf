using System.Collections;
using System.Runtime.CompilerServices;

namespace Referat.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal elements in the same order. The
/// domain's records use it for their parts, so that record equality means "says the same" all the way down.
/// </summary>
/// <remarks>The default value is the empty list.</remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    public ValueList(IEnumerable<T> items) => _items = items.ToArray();

    private ValueList(T[] items) => _items = items;

    internal static ValueList<T> Wrap(T[] items) => new(items);

    public int Count => _items?.Length ?? 0;

    public T this[int index] => (_items ?? [])[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T> other) =>
        (_items ?? []).AsSpan().SequenceEqual(other._items ?? [], EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items ?? [])
            hash.Add(item);
        return hash.ToHashCode();
    }

    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    public static implicit operator ValueList<T>(T[] items) => new((T[])items.Clone());

    public static implicit operator ValueList<T>(List<T> items) => new(items.ToArray());

    public override string ToString() => $"[{string.Join(", ", _items ?? [])}]";
}

/// <summary>Builds <see cref="ValueList{T}"/> values (collection expressions, <c>ToValueList()</c>).</summary>
public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Wrap(items.ToArray());

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items.ToArray());
}
