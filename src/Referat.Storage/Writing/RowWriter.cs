using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Referat.Storage.Writing;

/// <summary>
/// Writes rows in bulk inside the current transaction of an archive context: ids for new rows, inserts, updates. One
/// implementation per provider: SQLite runs prepared statements in process (there are no round trips to save), and
/// PostgreSQL gets its ids in one query and its rows through binary COPY, one per table.
/// </summary>
internal abstract class RowWriter(ArchiveContext db) : IDisposable
{
    protected ArchiveContext Db => db;
    protected DbConnection Connection => db.Database.GetDbConnection();
    protected DbTransaction Transaction => db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("rows are written inside a transaction");

    public static RowWriter For(ArchiveContext db) =>
        db.Database.IsNpgsql() ? new PostgreSqlRowWriter(db) : new SqliteRowWriter(db);

    /// <summary>Gives every row an id of its table's key space (the rows have none yet).</summary>
    public abstract void AssignIds(IReadOnlyList<(RowTable Table, List<object> Rows)> tables);

    /// <summary>
    /// Forgets what the writer knows of the tables' ids: someone else may have written (the importer calls this when
    /// the archive's stamp changed) or the last document failed.
    /// </summary>
    public virtual void Forget()
    {
    }

    public abstract void Insert(RowTable table, IReadOnlyList<object> rows);

    /// <summary>Writes every column of rows that exist already, by id.</summary>
    public abstract void Update(RowTable table, IReadOnlyList<object> rows);

    public virtual void Dispose()
    {
    }

    protected static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}

/// <remarks>
/// Rows go through SQLite's own statement API (SQLitePCL.raw, on the connection's handle and inside its transaction):
/// prepared once per table, bound by position, stepped, reset. Values are stored as Microsoft.Data.Sqlite stores them
/// (its documented type mapping: booleans and integers as INTEGER, dates and times as ISO text), so that EF reads them
/// back as its own.
/// </remarks>
internal sealed class SqliteRowWriter(ArchiveContext db) : RowWriter(db)
{
    private readonly Dictionary<(RowTable, bool Update), (sqlite3_stmt Statement, Func<sqlite3_stmt, object, int>[] Binders)> _statements = [];

    /// <summary>The last id handed out per table, while nobody else writes.</summary>
    private readonly Dictionary<RowTable, long> _last = [];

    private sqlite3 Handle => ((SqliteConnection)Connection).Handle ?? throw new InvalidOperationException("the archive's connection is not open");

    public override void Forget() => _last.Clear();

    public override void AssignIds(IReadOnlyList<(RowTable Table, List<object> Rows)> tables)
    {
        // Inside the write transaction (BEGIN IMMEDIATE) nobody else writes: the next id is the highest used, or the
        // highest ever handed out by AUTOINCREMENT, plus one. Read once; then counted here until Forget.
        foreach (var (table, rows) in tables)
        {
            if (rows.Count == 0)
                continue;
            if (!_last.TryGetValue(table, out var last))
            {
                using var command = Connection.CreateCommand();
                command.Transaction = Transaction;
                command.CommandText = $"SELECT MAX(COALESCE((SELECT MAX({Quote(table.Key.Name)}) FROM {Quote(table.Name)}), 0), " +
                    $"COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table.Name}'), 0))";
                last = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            foreach (var row in rows)
                table.SetId(row, ++last);
            _last[table] = last;
        }
    }

    public override void Insert(RowTable table, IReadOnlyList<object> rows) =>
        Execute(table, update: false, rows, table.Columns, () =>
            $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})");

    public override void Update(RowTable table, IReadOnlyList<object> rows) =>
        Execute(table, update: true, rows, [.. table.Columns.Skip(1), table.Key], () =>
            $"UPDATE {Quote(table.Name)} SET {string.Join(", ", table.Columns.Skip(1).Select(c => $"{Quote(c.Name)} = ?"))} " +
            $"WHERE {Quote(table.Key.Name)} = ?");

    private void Execute(RowTable table, bool update, IReadOnlyList<object> rows, IReadOnlyList<RowColumn> columns, Func<string> sql)
    {
        if (rows.Count == 0)
            return;
        _ = Transaction;
        var handle = Handle;
        if (!_statements.TryGetValue((table, update), out var prepared))
        {
            Check(handle, raw.sqlite3_prepare_v2(handle, sql(), out var created));
            prepared = _statements[(table, update)] = (created, columns.Select((c, i) => Binder(c, i + 1)).ToArray());
        }
        var (statement, binders) = prepared;
        foreach (var row in rows)
        {
            for (var i = 0; i < binders.Length; i++)
                Check(handle, binders[i](statement, row));
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
                Check(handle, rc);
        }
    }

    /// <summary>
    /// Binds a column's stored value off a row without boxing: the row's property, converted where the model says so,
    /// bound by the overload of <see cref="SqliteValues"/> for its stored type (null as NULL).
    /// </summary>
    private static Func<sqlite3_stmt, object, int> Binder(RowColumn column, int index)
    {
        var (row, value, type) = column.Stored;
        var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var bind = typeof(SqliteValues).GetMethod(nameof(SqliteValues.Bind), [typeof(sqlite3_stmt), typeof(int), plain])
            ?? throw new NotSupportedException($"no SQLite storage for {plain.Name} ({column.Name})");
        var bindNull = Expression.Call(typeof(raw).GetMethod(nameof(raw.sqlite3_bind_null))!, statement, Expression.Constant(index));
        var local = Expression.Variable(type, "value");
        Expression body = Nullable.GetUnderlyingType(type) is not null
            ? Expression.Condition(Expression.Property(local, "HasValue"),
                Expression.Call(bind, statement, Expression.Constant(index), Expression.Property(local, "Value")), bindNull)
            : !type.IsValueType
                ? Expression.Condition(Expression.Equal(local, Expression.Constant(null, type)), bindNull,
                    Expression.Call(bind, statement, Expression.Constant(index), local))
                : Expression.Call(bind, statement, Expression.Constant(index), local);
        return Expression.Lambda<Func<sqlite3_stmt, object, int>>(
            Expression.Block([local], Expression.Assign(local, value), body), statement, row).Compile();
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
    }

    public override void Dispose()
    {
        foreach (var (statement, _) in _statements.Values)
            statement.Dispose();
        _statements.Clear();
    }
}

/// <summary>Values bound as Microsoft.Data.Sqlite binds them (its documented mapping), so that EF reads them back as its own.</summary>
internal static class SqliteValues
{
    public static int Bind(sqlite3_stmt statement, int index, string value) => raw.sqlite3_bind_text(statement, index, value);
    public static int Bind(sqlite3_stmt statement, int index, long value) => raw.sqlite3_bind_int64(statement, index, value);
    public static int Bind(sqlite3_stmt statement, int index, int value) => raw.sqlite3_bind_int64(statement, index, value);
    public static int Bind(sqlite3_stmt statement, int index, bool value) => raw.sqlite3_bind_int64(statement, index, value ? 1 : 0);
    public static int Bind(sqlite3_stmt statement, int index, double value) => raw.sqlite3_bind_double(statement, index, value);
    public static int Bind(sqlite3_stmt statement, int index, byte[] value) => raw.sqlite3_bind_blob(statement, index, value);

    public static int Bind(sqlite3_stmt statement, int index, DateTime value) =>
        raw.sqlite3_bind_text(statement, index, value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));

    public static int Bind(sqlite3_stmt statement, int index, DateOnly value) =>
        raw.sqlite3_bind_text(statement, index, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static int Bind(sqlite3_stmt statement, int index, TimeOnly value) =>
        raw.sqlite3_bind_text(statement, index, value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.fffffff", CultureInfo.InvariantCulture));

    public static int Bind(sqlite3_stmt statement, int index, decimal value) =>
        raw.sqlite3_bind_text(statement, index, value.ToString("0.0###########################", CultureInfo.InvariantCulture));
}

internal sealed class PostgreSqlRowWriter(ArchiveContext db) : RowWriter(db)
{
    private readonly Dictionary<RowTable, string> _sequences = [];

    private new NpgsqlConnection Connection => (NpgsqlConnection)base.Connection;

    public override void AssignIds(IReadOnlyList<(RowTable Table, List<object> Rows)> tables)
    {
        var wanted = tables.Where(t => t.Rows.Count > 0).ToList();
        if (wanted.Count == 0)
            return;
        // One round trip: every table's ids from its identity sequence, so that other writers never collide with them.
        using var command = new NpgsqlCommand { Connection = Connection, Transaction = (NpgsqlTransaction)Transaction };
        command.CommandText = string.Join(" UNION ALL ", wanted.Select((t, i) =>
            $"(SELECT {i} AS t, nextval('{Sequence(t.Table)}') AS id FROM generate_series(1, {t.Rows.Count}))")) + " ORDER BY t, id";
        var ids = wanted.Select(_ => new List<long>()).ToArray();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                ids[reader.GetInt32(0)].Add(reader.GetInt64(1));
        for (var i = 0; i < wanted.Count; i++)
            for (var r = 0; r < wanted[i].Rows.Count; r++)
                wanted[i].Table.SetId(wanted[i].Rows[r], ids[i][r]);
    }

    private string Sequence(RowTable table)
    {
        if (_sequences.TryGetValue(table, out var name))
            return name;
        using var command = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", Connection, (NpgsqlTransaction)Transaction);
        command.Parameters.AddWithValue("table", Quote(table.Name));
        command.Parameters.AddWithValue("column", table.Key.Name);
        name = command.ExecuteScalar() as string ?? throw new InvalidOperationException($"{table.Name} has no identity sequence");
        return _sequences[table] = name;
    }

    public override void Insert(RowTable table, IReadOnlyList<object> rows)
    {
        if (rows.Count == 0)
            return;
        using var importer = Connection.BeginBinaryImport(
            $"COPY {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)");
        var writers = table.Columns.Select(ColumnWriter).ToList();
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < writers.Count; i++)
            {
                if (table.Columns[i].StoredValue(row) is { } value)
                    writers[i](importer, value);
                else
                    importer.WriteNull();
            }
        }
        importer.Complete();
    }

    public override void Update(RowTable table, IReadOnlyList<object> rows)
    {
        if (rows.Count == 0)
            return;
        using var batch = new NpgsqlBatch(Connection, (NpgsqlTransaction)Transaction);
        var sql = $"UPDATE {Quote(table.Name)} SET {string.Join(", ", table.Columns.Skip(1).Select((c, i) => $"{Quote(c.Name)} = ${i + 1}"))} " +
            $"WHERE {Quote(table.Key.Name)} = ${table.Columns.Count}";
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var column in table.Columns.Skip(1).Append(table.Key))
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = DbType(column.NullableStoredType), Value = column.StoredValue(row) ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
    }

    private static readonly Dictionary<Type, Action<NpgsqlBinaryImporter, object>> Writers = [];

    private static Action<NpgsqlBinaryImporter, object> ColumnWriter(RowColumn column)
    {
        var type = column.NullableStoredType;
        lock (Writers)
        {
            if (!Writers.TryGetValue(type, out var writer))
            {
                var method = typeof(PostgreSqlRowWriter).GetMethod(nameof(WriteTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type);
                var dbType = DbType(type);
                var typed = (Action<NpgsqlBinaryImporter, object, NpgsqlDbType>)method.CreateDelegate(typeof(Action<NpgsqlBinaryImporter, object, NpgsqlDbType>));
                Writers[type] = writer = (importer, value) => typed(importer, value, dbType);
            }
            return writer;
        }
    }

    private static void WriteTyped<T>(NpgsqlBinaryImporter importer, object value, NpgsqlDbType type) => importer.Write((T)value, type);

    private static NpgsqlDbType DbType(Type type) => type switch
    {
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(byte[]) => NpgsqlDbType.Bytea,
        _ when type == typeof(DateTime) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(TimeOnly) => NpgsqlDbType.Time,
        _ when type == typeof(double) => NpgsqlDbType.Double,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ => throw new NotSupportedException($"no PostgreSQL type for {type.Name}"),
    };
}
