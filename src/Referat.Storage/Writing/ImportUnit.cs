using Referat.Storage.Rows;

namespace Referat.Storage.Writing;

/// <summary>
/// The rows one document adds and the existing rows it changes, written together inside its transaction by
/// <see cref="Flush"/>: ids for the new rows, foreign keys from the navigations, inserts in dependency order, updates.
/// New rows need no ids or foreign key values until then; code that builds them links them by navigation.
/// </summary>
public sealed class ImportUnit
{
    private readonly List<object> _added = [];
    private readonly HashSet<object> _changed = new(ReferenceEqualityComparer.Instance);

    /// <summary>A new row (one without an id yet), to be inserted; added once.</summary>
    public T Add<T>(T row) where T : class
    {
        _added.Add(row);
        return row;
    }

    /// <summary>An existing row whose columns changed, to be updated (a new row needs no telling).</summary>
    public void Touch(IRow row)
    {
        if (row.Id != 0)
            _changed.Add(row);
    }

    /// <summary>Whether the row is new: it gets its id when the unit is written.</summary>
    public static bool IsNew(IRow row) => row.Id == 0;

    public IEnumerable<object> Added => _added;

    internal void Flush(RowWriter writer, IReadOnlyList<RowTable> tables)
    {
        var byType = tables.ToDictionary(t => t.EntityType.ClrType);
        var added = tables.Select(t => (Table: t, Rows: new List<object>())).ToList();
        var index = added.ToDictionary(a => a.Table);
        foreach (var row in _added)
            index[Table(byType, row)].Rows.Add(row);
        writer.AssignIds(added);
        foreach (var (table, rows) in added)
            foreach (var row in rows)
                FillReferences(table, row);
        foreach (var (table, rows) in added)
            writer.Insert(table, rows);
        foreach (var group in _changed.GroupBy(row => Table(byType, row)))
        {
            var rows = group.ToList();
            foreach (var row in rows)
                FillReferences(group.Key, row);
            writer.Update(group.Key, rows);
        }
    }

    private static RowTable Table(Dictionary<Type, RowTable> tables, object row) =>
        tables.TryGetValue(row.GetType(), out var table) ? table : throw new InvalidOperationException($"{row.GetType().Name} is not a table of the archive");

    /// <summary>Every foreign key whose navigation is set takes the principal's id.</summary>
    private static void FillReferences(RowTable table, object row)
    {
        foreach (var (id, principal, principalTable) in table.References)
            if (principal(row) is { } target && principalTable is not null)
                id.Set(row, principalTable.IdOf(target));
    }
}
