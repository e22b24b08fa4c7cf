using Microsoft.EntityFrameworkCore;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>A SQLite archive in a temporary directory, deleted afterwards.</summary>
public sealed class TestArchive : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "referat-archive-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Directory, "archive.db");
    public ArchiveContext Db { get; }

    public TestArchive()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Db = ArchiveDb.Open(ArchiveDb.Resolve(DatabasePath));
    }

    public ArchiveImport Importer() => new(Db);

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
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

public static class Seeds
{
    /// <summary>../shared/seeds beside the checkout: found by walking up to the folder that holds Referat.sln.</summary>
    public static string Directory { get; } = Find();

    public static IReadOnlyList<string> Files => ArchiveImport.ExpandPaths([Directory]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        throw new InvalidOperationException("Referat.sln not found above " + AppContext.BaseDirectory);
    }
}
