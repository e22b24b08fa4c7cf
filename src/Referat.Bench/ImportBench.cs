using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Importing;
using Referat.Import;
using Referat.Storage;
using Referat.Storage.Writing;

namespace Referat.Bench;

/// <summary>Documents [From, To) of a pass and how long they took: throughput per 1,000 documents shows degradation.</summary>
public sealed record ImportChunk(int From, int To, double Seconds)
{
    public double DocumentsPerSecond => (To - From) / Math.Max(Seconds, 1e-9);
}

/// <summary>One pass over the whole corpus: what happened to the documents, how long it took, what it allocated.</summary>
public sealed record ImportPass(int Documents, int Imported, int Unchanged, int NewVersion, int Failed, double Seconds,
    long AllocatedBytes, IReadOnlyList<ImportChunk> Chunks, IReadOnlyList<string> Failures)
{
    public double DocumentsPerSecond => Documents / Math.Max(Seconds, 1e-9);
}

/// <summary>Reading and parsing the same documents without storing them, on one thread: the import's baseline.</summary>
public sealed record ParsePass(int Documents, int Failed, double Seconds)
{
    public double DocumentsPerSecond => Documents / Math.Max(Seconds, 1e-9);
}

public sealed record ImportReport(
    string Provider,
    string Archive,
    int Documents,
    long CorpusBytes,
    bool CorpusReused,
    ParsePass ParseOnly,
    ImportPass First,
    ImportPass Again,
    long ArchiveBytes,
    int Meetings,
    int SourceDocuments,
    long PeakWorkingSetBytes,
    long TotalAllocatedBytes,
    MachineInfo Machine,
    string? LoadAverageAfter)
{
    public double BytesPer1000Meetings => Meetings == 0 ? double.NaN : ArchiveBytes * 1000.0 / Meetings;

    /// <summary>How many times faster the unchanged path (same bytes again) is than the first import.</summary>
    public double UnchangedSpeedup => Again.DocumentsPerSecond / Math.Max(First.DocumentsPerSecond, 1e-9);

    /// <summary>The first import's throughput as a share of parsing alone (1 = storing costs nothing).</summary>
    public double ImportToParseRatio => First.DocumentsPerSecond / Math.Max(ParseOnly.DocumentsPerSecond, 1e-9);
}

/// <summary>The archive holds data and --force was not given: a benchmark measures a fresh archive only.</summary>
public sealed class ArchiveNotEmptyException(string message) : Exception(message);

/// <summary>
/// Parses a bench corpus without storing it (the baseline), imports it into a fresh archive through the import service
/// (as <c>referat import</c> does: read and parse ahead, store one transaction each), then imports it all again to
/// measure the unchanged path. Reports throughput overall and per chunk, the ratio to parsing, the archive's size, and
/// memory.
/// </summary>
public static class ImportBench
{
    /// <summary>
    /// Makes sure the archive is empty: creates its schema if missing; refuses an archive that holds documents or
    /// meetings, unless <paramref name="force"/>, which deletes it first (the SQLite file, or the PostgreSQL database).
    /// </summary>
    public static void Prepare(ArchiveLocation location, bool force)
    {
        using (var context = ArchiveDb.Open(location))
        {
            if (!context.SourceDocuments.Any() && !context.Meetings.Any())
                return;
            if (!force)
                throw new ArchiveNotEmptyException($"the archive {location.Display} is not empty; a benchmark needs a fresh archive (--force deletes it first)");
            if (location.Provider == ArchiveProvider.PostgreSql)
                context.Database.EnsureDeleted();
        }
        if (location.Provider == ArchiveProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in SqliteFiles(location))
                File.Delete(file);
        }
        ArchiveDb.Open(location).Dispose();
    }

    public static ImportReport Run(BenchCorpus corpus, ArchiveLocation location, bool force = false, int chunkSize = 1000,
        Action<string, int, int>? progress = null)
    {
        var machine = MachineInfo.Now();
        Prepare(location, force);
        var files = corpus.Entries.Select(corpus.PathOf).ToList();
        var corpusBytes = files.Sum(f => new FileInfo(f).Length);
        var parseOnly = Parse(files, progress);
        var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

        long archiveBytes;
        int meetings, sources;
        ImportPass first;
        using (var context = ArchiveDb.Open(location))
        {
            first = Pass("Import", context, files, chunkSize, progress);
            meetings = context.Meetings.Count();
            sources = context.SourceDocuments.Count();
            archiveBytes = location.Provider == ArchiveProvider.PostgreSql ? PostgreSqlSize(context) : 0;
        }
        if (location.Provider == ArchiveProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            archiveBytes = SqliteFiles(location).Sum(f => new FileInfo(f).Length);
        }

        ImportPass again;
        using (var context = ArchiveDb.Open(location))
            again = Pass("Import again (unchanged)", context, files, chunkSize, progress);
        if (location.Provider == ArchiveProvider.Sqlite)
            SqliteConnection.ClearAllPools();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ImportReport(location.Provider.ToString(), location.Display, files.Count, corpusBytes, corpus.Reused, parseOnly, first, again,
            archiveBytes, meetings, sources, process.PeakWorkingSet64, GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart,
            machine, MachineInfo.LoadAverageNow());
    }

    private static ParsePass Parse(IReadOnlyList<string> files, Action<string, int, int>? progress)
    {
        var reader = new DocumentReader();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                reader.Read(files[i], File.ReadAllBytes(files[i]));
            }
            catch (MinutesFormatException)
            {
                failed++;
            }
            progress?.Invoke("Parse only", i + 1, files.Count);
        }
        return new ParsePass(files.Count, failed, clock.Elapsed.TotalSeconds);
    }

    private static ImportPass Pass(string name, ArchiveContext context, IReadOnlyList<string> files, int chunkSize, Action<string, int, int>? progress)
    {
        chunkSize = Math.Max(1, chunkSize);
        using var import = new ImportService(context);
        int imported = 0, unchanged = 0, newVersion = 0, failed = 0;
        var failures = new List<string>();
        var chunks = new List<ImportChunk>();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var chunkStart = TimeSpan.Zero;
        import.ImportFiles(files, (done, result) =>
        {
            switch (result.Outcome?.Status)
            {
                case ImportStatus.Imported: imported++; break;
                case ImportStatus.Unchanged: unchanged++; break;
                case ImportStatus.NewVersion: newVersion++; break;
                default:
                    failed++;
                    if (failures.Count < 20)
                        failures.Add($"{Path.GetFileName(result.Path)}: {result.Failure}");
                    break;
            }
            if (done % chunkSize == 0 || done == files.Count)
            {
                var now = clock.Elapsed;
                chunks.Add(new ImportChunk(done - ((done - 1) % chunkSize + 1), done, (now - chunkStart).TotalSeconds));
                chunkStart = now;
            }
            progress?.Invoke(name, done, files.Count);
        });
        clock.Stop();
        return new ImportPass(files.Count, imported, unchanged, newVersion, failed, clock.Elapsed.TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, chunks, failures);
    }

    /// <summary>The SQLite database file and whichever of its journal, WAL and shared-memory files exist.</summary>
    private static IEnumerable<string> SqliteFiles(ArchiveLocation location)
    {
        var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
        if (file == ":memory:")
            yield break;
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
            if (File.Exists(file + suffix))
                yield return file + suffix;
    }

    private static long PostgreSqlSize(ArchiveContext context)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_database_size(current_database())";
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
