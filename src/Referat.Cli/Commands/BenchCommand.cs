using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Referat.Bench;
using Referat.Storage;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat bench accuracy|import</c>: scale benchmarks on a generated municipality (see BENCHMARKS.md). The corpus
/// is written once per seed and document count under .referat/bench and reused; the figures are reported, not asserted.
/// </summary>
public static class BenchCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks at scale on a generated municipality: parse accuracy, archive import");
        command.Subcommands.Add(Accuracy());
        command.Subcommands.Add(Import());
        return command;
    }

    private static Option<int> DocumentsOption() => new("--documents") { Description = "Number of generated documents (one municipality)", DefaultValueFactory = _ => 10_000 };
    private static Option<int> SeedOption() => new("--seed") { Description = "Generator seed: the same seed writes the same corpus", DefaultValueFactory = _ => DemoCommand.Seed };
    private static Option<DirectoryInfo?> OutOption() => new("--out") { Description = "Corpus directory (reused when it already holds this seed's corpus); default .referat/bench/corpus-s<seed>-n<documents>" };
    private static Option<bool> JsonOption() => new("--json") { Description = "Print the report as JSON (no progress bar)" };

    private static Command Accuracy()
    {
        var documents = DocumentsOption();
        var seed = SeedOption();
        var output = OutOption();
        var json = JsonOption();
        var command = new Command("accuracy", "Generate (or reuse) a corpus, parse every document and score it against its truth with the gold rules")
            { documents, seed, output, json };
        command.SetAction(result =>
        {
            if (result.GetValue(documents) < 1)
            {
                Console.Error.WriteLine("error: --documents must be at least 1");
                return 2;
            }
            var asJson = result.GetValue(json);
            var directory = result.GetValue(output)?.FullName ?? BenchCorpus.DefaultDirectory(result.GetValue(seed), result.GetValue(documents));
            BenchCorpus? corpus = null;
            AccuracyReport? report = null;
            WithProgress(asJson, progress =>
            {
                corpus = Corpus(progress, directory, result.GetValue(seed), result.GetValue(documents));
                var task = progress?.AddTask("Parsing and scoring", maxValue: Math.Max(1, corpus.Entries.Count));
                report = AccuracyBench.Run(corpus, (done, _) => task?.Value = done);
            });
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { corpus = Describe(corpus!), machine = MachineInfo.Now(), accuracy = report }, Json));
                return 0;
            }
            PrintCorpus(corpus!);
            var table = new Table().AddColumn("layout");
            foreach (var heading in new[] { "documents", "damaged", "failed", "fields", "accuracy", "clean", "damaged docs" })
                table.AddColumn(new TableColumn(heading).RightAligned());
            foreach (var row in report!.Layouts.Append(report.Overall))
            {
                var bold = row == report.Overall;
                string B(string text) => bold ? $"[bold]{text}[/]" : text;
                table.AddRow(B(row.Layout), B(N(row.Documents)), B(N(row.Damaged)), B(N(row.Failed)), B(N(row.Fields)),
                    B(Pct(row.Percent)), B(Pct(row.CleanPercent)), B(Pct(row.DamagedPercent)));
            }
            AnsiConsole.Write(table);
            foreach (var failure in report.Failures.Take(10))
                AnsiConsole.MarkupLine($"[red]failed:[/] {Markup.Escape(failure)}");
            if (report.LostByField.Count > 0)
                AnsiConsole.WriteLine("fields lost, by field: " + string.Join(", ",
                    report.LostByField.Take(8).Select(p => string.Create(Invariant, $"{p.Key} {p.Value:N1}"))));
            foreach (var miss in report.SampleMisses.Take(3))
                AnsiConsole.MarkupLine($"[grey]miss: {Markup.Escape(miss)}[/]");
            AnsiConsole.WriteLine(string.Create(Invariant,
                $"accuracy {report.Overall.Percent:F2} % of {report.Overall.Fields:N0} fields over {report.Documents:N0} documents; " +
                $"parse {report.DocumentsPerSecond:N1} documents/s ({report.MegabytesPerSecond:N1} MB/s, {report.ParseSeconds:N1} s of {report.WallSeconds:N1} s wall); " +
                $"load average {MachineInfo.LoadAverageNow() ?? "n/a"}"));
            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var documents = DocumentsOption();
        var seed = SeedOption();
        var output = OutOption();
        var json = JsonOption();
        var db = new Option<string?>("--db")
        {
            Description = "The archive: a SQLite file path, \"Data Source=…\" or \"Host=…\" (PostgreSQL); default a temporary SQLite file, deleted afterwards",
        };
        var force = new Option<bool>("--force") { Description = "Delete a non-empty archive first (the SQLite file or the PostgreSQL database) instead of refusing it" };
        var chunk = new Option<int>("--chunk") { Description = "Report throughput per this many documents", DefaultValueFactory = _ => 1000 };
        var command = new Command("import", "Import a generated municipality into a fresh archive, then again (unchanged path); throughput, size, memory")
            { documents, db, seed, output, force, chunk, json };
        command.SetAction(result =>
        {
            if (result.GetValue(documents) < 1 || result.GetValue(chunk) < 1)
            {
                Console.Error.WriteLine("error: --documents and --chunk must be at least 1");
                return 2;
            }
            var asJson = result.GetValue(json);
            var temporary = string.IsNullOrWhiteSpace(result.GetValue(db));
            var temporaryDirectory = Path.Combine(Path.GetTempPath(), "referat-bench-" + Guid.NewGuid().ToString("N"));
            var location = ArchiveDb.Resolve(temporary ? Path.Combine(temporaryDirectory, "archive.db") : result.GetValue(db));
            try
            {
                ImportBench.Prepare(location, result.GetValue(force));
            }
            catch (ArchiveNotEmptyException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"error: cannot open the archive {location.Display}: {e.GetBaseException().Message}");
                return 1;
            }

            var directory = result.GetValue(output)?.FullName ?? BenchCorpus.DefaultDirectory(result.GetValue(seed), result.GetValue(documents));
            BenchCorpus? corpus = null;
            ImportReport? report = null;
            try
            {
                WithProgress(asJson, progress =>
                {
                    corpus = Corpus(progress, directory, result.GetValue(seed), result.GetValue(documents));
                    var tasks = new Dictionary<string, ProgressTask>();
                    report = ImportBench.Run(corpus, location, force: false, result.GetValue(chunk), (name, done, total) =>
                    {
                        if (progress is null)
                            return;
                        if (!tasks.TryGetValue(name, out var task))
                            tasks[name] = task = progress.AddTask(name, maxValue: Math.Max(1, total));
                        task.Value = done;
                    });
                });
            }
            finally
            {
                if (temporary)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    try { Directory.Delete(temporaryDirectory, recursive: true); } catch (IOException) { }
                }
            }

            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { corpus = Describe(corpus!), import = report, temporaryArchiveDeleted = temporary }, Json));
                return report!.First.Failed > 0 ? 1 : 0;
            }
            PrintCorpus(corpus!);
            Print(report!, temporary);
            return report!.First.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(ImportReport report, bool temporary)
    {
        AnsiConsole.MarkupLine($"Archive: [bold]{Markup.Escape(report.Archive)}[/]{(temporary ? " (temporary, deleted)" : "")}");
        var passes = new Table().AddColumn("pass");
        foreach (var heading in new[] { "documents", "imported", "unchanged", "new version", "failed", "seconds", "documents/s", "allocated" })
            passes.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var (name, pass) in new[] { ("first import", report.First), ("again (unchanged)", report.Again) })
            passes.AddRow(name, N(pass.Documents), N(pass.Imported), N(pass.Unchanged), N(pass.NewVersion),
                pass.Failed > 0 ? $"[red]{N(pass.Failed)}[/]" : "0", F(pass.Seconds), F(pass.DocumentsPerSecond), Mb(pass.AllocatedBytes));
        AnsiConsole.Write(passes);
        AnsiConsole.WriteLine(string.Create(Invariant,
            $"parse only (one thread, same documents): {report.ParseOnly.DocumentsPerSecond:N1} documents/s; first import / parse only = {report.ImportToParseRatio:N2}"));

        var chunks = new Table().AddColumn("documents").AddColumn(new TableColumn("first import, documents/s").RightAligned())
            .AddColumn(new TableColumn("unchanged, documents/s").RightAligned());
        for (var i = 0; i < report.First.Chunks.Count; i++)
        {
            var chunk = report.First.Chunks[i];
            var again = i < report.Again.Chunks.Count ? F(report.Again.Chunks[i].DocumentsPerSecond) : "";
            chunks.AddRow($"{N(chunk.From + 1)}–{N(chunk.To)}", F(chunk.DocumentsPerSecond), again);
        }
        AnsiConsole.Write(chunks);

        var figures = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        figures.AddRow("corpus", $"{N(report.Documents)} documents, {Mb(report.CorpusBytes)}{(report.CorpusReused ? " (reused)" : "")}");
        figures.AddRow("archive size", Mb(report.ArchiveBytes));
        figures.AddRow("meetings / source documents", $"{N(report.Meetings)} / {N(report.SourceDocuments)}");
        figures.AddRow("size per 1,000 meetings", Mb((long)report.BytesPer1000Meetings));
        figures.AddRow("peak working set (process)", Mb(report.PeakWorkingSetBytes));
        figures.AddRow("allocated (both passes)", Mb(report.TotalAllocatedBytes));
        figures.AddRow("unchanged path vs first import", string.Create(Invariant, $"{report.UnchangedSpeedup:N1}×"));
        figures.AddRow("load average before / after", $"{report.Machine.LoadAverage ?? "n/a"} / {report.LoadAverageAfter ?? "n/a"}");
        AnsiConsole.Write(figures);
        foreach (var failure in report.First.Failures.Take(10))
            AnsiConsole.MarkupLine($"[red]failed:[/] {Markup.Escape(failure)}");

        AnsiConsole.WriteLine(string.Create(Invariant,
            $"{report.Provider}: {report.Documents:N0} documents imported at {report.First.DocumentsPerSecond:N1} documents/s ({report.First.Seconds:N1} s, " +
            $"{report.ImportToParseRatio:N2} of parsing alone at {report.ParseOnly.DocumentsPerSecond:N1} documents/s), " +
            $"again at {report.Again.DocumentsPerSecond:N1} documents/s ({report.UnchangedSpeedup:N1}×); archive {Mb(report.ArchiveBytes)} " +
            $"({Mb((long)report.BytesPer1000Meetings)} per 1,000 meetings); peak working set {Mb(report.PeakWorkingSetBytes)}; " +
            $"load average {report.Machine.LoadAverage ?? "n/a"} → {report.LoadAverageAfter ?? "n/a"}"));
    }

    private static BenchCorpus Corpus(ProgressContext? progress, string directory, int seed, int documents)
    {
        var task = progress?.AddTask("Corpus", maxValue: Math.Max(1, documents));
        var corpus = BenchCorpus.Ensure(directory, seed, documents, (done, total) =>
        {
            if (task is null)
                return;
            task.MaxValue = Math.Max(1, total);
            task.Value = done;
        });
        task?.Value = task.MaxValue;
        return corpus;
    }

    private static void PrintCorpus(BenchCorpus corpus) =>
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(Invariant,
            $"Corpus: {corpus.Entries.Count:N0} documents of one municipality, seed {corpus.Seed}, {corpus.Years} years from {BenchCorpus.FirstYear}, in {corpus.Directory} " +
            $"{(corpus.Reused ? "(reused)" : $"(generated in {corpus.GenerationTime.TotalSeconds:N1} s)")}")));

    private static object Describe(BenchCorpus corpus) => new
    {
        corpus.Directory, corpus.Seed, corpus.Documents, corpus.Years, firstYear = BenchCorpus.FirstYear, written = corpus.Entries.Count,
        corpus.Reused, generationSeconds = corpus.GenerationTime.TotalSeconds,
    };

    private static void WithProgress(bool quiet, Action<ProgressContext?> work)
    {
        // Redirected to a log, the console reports 80 columns and the tables would wrap into unreadable cells.
        if (Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 150);
        if (quiet)
        {
            work(null);
            return;
        }
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context => work(context));
    }

    private static string N(long value) => value.ToString("N0", Invariant);
    private static string F(double value) => value.ToString("N1", Invariant);
    private static string Pct(double? value) => value is { } v ? v.ToString("F2", Invariant) + " %" : "–";
    private static string Mb(long bytes) => (bytes / 1e6).ToString("N1", Invariant) + " MB";
}
