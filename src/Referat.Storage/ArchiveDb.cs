using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
        ArchiveContext context;
        switch (location.Provider)
        {
            case ArchiveProvider.PostgreSql:
                context = new PostgreSqlArchiveContext(new DbContextOptionsBuilder<PostgreSqlArchiveContext>()
                    .UseNpgsql(location.ConnectionString).Options);
                break;
            default:
                var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
                if (file != ":memory:" && Path.GetDirectoryName(file) is { Length: > 0 } directory)
                    Directory.CreateDirectory(directory);
                context = new SqliteArchiveContext(new DbContextOptionsBuilder<SqliteArchiveContext>()
                    .UseSqlite(location.ConnectionString).Options);
                break;
        }
        try
        {
            context.Database.Migrate();
        }
        catch
        {
            context.Dispose();
            throw;
        }
        return context;
    }

    private static bool StartsWithKey(string value, string key) =>
        value.StartsWith(key, StringComparison.OrdinalIgnoreCase)
        && value[key.Length..].TrimStart() is [ '=', .. ];
}
