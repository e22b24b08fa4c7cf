using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Referat.Domain;

namespace Referat.Storage.Configuration;

/// <summary>
/// A list property kept as one JSON text column (<see cref="ModelJson"/>, the model's own JSON): section blocks,
/// item types, decision points, a version's table of contents. The same on both providers, so that one bulk writer
/// serves both; the value comparer compares the lists element by element.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) => property
        .HasConversion(
            value => ModelJson.SerializeCompact(value),
            text => string.IsNullOrEmpty(text) ? new List<T>() : ModelJson.Deserialize<List<T>>(text),
            new ValueComparer<List<T>>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => list.ToList()))
        .IsRequired();
}
