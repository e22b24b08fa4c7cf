using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Privacy;
using Referat.Archive.Search;
using Referat.Domain;
using Referat.Import;
using Referat.Import.Recognition;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Writing;

namespace Referat.Archive.Importing;

/// <summary>The result for one file: an import outcome, or the reason it failed.</summary>
public sealed record FileImportResult(string Path, ImportOutcome? Outcome, string? Failure)
{
    public bool Failed => Failure is not null;

    /// <summary>The fields of this document read with low confidence (empty for an unchanged or failed file).</summary>
    public IReadOnlyList<string> Uncertain { get; init; } = [];
}

/// <summary>
/// The one way into the archive: files (or minutes already read) are parsed by Referat.Import, stored by
/// Referat.Storage, one transaction each, and the search index beside the archive is brought up to date with what
/// changed. A file that fails is reported and the run goes on. The CLI's <c>import</c> and <c>demo</c>, the benchmarks,
/// the tests and the web host all import through it.
/// </summary>
/// <remarks>
/// <see cref="ImportFiles"/> reads and parses the next files on other cores while one document is being written, in
/// the order given: the archive comes out the same as when the files are imported one by one.
/// </remarks>
public sealed class ImportService : IDisposable
{
    public static readonly string[] Extensions = [".txt", ".md", ".pdf", ".html", ".htm"];

    /// <summary>The parser's version as recorded on each source document: the Referat.Import assembly's version.</summary>
    public static string ParserVersion { get; } =
        typeof(DocumentReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DocumentReader).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly ArchiveContext _db;
    private readonly DocumentReader _reader;
    private readonly MinutesImporter _importer;
    private readonly Func<SearchIndex>? _openIndex;
    private readonly bool _ownsDb;

    /// <param name="db">The archive (its schema current).</param>
    /// <param name="openIndex">Opens the search index to keep in step; null imports without one.</param>
    public ImportService(ArchiveContext db, Func<SearchIndex>? openIndex = null, DocumentReader? reader = null, MinutesImporter? importer = null)
    {
        _db = db;
        _openIndex = openIndex;
        _reader = reader ?? new DocumentReader();
        _importer = importer ?? new MinutesImporter(db);
        Review = new PersonalDataReview(db, openIndex: openIndex);
    }

    /// <summary>The review of personal data, which scans each document as it is stored, in its transaction.</summary>
    public PersonalDataReview Review { get; }

    /// <summary>The archive at a location with the search index beside it.</summary>
    public ImportService(ArchiveLocation location) : this(ArchiveDb.Open(location), () => ArchiveSearchIndex.Open(location)) => _ownsDb = true;

    public ArchiveContext Archive => _db;

    /// <summary>
    /// The files the arguments name: files as given; directories searched recursively for the supported extensions,
    /// in ordinal order. A path that does not exist is returned as is, so that importing it reports the failure.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else
                files.Add(path);
        }
        return files;
    }

    /// <summary>Imports the files in order and then updates the search index for the meetings that changed.</summary>
    /// <param name="progress">Called after each file with the number done and the file's result.</param>
    public IReadOnlyList<FileImportResult> ImportFiles(IReadOnlyList<string> paths, Action<int, FileImportResult>? progress = null)
    {
        var known = _db.SourceDocuments.AsNoTracking().Select(d => d.Sha256).ToHashSet(StringComparer.Ordinal);
        var results = new List<FileImportResult>(paths.Count);
        // Reading ahead: parsing is pure work on bytes, so the next files are parsed while this one is written.
        var ahead = Math.Max(1, Environment.ProcessorCount);
        var reading = new Queue<Task<Read>>();
        var next = 0;
        while (results.Count < paths.Count)
        {
            while (next < paths.Count && reading.Count < ahead)
            {
                var path = paths[next++];
                reading.Enqueue(Task.Run(() => ReadFile(path, known)));
            }
            var read = reading.Dequeue().GetAwaiter().GetResult();
            var result = Store(read);
            results.Add(result);
            progress?.Invoke(results.Count, result);
        }
        UpdateIndex(results.Where(r => r.Outcome?.Status is ImportStatus.Imported or ImportStatus.NewVersion).Select(r => r.Outcome!.MeetingId));
        return results;
    }

    /// <summary>Imports one file (and updates the index for it).</summary>
    public FileImportResult ImportFile(string path) => ImportFiles([path])[0];

    /// <summary>Stores minutes read elsewhere (the secretariat, a test) as the document <paramref name="source"/>, and indexes them.</summary>
    public ImportOutcome ImportMinutes(SourceFile source, MinutesDocument minutes)
    {
        var outcome = StoreMinutes(source, minutes);
        if (outcome.Status != ImportStatus.Unchanged)
            UpdateIndex([outcome.MeetingId]);
        return outcome;
    }

    /// <summary>Stores minutes without indexing them, inside the caller's transaction when it has one: the caller
    /// updates the index (<see cref="UpdateIndex"/>) once it has committed.</summary>
    public ImportOutcome StoreMinutes(SourceFile source, MinutesDocument minutes) => StoreAndScan(source, minutes);

    /// <summary>
    /// Writes the document and scans it for personal data in one transaction (the caller's when it has one): its
    /// findings are redacted from the moment the meeting can be seen.
    /// </summary>
    private ImportOutcome StoreAndScan(SourceFile source, MinutesDocument minutes)
    {
        using var transaction = _db.Database.CurrentTransaction is null ? _db.Database.BeginTransaction() : null;
        try
        {
            var outcome = _importer.Import(source, minutes, RenameStatements.In(minutes));
            if (outcome.Status != ImportStatus.Unchanged)
                Review.Scan(outcome.MeetingId);
            transaction?.Commit();
            return outcome;
        }
        catch
        {
            // the scan or the commit failed after the importer wrote: what it remembers of this document was rolled back
            _importer.Forget();
            throw;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Why the search index could not follow the last import (the disk full, the index damaged), or null. The archive
    /// itself is complete: <c>referat index --rebuild</c> builds the index from it again.
    /// </summary>
    public string? IndexProblem { get; private set; }

    /// <summary>
    /// Brings the search index up to date for meetings that were imported or replaced: a new index is built whole, an
    /// existing one only for what changed. Nothing happens without an index to keep. A failure of the index (not of
    /// the archive, which has committed) is kept in <see cref="IndexProblem"/>, not thrown.
    /// </summary>
    public void UpdateIndex(IEnumerable<long> meetingIds)
    {
        if (_openIndex is null)
            return;
        IndexProblem = null;
        try
        {
            var changed = meetingIds.Distinct().ToList();
            using var index = _openIndex();
            if (changed.Count == 0 && index.Count > 0)
                return;
            var archiveIndex = new ArchiveSearchIndex(_db, index);
            if (index.Count == 0)
                archiveIndex.Rebuild();
            else
                archiveIndex.Update(changed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            IndexProblem = $"{e.GetType().Name}: {e.Message}";
        }
    }

    private sealed record Read(string Path, SourceFile? Source, ParseResult? Parsed, string? Failure, bool Known);

    private Read ReadFile(string path, HashSet<string> known)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return new Read(path, null, null, "file not found", false);
            if (info.Length > DocumentReader.MaxBytes)
                return new Read(path, null, null, $"file is larger than {DocumentReader.MaxBytes / (1024 * 1024)} MB", false);
            var bytes = File.ReadAllBytes(path);
            var source = new SourceFile(info.Name, bytes, ParserVersion);
            if (known.Contains(source.Sha256))
                return new Read(path, source, null, null, true);
            var parsed = _reader.Read(path, bytes);
            return new Read(path, source with { Encoding = parsed.Encoding, Uncertain = parsed.Uncertain.Select(u => u.Describe()).ToList() }, parsed, null, false);
        }
        catch (MinutesFormatException e)
        {
            return new Read(path, null, null, e.Problem, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Read(path, null, null, e.Message, false);
        }
    }

    private FileImportResult Store(Read read)
    {
        if (read.Failure is not null || read.Source is null)
            return new FileImportResult(read.Path, null, read.Failure ?? "unreadable");
        try
        {
            if (read.Known && _importer.FindArchived(read.Source.Sha256) is { } unchanged)
                return new FileImportResult(read.Path, unchanged, null);
            var parsed = read.Parsed ?? _reader.Read(read.Path, read.Source.Bytes);
            var minutes = parsed.Minutes;
            var source = read.Parsed is null ? read.Source with { Uncertain = parsed.Uncertain.Select(u => u.Describe()).ToList() } : read.Source;
            return new FileImportResult(read.Path, Retrying(() => StoreAndScan(source, minutes)), null) { Uncertain = source.Uncertain };
        }
        catch (MinutesFormatException e)
        {
            return new FileImportResult(read.Path, null, e.Problem);
        }
        catch (ArchiveImportException e)
        {
            return new FileImportResult(read.Path, null, e.Message);
        }
        catch (Exception e) when (IsDiskFull(e))
        {
            return new FileImportResult(read.Path, null, "the disk is full: nothing of this document was written (free space and import it again)");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // I/O, the database, a bug: this file is reported as failed (its transaction was rolled back) and the
            // run goes on with the next.
            return new FileImportResult(read.Path, null, $"{e.GetType().Name}: {e.GetBaseException().Message}");
        }
    }

    /// <summary>How long to wait before each new attempt when the database is briefly away (a restart, a failover).</summary>
    public static IReadOnlyList<TimeSpan> RetryDelays { get; } =
        [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    /// <summary>
    /// Stores a document, trying again while the database is away for a moment: each attempt is its own transaction,
    /// rolled back when it fails, so nothing is ever half-written; after the last attempt the file is reported as failed
    /// and importing it again later resumes (what is archived is recognised by its bytes).
    /// </summary>
    private T Retrying<T>(Func<T> store)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return store();
            }
            catch (Exception e) when (attempt < RetryDelays.Count && IsTransient(e))
            {
                Thread.Sleep(RetryDelays[attempt]);
                _db.ChangeTracker.Clear();
                if (_db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
                    try { _db.Database.OpenConnection(); } catch (System.Data.Common.DbException) { }
            }
        }
    }

    /// <summary>No space left for the database: SQLite's SQLITE_FULL (13), PostgreSQL's disk_full (53100), or ENOSPC.</summary>
    private static bool IsDiskFull(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 }
                || inner is System.Data.Common.DbException { SqlState: "53100" }
                || inner is IOException io && (io.HResult & 0xFFFF) == 28)
                return true;
        return false;
    }

    /// <summary>A database error that says "try again": the connection lost, the server shutting down or starting.</summary>
    private static bool IsTransient(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is System.Data.Common.DbException db && (db.IsTransient || db.SqlState is { } state && (state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("08", StringComparison.Ordinal))))
                return true;
        return false;
    }

    public void Dispose()
    {
        _importer.Dispose();
        if (_ownsDb)
            _db.Dispose();
    }
}
