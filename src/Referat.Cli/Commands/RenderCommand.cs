using System.CommandLine;
using Referat.Import;
using Referat.Publishing;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat render FILE --format text|html|pdf [--out PATH]</c>: write minutes in the municipality's layout, with the
/// renderer of that name (<see cref="MinutesRenderers"/>).
/// </summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var names = string.Join(", ", MinutesRenderers.All.Select(r => r.Name));
        var file = new Argument<FileInfo>("FILE") { Description = "Minutes document to read" };
        var format = new Option<string>("--format") { Description = names, DefaultValueFactory = _ => "text" };
        var output = new Option<FileInfo?>("--out") { Description = "Output file (default: standard output for text formats)" };
        var command = new Command("render", "Render parsed minutes as " + names) { file, format, output };
        command.SetAction(result =>
        {
            var renderer = MinutesRenderers.Find(result.GetValue(format) ?? "");
            if (renderer is null)
            {
                Console.Error.WriteLine($"error: --format must be one of {names}");
                return 2;
            }
            Referat.Import.ParseResult parsed;
            try
            {
                parsed = new DocumentReader().ReadFile(result.GetValue(file)!.FullName);
            }
            catch (MinutesFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            var outPath = result.GetValue(output)?.FullName;
            if (outPath is null && !renderer.IsText)
            {
                Console.Error.WriteLine($"error: --out is required for {renderer.Name}");
                return 2;
            }
            using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
            renderer.Write(parsed.Minutes, stream);
            return 0;
        });
        return command;
    }
}
