using System.CommandLine;
using Referat.Archive.Search;
using Referat.Storage;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary><c>referat index --rebuild [--db …]</c>: rebuilds the search index beside the archive from every stored meeting.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild the whole index from the archive" };
        var db = ArchiveOption.Create();
        var command = new Command("index", "Maintain the search index") { rebuild, db };
        command.SetAction(result =>
        {
            if (!result.GetValue(rebuild))
            {
                Console.Error.WriteLine("error: say --rebuild to rebuild the index (imports keep it up to date by themselves)");
                return 2;
            }
            var location = ArchiveOption.Resolve(result.GetValue(db));
            using var context = ArchiveDb.Open(location);
            using var index = ArchiveSearchIndex.OpenForRebuild(location, out var replaced);
            if (replaced is not null)
                AnsiConsole.MarkupLine($"Det gamle søgeindeks kunne ikke åbnes ({Markup.Escape(replaced)}); det bygges forfra.");
            var count = 0;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("Indekserer møder", maxValue: 1);
                    count = new ArchiveSearchIndex(context, index).Rebuild((done, total) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                    });
                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLine($"Søgeindeks: {count} dokumenter i [bold]{Markup.Escape(ArchiveSearchIndex.DirectoryFor(location, Environment.GetEnvironmentVariable(ArchiveSearchIndex.EnvironmentVariable)))}[/]");
            return 0;
        });
        return command;
    }
}
