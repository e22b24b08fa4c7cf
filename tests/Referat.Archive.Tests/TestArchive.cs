using Microsoft.EntityFrameworkCore;
using Npgsql;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>
/// An empty archive for one test: a SQLite file in a temporary directory, or a new, uniquely named database on the
/// PostgreSQL server the test command starts (<see cref="PostgresVariable"/>). Deleted afterwards.
/// </summary>
public sealed class TestArchive : IDisposable
{
    /// <summary>The admin connection string of the throwaway PostgreSQL server that <c>./test</c> starts.</summary>
    public const string PostgresVariable = "REFERAT_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;

    public ArchiveProvider Provider { get; }

    /// <summary>A temporary directory for the test's files (and the SQLite database).</summary>
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "referat-archive-tests", Guid.NewGuid().ToString("N"));
    public ArchiveLocation Location { get; }
    public ArchiveContext Db { get; }

    /// <param name="migrate">False leaves the (new) database without a schema, for a test that builds its own.</param>
    public TestArchive(ArchiveProvider provider = ArchiveProvider.Sqlite, bool migrate = true)
    {
        Provider = provider;
        System.IO.Directory.CreateDirectory(Directory);
        if (provider == ArchiveProvider.PostgreSql)
        {
            _postgresAdmin = PostgresAdmin();
            _postgresDatabase = "referat_test_" + Guid.NewGuid().ToString("N");
            Execute(_postgresAdmin, $"CREATE DATABASE \"{_postgresDatabase}\"");
            var builder = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresDatabase };
            Location = ArchiveDb.Resolve(builder.ConnectionString);
        }
        else
            Location = ArchiveDb.Resolve(Path.Combine(Directory, "archive.db"));
        Db = migrate ? ArchiveDb.Open(Location) : ArchiveDb.Connect(Location);
    }

    /// <summary>The connection string the CLI's <c>--db</c> takes for this archive.</summary>
    public string DbArgument => Location.ConnectionString;

    /// <summary>Opens the same archive again with a fresh context.</summary>
    public ArchiveContext Open() => ArchiveDb.Open(Location);

    public ImportService Importer() => new(Db);

    /// <summary>The number of rows in every table, by table name.</summary>
    public IReadOnlyDictionary<string, long> RowCounts()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var connection = Db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            connection.Open();
        foreach (var table in Db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct())
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(command.ExecuteScalar());
        }
        return counts;
    }

    public void Dispose()
    {
        Db.Dispose();
        if (_postgresAdmin is not null)
            Execute(_postgresAdmin, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// The server's admin connection string. Without it the PostgreSQL tests fail: they are part of the suite, and a
    /// suite that passes without running them would say something untrue.
    /// </summary>
    private static string PostgresAdmin() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value
        : throw new InvalidOperationException(
            $"{PostgresVariable} is not set, so there is no PostgreSQL server to test against. Run ./test (it starts a throwaway " +
            $"server and sets {PostgresVariable}), or set it yourself to an admin connection string such as " +
            "\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\" (each test creates and drops its own database).");

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

public static class Seeds
{
    /// <summary>../shared/seeds beside the checkout: found by walking up to the folder that holds Referat.sln.</summary>
    public static string Directory { get; } = Find();

    public static IReadOnlyList<string> Files => ImportService.ExpandPaths([Directory]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        throw new InvalidOperationException("Referat.sln not found above " + AppContext.BaseDirectory);
    }
}
