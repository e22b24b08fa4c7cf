using System.CommandLine;
using Referat.Archive.Export;
using Referat.Storage;
using Referat.Web;
using Referat.Web.Export;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat export --format oparl|json|csv --out DIR [--db …] [--base-url URL]</c>: the whole archive as files.
/// oparl: one JSON file per OParl object type (<see cref="OParlExport"/>); json: our own model (<see cref="JsonExport"/>);
/// csv: <c>referat-csv.zip</c> with one CSV per object type (<see cref="CsvExport"/>). Closed items: number and title only.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "oparl, json or csv", Required = true };
        format.AcceptOnlyFromAmong("oparl", "json", "csv");
        var output = new Option<string>("--out") { Description = "The folder to write to (created when missing)", Required = true };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "oparl: the server the ids point at",
            DefaultValueFactory = _ => OParlExport.DefaultBaseUrl,
        };
        var db = ArchiveOption.Create();
        var command = new Command("export", "Export the whole archive as OParl JSON, our own JSON model or CSV") { format, output, baseUrl, db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            var directory = Path.GetFullPath(result.GetValue(output)!);
            try
            {
                using var context = ArchiveDb.Open(location);
                Directory.CreateDirectory(directory);
                ExportResult written;
                switch (result.GetValue(format))
                {
                    case "oparl":
                        written = OParlExport.WriteDirectory(context, directory, result.GetValue(baseUrl) ?? OParlExport.DefaultBaseUrl, new WebOptions());
                        break;
                    case "json":
                        written = JsonExport.WriteDirectory(context, directory);
                        break;
                    default:
                        var path = Path.Combine(directory, CsvExport.ZipFileName);
                        using (var stream = File.Create(path))
                            written = CsvExport.WriteZip(context, stream);
                        Console.WriteLine($"Skrev {path}");
                        break;
                }
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
