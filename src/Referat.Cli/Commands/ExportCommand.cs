using System.CommandLine;
using Referat.Archive.Export;
using Referat.Storage;
using Referat.Web.Export;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat export --format model|json|csv|oparl --out DIR [--db …] [--base-url URL] [--include-closed]</c>: the whole
/// archive as files, by the exporter of that name (<see cref="ArchiveExporters"/>), published by the body's policy.
/// </summary>
public static class ExportCommand
{
    private static readonly ArchiveExporters Exporters = new([.. ArchiveExporters.Archive, new OParlExport()]);

    public static Command Create()
    {
        var names = string.Join(", ", Exporters.All.Select(e => e.Name));
        var format = new Option<string>("--format")
        {
            Description = string.Join("; ", Exporters.All.Select(e => $"{e.Name}: {e.Description}")),
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. Exporters.All.Select(e => e.Name)]);
        var output = new Option<string>("--out") { Description = "The folder to write to (created when missing)", Required = true };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "oparl: the server the ids point at",
            DefaultValueFactory = _ => OParlExport.DefaultBaseUrl,
        };
        var includeClosed = new Option<bool>("--include-closed")
        {
            Description = "model: closed items with their content, for the archive's keeper (a backup, a move); never for publication",
        };
        var db = ArchiveOption.Create();
        var command = new Command("export", $"Export the whole archive ({names})") { format, output, baseUrl, includeClosed, db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            var directory = Path.GetFullPath(result.GetValue(output)!);
            var exporter = Exporters.Find(result.GetValue(format)!)!;
            try
            {
                using var context = ArchiveDb.Open(location);
                var written = exporter.Export(context, directory, new ExportSettings
                {
                    BaseUrl = result.GetValue(baseUrl) ?? OParlExport.DefaultBaseUrl,
                    IncludeClosed = result.GetValue(includeClosed),
                });
                Console.WriteLine($"Arkiv: {location.Display}");
                foreach (var (file, records) in written.Files)
                    Console.WriteLine($"  {file,-22} {records,8}");
                Console.WriteLine($"Eksporteret til {directory}");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {directory}: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
