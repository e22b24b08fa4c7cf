using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Referat.Storage.Privacy;
using Referat.Storage.Upgrades;

namespace Referat.Storage;

public enum ArchiveProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Where the archive is: the provider, the connection string and a form that is safe to print.</summary>
public sealed record ArchiveLocation(ArchiveProvider Provider, string ConnectionString, string Display);

/// <summary>
/// Opens the archive. The database is chosen by, in order: the <c>--db</c> value, the environment variable
/// <c>REFERAT_DB</c>, the embedded default <c>.referat/archive.db</c> under the current directory. A plain path is
/// a SQLite file; <c>Data Source=…</c> is a SQLite connection string; <c>Host=…</c> is PostgreSQL.
/// </summary>
public static class ArchiveDb
{
    public const string EnvironmentVariable = "REFERAT_DB";
    public const string DefaultPath = ".referat/archive.db";

    public static ArchiveLocation Resolve(string? dbArgument, string? environmentValue = null, string? currentDirectory = null)
    {
        var value = !string.IsNullOrWhiteSpace(dbArgument) ? dbArgument.Trim()
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue.Trim()
            : Path.Combine(currentDirectory ?? Directory.GetCurrentDirectory(), DefaultPath);

        if (StartsWithKey(value, "Host"))
        {
            var display = string.Join(';', value.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Where(part => !StartsWithKey(part.Trim(), "Password")));
            return new ArchiveLocation(ArchiveProvider.PostgreSql, value, $"PostgreSQL {display}");
        }
        if (StartsWithKey(value, "Data Source") || StartsWithKey(value, "DataSource") || StartsWithKey(value, "Filename"))
        {
            var builder = new SqliteConnectionStringBuilder(value);
            if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
                builder.DataSource = Path.GetFullPath(builder.DataSource, currentDirectory ?? Directory.GetCurrentDirectory());
            return new ArchiveLocation(ArchiveProvider.Sqlite, builder.ToString(), $"SQLite {builder.DataSource}");
        }
        var path = Path.GetFullPath(value, currentDirectory ?? Directory.GetCurrentDirectory());
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        return new ArchiveLocation(ArchiveProvider.Sqlite, connection, $"SQLite {path}");
    }

    /// <summary>Resolves the location (reading <c>REFERAT_DB</c>), opens it and creates the schema when missing.</summary>
    public static ArchiveContext Open(string? dbArgument) =>
        Open(Resolve(dbArgument, Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary>Opens the archive and brings its schema up to date with the provider's migrations.</summary>
    public static ArchiveContext Open(ArchiveLocation location)
    {
        var context = Connect(location);
        try
        {
            ArchiveMigrations.Apply(context);
        }
        catch
        {
            context.Dispose();
            throw;
        }
        return context;
    }

    /// <summary>A context on the archive without touching its schema (the schema is known to be current).</summary>
    public static ArchiveContext Connect(ArchiveLocation location, bool tracking = true)
    {
        var behaviour = tracking ? QueryTrackingBehavior.TrackAll : QueryTrackingBehavior.NoTracking;
        if (location.Provider == ArchiveProvider.PostgreSql)
            return PostgreSql(options => options.UseNpgsql(location.ConnectionString), behaviour);
        var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
        if (file != ":memory:" && Path.GetDirectoryName(file) is { Length: > 0 } directory)
            Directory.CreateDirectory(directory);
        return Sqlite(options => options.UseSqlite(location.ConnectionString), behaviour);
    }

    // Every context has the redacting interceptor; it acts only on a public view (ArchiveContext.PublicRedactions set).
    private static ArchiveContext PostgreSql(Action<DbContextOptionsBuilder> use, QueryTrackingBehavior tracking)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlArchiveContext>();
        use(options);
        return new PostgreSqlArchiveContext(options.UseQueryTrackingBehavior(tracking).AddInterceptors(RedactingCommands.Instance).Options);
    }

    private static ArchiveContext Sqlite(Action<DbContextOptionsBuilder> use, QueryTrackingBehavior tracking)
    {
        var options = new DbContextOptionsBuilder<SqliteArchiveContext>();
        use(options);
        return new SqliteArchiveContext(options.UseQueryTrackingBehavior(tracking).AddInterceptors(SqliteSettings.Instance, RedactingCommands.Instance).Options);
    }

    /// <summary>
    /// A read-only, non-tracking context that reads the archive as the public may see it: the values of personal data
    /// under review or redacted are replaced in every row, and the files that hold them are left out
    /// (<see cref="PublicRedactions"/>). Every public output reads through one.
    /// </summary>
    public static ArchiveContext OpenPublic(ArchiveLocation location) => Public(Connect(location, tracking: false));

    /// <summary>A public view on the same connection (and transaction) as <paramref name="db"/>.</summary>
    public static ArchiveContext PublicView(ArchiveContext db)
    {
        var connection = db.Database.GetDbConnection();
        var view = db.Database.IsNpgsql()
            ? PostgreSql(options => options.UseNpgsql(connection), QueryTrackingBehavior.NoTracking)
            : Sqlite(options => options.UseSqlite(connection), QueryTrackingBehavior.NoTracking);
        if (db.Database.CurrentTransaction is { } transaction)
            view.Database.UseTransaction(transaction.GetDbTransaction());
        return Public(view);
    }

    private static ArchiveContext Public(ArchiveContext view)
    {
        try
        {
            view.PublicRedactions = PublicRedactions.Load(view);
            return view;
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    private static bool StartsWithKey(string value, string key) =>
        value.StartsWith(key, StringComparison.OrdinalIgnoreCase)
        && value[key.Length..].TrimStart() is [ '=', .. ];
}

/// <summary>
/// Every SQLite connection of the archive: write-ahead logging (readers never wait for the writer, and a commit needs no
/// sync of the whole file) with synchronous=NORMAL, the documented safe pairing: a crash loses nothing committed, a
/// power cut at most the last commits, never consistency.
/// </summary>
internal sealed class SqliteSettings : DbConnectionInterceptor
{
    public static readonly SqliteSettings Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
        command.ExecuteNonQuery();
    }
}
