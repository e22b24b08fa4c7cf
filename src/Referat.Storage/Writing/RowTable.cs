using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Referat.Storage.Writing;

/// <summary>
/// One table as the bulk writer sees it, read from the EF model (the one description of the schema): its name, its
/// key, and per column the row property, its value converter and its store type. Getters and setters are compiled
/// once; a row's value comes out already converted to what the provider stores.
/// </summary>
internal sealed class RowTable
{
    public required IEntityType EntityType { get; init; }
    public required string Name { get; init; }
    public required RowColumn Key { get; init; }

    /// <summary>Every column, the key first.</summary>
    public required IReadOnlyList<RowColumn> Columns { get; init; }

    /// <summary>The foreign keys that a navigation can fill: the id property and the navigation to the principal row.</summary>
    public required IReadOnlyList<(RowColumn Id, Func<object, object?> Principal, RowTable? PrincipalTable)> References { get; set; }

    public long IdOf(object row) => (long)Key.Get(row)!;

    public void SetId(object row, long id) => Key.Set(row, id);

    /// <summary>The tables of the model, in an order in which every row's principals come before it.</summary>
    public static IReadOnlyList<RowTable> All(IModel model)
    {
        // The archive's own rows; the accounts' tables (ASP.NET Core Identity) are written by Identity alone.
        var tables = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned() && typeof(Rows.IRow).IsAssignableFrom(t.ClrType))
            .ToDictionary(t => t.ClrType, From);
        foreach (var table in tables.Values)
            table.References = table.EntityType.GetForeignKeys()
                .Where(fk => fk.DependentToPrincipal?.PropertyInfo is not null && fk.Properties.Count == 1)
                .Select(fk => (Column(fk.Properties[0]), Getter(fk.DependentToPrincipal!.PropertyInfo!),
                    tables.GetValueOrDefault(fk.PrincipalEntityType.ClrType)))
                .ToList();
        var ordered = new List<RowTable>();
        var visiting = new HashSet<RowTable>();
        void Visit(RowTable table)
        {
            if (ordered.Contains(table) || !visiting.Add(table))
                return;
            foreach (var (_, _, principal) in table.References)
                if (principal is not null && principal != table)
                    Visit(principal);
            ordered.Add(table);
        }
        foreach (var table in tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
            Visit(table);
        return ordered;
    }

    private static RowTable From(IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties.Single();
        var columns = type.GetProperties().Where(p => p.PropertyInfo is not null).OrderBy(p => p != key).Select(Column).ToList();
        return new RowTable
        {
            EntityType = type,
            Name = type.GetTableName()!,
            Key = columns[0],
            Columns = columns,
            References = [],
        };
    }

    private static RowColumn Column(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = property.GetValueConverter() ?? mapping.Converter;
        var getter = Getter(property.PropertyInfo!);
        Func<object, object?> provider = converter is null
            ? getter
            : row => getter(row) is { } value ? converter.ConvertToProvider(value) : null;
        return new RowColumn(property.GetColumnName(), property, mapping, getter, Setter(property.PropertyInfo!), provider,
            converter?.ProviderClrType ?? property.ClrType, StoredExpression(property.PropertyInfo!, converter));
    }

    /// <summary>
    /// The stored value as an expression of the row (an <c>object</c> parameter): the property read as its own type,
    /// through the converter where there is one, without boxing; null stays null.
    /// </summary>
    private static (ParameterExpression Row, Expression Value, Type Type) StoredExpression(PropertyInfo info, ValueConverter? converter)
    {
        var row = Expression.Parameter(typeof(object), "row");
        Expression value = Expression.Property(Expression.Convert(row, info.DeclaringType!), info);
        if (converter is null)
            return (row, value, info.PropertyType);
        var model = converter.ModelClrType;
        var stored = converter.ProviderClrType;
        var storedNullable = stored.IsValueType && Nullable.GetUnderlyingType(stored) is null ? typeof(Nullable<>).MakeGenericType(stored) : stored;
        var raw = Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Property(value, "Value") : value;
        var converted = Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(raw, model));
        var isNull = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? (Expression)Expression.Constant(false)
            : Expression.Equal(value, Expression.Constant(null, value.Type));
        return (row, Expression.Condition(isNull, Expression.Constant(null, storedNullable), Expression.Convert(converted, storedNullable)), storedNullable);
    }

    private static Func<object, object?> Getter(PropertyInfo info)
    {
        var row = Expression.Parameter(typeof(object));
        return Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(row, info.DeclaringType!), info), typeof(object)), row).Compile();
    }

    private static Action<object, object?> Setter(PropertyInfo info)
    {
        var row = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        return Expression.Lambda<Action<object, object?>>(
            Expression.Assign(Expression.Property(Expression.Convert(row, info.DeclaringType!), info), Expression.Convert(value, info.PropertyType)),
            row, value).Compile();
    }
}

/// <summary>A column: its name, the property it stores, and how to read the stored value off a row.</summary>
internal sealed record RowColumn(
    string Name, IProperty Property, RelationalTypeMapping Mapping, Func<object, object?> Get, Action<object, object?> Set,
    Func<object, object?> StoredValue, Type StoredType, (ParameterExpression Row, Expression Value, Type Type) Stored)
{
    /// <summary>The CLR type of the stored value, without Nullable.</summary>
    public Type NullableStoredType => Nullable.GetUnderlyingType(StoredType) ?? StoredType;
}

/// <summary>The tables of an archive's model, read once per model.</summary>
internal static class RowTables
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, IReadOnlyList<RowTable>> Cache = new();

    public static IReadOnlyList<RowTable> Of(DbContext db) => Cache.GetValue(db.Model, RowTable.All);
}
