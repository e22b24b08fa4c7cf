using Referat.Storage;

namespace Referat.Archive.Export;

/// <summary>
/// One way of writing the whole archive as files, chosen by <see cref="Name"/> (<c>referat export --format NAME</c>).
/// Every exporter publishes through the body's publication policy.
/// </summary>
public interface IArchiveExporter
{
    /// <summary>The format's name: "model", "json", "csv", "oparl".</summary>
    string Name { get; }

    string Description { get; }

    ExportResult Export(ArchiveContext db, string directory, ExportSettings settings);
}

/// <summary>What an export is asked for: the server its ids point at (OParl), and whether closed items go in whole.</summary>
public sealed record ExportSettings
{
    public string BaseUrl { get; init; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The model export for the archive's keeper (a backup, a move to another system): closed items with their content.
    /// Never for publication; only the model format honours it.
    /// </summary>
    public bool IncludeClosed { get; init; }
}

/// <summary>What one export wrote: the files and the number of records in each.</summary>
public sealed record ExportResult(IReadOnlyList<(string File, int Records)> Files);

/// <summary>The exporters by name.</summary>
public sealed class ArchiveExporters(IEnumerable<IArchiveExporter> exporters)
{
    private readonly IReadOnlyList<IArchiveExporter> _all = exporters.ToList();

    /// <summary>The exporters this project has that need no web host: model, json, csv.</summary>
    public static IReadOnlyList<IArchiveExporter> Archive { get; } = [new ModelExport(), new JsonExport(), new CsvExport()];

    public IReadOnlyList<IArchiveExporter> All => _all;

    public IArchiveExporter? Find(string name) => _all.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
