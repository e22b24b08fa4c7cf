using Referat.Import;
using Referat.Import.Gold;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>--explain</c>: every field with the line range it came from, the parser's confidence and the evidence for it, then
/// the fields read with low confidence and the warnings.
/// </summary>
internal static class Explain
{
    public static void Print(ParseResult parsed)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(parsed.Source)}[/] ({Markup.Escape(parsed.Encoding)})");
        var table = new Table().AddColumns("Felt", "Linjer", "Sikkerhed", "Værdi", "Begrundelse");
        foreach (var field in parsed.Provenance)
        {
            var lines = field.FirstLine == 0 ? "–" : field.FirstLine == field.LastLine ? $"{field.FirstLine}" : $"{field.FirstLine}-{field.LastLine}";
            var value = field.Value is null ? "" : field.Value.Length > 80 ? field.Value[..79] + "…" : field.Value;
            var confidence = field.Confidence.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
            table.AddRow(Markup.Escape(field.Field), lines, field.Confidence < FieldProvenance.LowConfidence ? $"[yellow]{confidence}[/]" : confidence,
                Markup.Escape(value.ReplaceLineEndings(" ")), Markup.Escape(field.Reason ?? ""));
        }
        AnsiConsole.Write(table);
        var uncertain = parsed.Uncertain;
        AnsiConsole.MarkupLine(uncertain.Count == 0
            ? "Alle felter er læst med høj sikkerhed."
            : $"[yellow]{uncertain.Count} felt(er) læst med lav sikkerhed (under {FieldProvenance.LowConfidence.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))}):[/]");
        foreach (var field in uncertain)
            AnsiConsole.MarkupLine($"  {Markup.Escape(field.Describe())}");
        if (parsed.Warnings.Count == 0)
            AnsiConsole.MarkupLine("Ingen advarsler.");
        foreach (var warning in parsed.Warnings)
            AnsiConsole.MarkupLine($"[yellow]advarsel:[/] {Markup.Escape(warning.ToString())}");
    }
}
