using Referat.Import;
using Referat.Import.Gold;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary><c>--explain</c>: every field with the line range it came from and the parser's confidence, then the warnings.</summary>
internal static class Explain
{
    public static void Print(ParseResult parsed)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(parsed.Source)}[/] ({Markup.Escape(parsed.Encoding)})");
        var table = new Table().AddColumns("Felt", "Linjer", "Sikkerhed", "Værdi");
        foreach (var field in parsed.Provenance)
        {
            var lines = field.FirstLine == field.LastLine ? $"{field.FirstLine}" : $"{field.FirstLine}-{field.LastLine}";
            var value = field.Value is null ? "" : field.Value.Length > 80 ? field.Value[..79] + "…" : field.Value;
            table.AddRow(Markup.Escape(field.Field), lines, field.Confidence.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK")), Markup.Escape(value.ReplaceLineEndings(" ")));
        }
        AnsiConsole.Write(table);
        if (parsed.Warnings.Count == 0)
            AnsiConsole.MarkupLine("Ingen advarsler.");
        foreach (var warning in parsed.Warnings)
            AnsiConsole.MarkupLine($"[yellow]advarsel:[/] {Markup.Escape(warning.ToString())}");
    }
}
