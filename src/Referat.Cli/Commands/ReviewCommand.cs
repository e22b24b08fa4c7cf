using System.CommandLine;
using System.Text.Json;
using Referat.Archive.Privacy;
using Referat.Archive.Search;
using Referat.Domain;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat review list [--all] [--json]</c>, <c>review approve ID</c>, <c>review redact ID</c>, <c>review scan</c>:
/// the review queue of personal data found in what the archive publishes. Until a finding is approved (safe to
/// publish) or its redaction confirmed, it is redacted in every public output.
/// </summary>
public static class ReviewCommand
{
    private const string CliUser = "kommandolinjen";

    public static Command Create()
    {
        var command = new Command("review", "The review queue of personal data found in published texts");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Decide("approve", "Mark a finding safe to publish", FindingStatus.Safe));
        command.Subcommands.Add(Decide("redact", "Confirm a finding's redaction", FindingStatus.Redacted));
        command.Subcommands.Add(Scan());
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Decided findings too" };
        var json = new Option<bool>("--json") { Description = "As JSON" };
        var db = ArchiveOption.Create();
        var command = new Command("list", "The findings waiting for a decision") { all, json, db };
        command.SetAction(result =>
        {
            using var context = ArchiveOption.Open(result.GetValue(db));
            if (context is null)
                return 1;
            var findings = new PersonalDataReview(context).Findings(result.GetValue(all));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(findings.Select(f => new
                {
                    id = f.Id, meetingId = f.MeetingId, committee = f.Committee, date = f.Date, kind = JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()),
                    value = f.Value, location = f.Location, reason = f.Reason, context = f.Context,
                    status = JsonNamingPolicy.CamelCase.ConvertName(f.Status.ToString()), fileId = f.FileId, decidedBy = f.DecidedBy,
                }), ArchiveOptions.Json));
                return 0;
            }
            if (findings.Count == 0)
            {
                Console.WriteLine(result.GetValue(all) ? "Ingen fund." : "Ingen fund venter på gennemgang.");
                return 0;
            }
            var table = new Table().AddColumns("Id", "Møde", "Sted", "Art", "Værdi", "Status");
            foreach (var f in findings)
                table.AddRow(f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape($"{f.Committee} {f.Date:yyyy-MM-dd}"), Markup.Escape(f.Location),
                    f.Kind.DanishName(), Markup.Escape(f.Value.Length > 60 ? f.Value[..57] + "…" : f.Value), f.Status.DanishName());
            AnsiConsole.Write(table);
            Console.WriteLine($"{findings.Count(f => f.Status == FindingStatus.Unresolved)} fund venter på gennemgang; de er skjult i alt det offentlige, til de er afgjort.");
            return 0;
        });
        return command;
    }

    private static Command Decide(string name, string description, FindingStatus decision)
    {
        var id = new Argument<long>("ID") { Description = "The finding's id (review list)" };
        var db = ArchiveOption.Create();
        var command = new Command(name, description) { id, db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            using var context = ArchiveOption.Open(location);
            if (context is null)
                return 1;
            var review = new PersonalDataReview(context, openIndex: () => ArchiveSearchIndex.Open(location));
            if (review.Find(result.GetValue(id)) is not { } finding)
            {
                Console.Error.WriteLine($"error: no finding {result.GetValue(id)} (see `referat review list --all`)");
                return 1;
            }
            var decided = review.Decide(finding.Id, decision, CliUser);
            Console.WriteLine($"Fund {decided.Id} ({decided.Kind.DanishName()}, {decided.Committee} {decided.Date:yyyy-MM-dd}, {decided.Location}): {decided.Status.DanishName()}.");
            return 0;
        });
        return command;
    }

    private static Command Scan()
    {
        var db = ArchiveOption.Create();
        var command = new Command("scan", "Scan every meeting of the archive again (after the sensitive terms changed)") { db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            using var context = ArchiveOption.Open(location);
            if (context is null)
                return 1;
            var open = 0;
            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask("Gennemgår møder", maxValue: 1);
                open = new PersonalDataReview(context, openIndex: () => ArchiveSearchIndex.Open(location)).ScanAll((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
            });
            Console.WriteLine($"{open} fund venter på gennemgang.");
            return 0;
        });
        return command;
    }
}
