using System.CommandLine;
using Referat.Archive.Importing;
using Referat.Archive.Search;
using Referat.Storage.Writing;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat import PATH… [--db DB]</c>: store minutes files (or every .txt/.md/.pdf/.html under a directory)
/// in the archive. A file that fails is reported and the run goes on; the exit code is 1 when any failed.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Minutes files or directories (.txt, .md, .pdf, .html)", Arity = ArgumentArity.OneOrMore };
        var db = ArchiveOption.Create();
        var command = new Command("import", "Import minutes documents into the archive") { paths, db };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(db)));
        return command;
    }

    internal static int Run(string[] paths, string? dbArgument)
    {
        var location = ArchiveOption.Resolve(dbArgument);
        AnsiConsole.MarkupLine($"Arkiv: [bold]{Markup.Escape(location.Display)}[/]");
        using var context = ArchiveOption.Open(location);
        if (context is null)
            return 1;

        var files = ImportService.ExpandPaths(paths);
        using var import = new ImportService(context, () => ArchiveSearchIndex.Open(location));
        IReadOnlyList<FileImportResult> results = [];
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Importerer", maxValue: Math.Max(1, files.Count));
                results = import.ImportFiles(files, (done, result) =>
                {
                    task.Description = done == files.Count ? "Opdaterer søgeindeks" : Markup.Escape(Path.GetFileName(result.Path));
                    task.Value = done;
                });
                task.Description = "Importeret";
            });
        Print(results);
        if (import.IndexProblem is { } problem)
        {
            AnsiConsole.MarkupLine($"[red]Søgeindekset kunne ikke opdateres[/] ({Markup.Escape(problem)}). Arkivet er helt; byg indekset igen med [bold]referat index --rebuild[/], når fejlen er rettet.");
            return 1;
        }
        using (var index = ArchiveSearchIndex.Open(location))
            AnsiConsole.MarkupLine($"Søgeindeks: {index.Count} dokumenter");
        return results.Any(r => r.Failed) ? 1 : 0;
    }

    private static void Print(IReadOnlyList<FileImportResult> results)
    {
        int Count(ImportStatus status) => results.Count(r => r.Outcome?.Status == status);
        var totals = new Table().AddColumns("Importeret", "Uændret", "Ny version", "Fejlet", "Usikker aflæsning");
        var uncertain = results.Where(r => r.Uncertain.Count > 0).ToList();
        totals.AddRow(
            Count(ImportStatus.Imported).ToString(),
            Count(ImportStatus.Unchanged).ToString(),
            Count(ImportStatus.NewVersion).ToString(),
            results.Count(r => r.Failed) is var failed && failed > 0 ? $"[red]{failed}[/]" : "0",
            uncertain.Count > 0 ? $"[yellow]{uncertain.Count}[/]" : "0");
        AnsiConsole.Write(totals);
        if (uncertain.Count > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{uncertain.Count} dokument(er) er læst med felter med lav sikkerhed[/] (portalen markerer møderne; se felterne med [bold]referat parse FIL --explain[/]):");
            foreach (var result in uncertain.Take(10))
                AnsiConsole.MarkupLine($"  {Markup.Escape(Path.GetFileName(result.Path))}: {Markup.Escape(string.Join("; ", result.Uncertain.Take(3)))}{(result.Uncertain.Count > 3 ? $" … (+{result.Uncertain.Count - 3})" : "")}");
            if (uncertain.Count > 10)
                AnsiConsole.MarkupLine($"  … og {uncertain.Count - 10} mere.");
        }

        // Failures and new versions always; imported files only while the list stays readable.
        const int ImportedShown = 15;
        var imported = results.Where(r => r.Outcome?.Status == ImportStatus.Imported).ToList();
        var details = results.Where(r => r.Failed || r.Outcome!.Status == ImportStatus.NewVersion)
            .Concat(imported.Take(ImportedShown)).ToList();
        if (details.Count == 0)
            return;
        var table = new Table().AddColumns("Fil", "Resultat", "Detaljer");
        foreach (var result in details)
        {
            var (status, text) = result.Outcome switch
            {
                null => ("[red]fejlet[/]", result.Failure!),
                { Status: ImportStatus.Imported } o => ("importeret", $"{o.MeetingName}: {o.Summary}"),
                { Status: ImportStatus.NewVersion } o => ("[yellow]ny version[/]", $"{o.MeetingName}, version {o.Version}: {o.Summary}"),
                var o => ("uændret", o.Summary),
            };
            table.AddRow(Markup.Escape(Path.GetFileName(result.Path)), status, Markup.Escape(text));
        }
        AnsiConsole.Write(table);
        if (imported.Count > ImportedShown)
            AnsiConsole.MarkupLine($"… og {imported.Count - ImportedShown} importerede mere.");
    }
}
