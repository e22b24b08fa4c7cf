using System.Reflection;
using Referat.Import;
using Referat.Storage;

namespace Referat.Archive;

/// <summary>The result for one file: an import outcome, or the reason it failed.</summary>
public sealed record FileImportResult(string Path, ImportOutcome? Outcome, string? Failure)
{
    public bool Failed => Failure is not null;
}

/// <summary>
/// Imports minutes files into the archive: each file is read and parsed (Referat.Import), then stored in one
/// transaction (Referat.Storage). A file that fails is reported and the run goes on.
/// </summary>
public sealed class ArchiveImport(ArchiveContext db, DocumentReader? reader = null, MinutesImporter? importer = null)
{
    public static readonly string[] Extensions = [".txt", ".md", ".pdf", ".html", ".htm"];

    /// <summary>The parser's version as recorded on each source document: the Referat.Import assembly's version.</summary>
    public static string ParserVersion { get; } =
        typeof(DocumentReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DocumentReader).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly DocumentReader _reader = reader ?? new DocumentReader();
    private readonly MinutesImporter _importer = importer ?? new MinutesImporter(db);

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
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else
                files.Add(path);
        }
        return files;
    }

    public FileImportResult ImportFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return new FileImportResult(path, null, "file not found");
            if (info.Length > DocumentReader.MaxBytes)
                return new FileImportResult(path, null, $"file is larger than {DocumentReader.MaxBytes / (1024 * 1024)} MB");
            var bytes = File.ReadAllBytes(path);
            if (_importer.FindArchived(new SourceFile(info.Name, bytes, ParserVersion).Sha256) is { } unchanged)
                return new FileImportResult(path, unchanged, null);
            var parsed = _reader.Read(path, bytes);
            var source = new SourceFile(info.Name, bytes, ParserVersion, parsed.Encoding);
            return new FileImportResult(path, _importer.Import(source, parsed.Minutes), null);
        }
        catch (MinutesFormatException e)
        {
            return new FileImportResult(path, null, e.Problem);
        }
        catch (ArchiveImportException e)
        {
            return new FileImportResult(path, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // I/O, the database, a bug: this file is reported as failed (its transaction was rolled back) and the
            // run goes on with the next.
            return new FileImportResult(path, null, $"{e.GetType().Name}: {e.GetBaseException().Message}");
        }
    }
}
