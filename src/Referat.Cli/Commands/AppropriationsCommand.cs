using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Referat.Archive.Export;
using Referat.Archive.Queries;
using Referat.Domain;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat appropriations [--committee C] [--year Y] [--granted] [--json] [--db DB]</c>: every appropriation line of
/// the archive's public items, with its meeting, item, status and amounts in kroner per year.
/// </summary>
public static class AppropriationsCommand
{
    public static Command Create()
    {
        var committee = new Option<string?>("--committee") { Description = "Only this committee's meetings (its name or the start of it)" };
        var year = new Option<int?>("--year") { Description = "Only lines with an amount in this year" };
        var granted = new Option<bool>("--granted") { Description = "Only lines the body with competence has granted" };
        var json = new Option<bool>("--json") { Description = "Print {\"lines\": [...]} as JSON" };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write the lines to this CSV file, as a Danish Excel opens it (UTF-8 with BOM, semicolons)" };
        var db = ArchiveOption.Create();
        var command = new Command("appropriations", "Appropriation lines from the archive's tables, in kroner per year") { committee, year, granted, json, csv, db };
        command.SetAction(result =>
        {
            using var context = ArchiveOption.OpenPublic(result.GetValue(db));
            if (context is null)
                return 1;
            IReadOnlyList<AppropriationRecord> lines;
            try
            {
                lines = new AppropriationQueries(context).Lines(result.GetValue(committee), result.GetValue(year), result.GetValue(granted));
            }
            catch (QueryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
            if (result.GetValue(csv) is { } file)
                File.WriteAllBytes(file.FullName, Referat.Archive.Export.AppropriationCsv.Write(lines));
            if (result.GetValue(json))
                Console.WriteLine(Json(lines).ToJsonString(ArchiveOptions.Json));
            else
                Print(lines);
            return 0;
        });
        return command;
    }

    private static JsonObject Json(IReadOnlyList<AppropriationRecord> lines) => new()
    {
        ["lines"] = new JsonArray(lines.Select(r =>
        {
            var line = MoneyJson.Line(r.Line, r.Status);
            line.Insert(0, "meeting", new JsonObject { ["committee"] = r.Committee, ["date"] = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            line.Insert(1, "item", new JsonObject { ["number"] = r.ItemNumber, ["title"] = r.ItemTitle });
            line["warnings"] = new JsonArray(r.Warnings.Select(w => (JsonNode)JsonValue.Create(w)).ToArray());
            return (JsonNode)line;
        }).ToArray()),
    };

    private static void Print(IReadOnlyList<AppropriationRecord> lines)
    {
        var table = new Table().AddColumns("Møde", "Punkt", "Linje", "Udvalg / område", "Status", "Beløb");
        foreach (var r in lines)
            table.AddRow(
                Markup.Escape($"{r.Committee} {DanishDates.Long(r.Date)}"), Markup.Escape(r.ItemNumber), Markup.Escape(r.Line.Text),
                Markup.Escape(string.Join(" / ", new[] { r.Line.Committee, r.Line.Activity }.OfType<string>())),
                r.Status.DanishName(),
                Markup.Escape(string.Join(", ", r.Line.Amounts.Select(a => $"{a.Year}: {DanishNumbers.Format(a.Kr)} kr."))));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"Bevillingslinjer: {lines.Count}");
        foreach (var warning in lines.SelectMany(r => r.Warnings.Select(w => $"{r.Committee} {DanishDates.Long(r.Date)}, punkt {r.ItemNumber}: {w}")).Distinct())
            AnsiConsole.MarkupLine($"[yellow]Advarsel:[/] {Markup.Escape(warning)}");
    }
}
