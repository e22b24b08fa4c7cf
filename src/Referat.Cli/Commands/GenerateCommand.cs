using System.CommandLine;
using Referat.Generator;
using Referat.Generator.Layouts;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat generate --out DIR [--seed N] [--municipalities M] [--years Y] [--documents N] [--damage R]</c>: writes
/// synthetic minutes of invented municipalities in the five layouts, each beside its truth JSON.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory to write the documents and their truth files to", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed writes the same files", DefaultValueFactory = _ => 1 };
        var municipalities = new Option<int>("--municipalities") { Description = "Number of invented municipalities", DefaultValueFactory = _ => 2 };
        var years = new Option<int>("--years") { Description = "Years of meetings, from 2018", DefaultValueFactory = _ => 8 };
        var documents = new Option<int>("--documents") { Description = "Number of minutes documents to write", DefaultValueFactory = _ => 100 };
        var damage = new Option<double>("--damage") { Description = "Rate of injected extraction damage, 0 to 1 (page breaks, hyphenation, mojibake, double spacing)", DefaultValueFactory = _ => 0.1 };
        var command = new Command("generate", "Write synthetic municipal minutes with their truth JSON") { output, seed, municipalities, years, documents, damage };
        command.SetAction(result =>
        {
            var options = new CorpusOptions
            {
                Seed = result.GetValue(seed),
                Municipalities = result.GetValue(municipalities),
                Years = result.GetValue(years),
                Documents = result.GetValue(documents),
                Damage = DamageOptions.At(Math.Clamp(result.GetValue(damage), 0, 1)),
            };
            if (options.Municipalities < 1 || options.Years < 1 || options.Documents < 0)
            {
                Console.Error.WriteLine("error: --municipalities and --years must be at least 1, --documents at least 0");
                return 2;
            }
            var directory = result.GetValue(output)!.FullName;
            CorpusResult? corpus = null;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Generating minutes", maxValue: Math.Max(1, options.Documents));
                    corpus = CorpusWriter.Write(directory, options, (done, total) =>
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = done;
                    });
                    task.Value = task.MaxValue;
                });

            foreach (var note in corpus!.Notes)
                AnsiConsole.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
            foreach (var municipality in corpus.Municipalities)
            {
                var renames = municipality.Terms.SelectMany(t => t.Renames.Select(r => $"{r.From} → {r.To} ({t.Period})")).ToList();
                AnsiConsole.WriteLine($"{municipality.Name}: terms {string.Join(", ", municipality.Terms.Select(t => t.Period))}; " +
                                      $"{municipality.Terms[0].Committees.Count} committees" + (renames.Count > 0 ? $"; renamed: {string.Join("; ", renames)}" : ""));
            }
            var table = new Table().AddColumn("layout").AddColumn(new TableColumn("documents").RightAligned()).AddColumn(new TableColumn("damaged").RightAligned());
            foreach (var (layout, count) in corpus.CountsPerLayout)
                table.AddRow(layout, count.ToString(), corpus.Entries.Count(e => e.Layout == layout && e.Damage.Any).ToString());
            table.AddRow("[bold]total[/]", $"[bold]{corpus.Entries.Count}[/]", $"[bold]{corpus.Entries.Count(e => e.Damage.Any)}[/]");
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"Wrote {corpus.Entries.Count} documents and {corpus.Entries.Count} truth files to {directory}");
            return 0;
        });
        return command;
    }
}
