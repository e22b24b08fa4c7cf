using System.CommandLine;
using Referat.Import;
using Referat.Publishing;

namespace Referat.Cli.Commands;

/// <summary><c>referat render FILE --format text|html|pdf --out PATH</c>: write minutes in the municipality's layout.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Minutes document to read" };
        var format = new Option<string>("--format") { Description = "text, html or pdf", DefaultValueFactory = _ => "text" };
        var output = new Option<FileInfo?>("--out") { Description = "Output file (default: standard output for text and html)" };
        var command = new Command("render", "Render parsed minutes as text, HTML or PDF") { file, format, output };
        command.SetAction(result =>
        {
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
            var minutes = parsed.Minutes;
            var outPath = result.GetValue(output)?.FullName;
            switch (result.GetValue(format)?.ToLowerInvariant())
            {
                case "text":
                    Write(outPath, MinutesTextRenderer.Render(minutes));
                    return 0;
                case "html":
                    Write(outPath, MinutesHtmlRenderer.Render(minutes));
                    return 0;
                case "pdf":
                    if (outPath is null)
                    {
                        Console.Error.WriteLine("error: --out is required for PDF");
                        return 2;
                    }
                    File.WriteAllBytes(outPath, MinutesPdfRenderer.Render(minutes));
                    return 0;
                default:
                    Console.Error.WriteLine("error: --format must be text, html or pdf");
                    return 2;
            }
        });
        return command;
    }

    private static void Write(string? path, string content)
    {
        if (path is null) Console.Write(content);
        else File.WriteAllText(path, content);
    }
}
