using System.Collections;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Referat.Storage.Privacy;

/// <summary>Wraps each answer a public view reads in a <see cref="RedactingReader"/>.</summary>
internal sealed class RedactingCommands : DbCommandInterceptor
{
    public static readonly RedactingCommands Instance = new();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Wrap(eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Wrap(eventData, result));

    private static DbDataReader Wrap(CommandExecutedEventData eventData, DbDataReader result) =>
        eventData.Context is ArchiveContext { PublicRedactions: { IsEmpty: false } redactions } ? new RedactingReader(result, redactions) : result;
}

/// <summary>
/// A data reader that gives every text with the values under review replaced (<see cref="Domain.Redactor"/>) and
/// withheld bytes as missing (NULL, or empty where the column cannot be NULL). Everything else is the inner reader's.
/// </summary>
internal sealed class RedactingReader(DbDataReader inner, PublicRedactions redactions) : DbDataReader
{
    // EF asks IsDBNull before it reads a nullable blob: the row's answer is kept, so a file is hashed once, not twice
    private (int Ordinal, bool Withheld)? _checked;

    private string Text(string value) => redactions.Redactor.Redact(value);

    private bool IsWithheldBytes(int ordinal)
    {
        if (_checked is { } known && known.Ordinal == ordinal)
            return known.Withheld;
        var withheld = inner.GetFieldType(ordinal) == typeof(byte[]) && !inner.IsDBNull(ordinal) && redactions.Withholds(inner.GetFieldValue<byte[]>(ordinal));
        _checked = (ordinal, withheld);
        return withheld;
    }

    private object Value(object value) => value switch
    {
        string s => Text(s),
        byte[] b when redactions.Withholds(b) => DBNull.Value,
        _ => value,
    };

    public override string GetString(int ordinal) => Text(inner.GetString(ordinal));

    public override object GetValue(int ordinal) => Value(inner.GetValue(ordinal));

    public override int GetValues(object[] values)
    {
        var count = inner.GetValues(values);
        for (var i = 0; i < count; i++)
            values[i] = Value(values[i]);
        return count;
    }

    public override T GetFieldValue<T>(int ordinal)
    {
        if (typeof(T) == typeof(string))
            return (T)(object)Text(inner.GetFieldValue<string>(ordinal));
        if (typeof(T) == typeof(byte[]) && IsWithheldBytes(ordinal))
            return (T)(object)Array.Empty<byte>();
        return inner.GetFieldValue<T>(ordinal);
    }

    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => Task.FromResult(GetFieldValue<T>(ordinal));

    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal) || IsWithheldBytes(ordinal);

    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => Task.FromResult(IsDBNull(ordinal));

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        IsWithheldBytes(ordinal) ? 0 : inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override Stream GetStream(int ordinal) => IsWithheldBytes(ordinal) ? new MemoryStream([]) : inner.GetStream(ordinal);

    public override TextReader GetTextReader(int ordinal) => new StringReader(GetString(ordinal));

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
            return text.Length;
        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(inner.GetOrdinal(name));
    public override int Depth => inner.Depth;
    public override int FieldCount => inner.FieldCount;
    public override bool HasRows => inner.HasRows;
    public override bool IsClosed => inner.IsClosed;
    public override int RecordsAffected => inner.RecordsAffected;
    public override int VisibleFieldCount => inner.VisibleFieldCount;
    public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);
    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
    public override char GetChar(int ordinal) => inner.GetChar(ordinal);
    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
    public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);
    public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);
    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
    public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);
    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
    public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);
    public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);
    public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);
    public override string GetName(int ordinal) => inner.GetName(ordinal);
    public override int GetOrdinal(string name) => inner.GetOrdinal(name);
    public override DataTable? GetSchemaTable() => inner.GetSchemaTable();
    public override bool NextResult()
    {
        _checked = null;
        return inner.NextResult();
    }

    public override Task<bool> NextResultAsync(CancellationToken cancellationToken)
    {
        _checked = null;
        return inner.NextResultAsync(cancellationToken);
    }

    public override bool Read()
    {
        _checked = null;
        return inner.Read();
    }

    public override Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        _checked = null;
        return inner.ReadAsync(cancellationToken);
    }
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);
    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}
