using System.CommandLine;
using Referat.Generator;
using Referat.Generator.Layouts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Web.Secretariat;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat demo</c>: the first thing a newcomer runs. Generates one invented municipality over three terms,
/// imports it into an embedded SQLite archive under .referat/demo (with its search index, through the import service as
/// <c>referat import</c> does), and serves it on
/// http://127.0.0.1:5080 until Ctrl+C. Re-running reuses what is already there: unchanged files import as unchanged.
/// </summary>
public static class DemoCommand
{
    public const int Seed = 2026;

    public static Command Create()
    {
        var directory = new Option<DirectoryInfo>("--dir")
        {
            Description = "Where the demo keeps its documents and archive",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(".referat", "demo")),
        };
        var documents = new Option<int>("--documents") { Description = "Number of minutes documents to generate", DefaultValueFactory = _ => 300 };
        var urls = new Option<string>("--urls") { Description = "Where to serve the demo", DefaultValueFactory = _ => Referat.Web.WebOptions.DefaultUrls };
        var noServe = new Option<bool>("--no-serve") { Description = "Build the demo archive and stop" };
        var command = new Command("demo", "Generate a demo municipality, import it into a local archive and serve it") { directory, documents, urls, noServe };
        command.SetAction(async (result, cancellation) =>
        {
            var root = result.GetValue(directory)!.FullName;
            var status = Build(root, result.GetValue(documents));
            if (status != 0 || result.GetValue(noServe))
                return status;
            return await ServeCommand.Run(new Referat.Web.WebOptions { Db = Path.Combine(root, "archive.db"), Urls = result.GetValue(urls)! }, cancellation);
        });
        return command;
    }

    private static int Build(string root, int documents)
    {
        var documentsDirectory = Path.Combine(root, "dokumenter");
        var archive = Path.Combine(root, "archive.db");
        var options = new CorpusOptions { Seed = Seed, Municipalities = 1, FirstYear = 2018, Years = 9, Documents = documents,
            Damage = DamageOptions.At(0.1), Until = DateOnly.FromDateTime(DateTime.Today) };

        CorpusResult? corpus = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Skriver referater", maxValue: Math.Max(1, documents));
                corpus = CorpusWriter.Write(documentsDirectory, options, (done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                task.Value = task.MaxValue;
            });
        var municipality = corpus!.Municipalities[0];
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(municipality.Name)}[/]: {corpus.Entries.Count} referater, " +
                               $"valgperioder {string.Join(", ", municipality.Terms.Select(t => t.Period))}");

        var documentFiles = corpus.Entries.Select(e => Path.Combine(documentsDirectory, e.FileName)).ToArray();
        var status = ImportCommand.Run(documentFiles, archive);
        AnsiConsole.MarkupLine($"Demoarkivet ligger i [bold]{Markup.Escape(archive)}[/] (brug --db {Markup.Escape(archive)}).");
        if (status == 0)
            DemoAccounts(archive).GetAwaiter().GetResult();
        return status;
    }

    /// <summary>
    /// The secretariat's accounts of the demo, made once per archive with fresh passwords (printed here, stored only as
    /// hashes): an administrator and a secretary of every committee.
    /// </summary>
    private static async Task DemoAccounts(string archive)
    {
        var location = ArchiveDb.Resolve(archive);
        await using var services = AccountAdmin.Services(location);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        if (users.Users.Any())
        {
            AnsiConsole.MarkupLine("Sekretariatet: demoens konti findes allerede (se første kørsel, eller opret nye med referat admin create-user).");
            return;
        }
        using var db = ArchiveDb.Open(location);
        var committees = db.Organizations.Where(o => !o.Deleted).Select(o => o.Name).ToList();
        var admin = scope.ServiceProvider.GetRequiredService<AccountAdmin>();
        string Password() => "demo-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5)) + "-7";
        var table = new Table().AddColumns("Rolle", "E-mail", "Adgangskode");
        foreach (var (email, role, of) in new[] { ("admin@demo.dk", AccountRole.Administrator, new List<string>()), ("sekretaer@demo.dk", AccountRole.Secretary, committees) })
        {
            var password = Password();
            await admin.CreateAsync(email, role, password, of, displayName: role == AccountRole.Secretary ? "Demo-sekretær" : "Demo-administrator", createdBy: "demo");
            table.AddRow(role.DanishName(), email, password);
        }
        AnsiConsole.MarkupLine("Sekretariatet (/sekretariat/log-ind), konti til demoen:");
        AnsiConsole.Write(table);
    }
}
