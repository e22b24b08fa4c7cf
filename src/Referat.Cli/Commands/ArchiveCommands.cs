using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Referat.Storage;
using Referat.Domain;
using Referat.Storage.Resolution;
using Referat.Storage.Rows;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>Shared by the archive read commands: their JSON output.</summary>
internal static class ArchiveOptions
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Dates(DateOnly? from, DateOnly? to) =>
        from is null ? "" : from == to ? DanishFormat.Date(from) : $"{DanishFormat.Date(from)} – {DanishFormat.Date(to)}";

    public static string Times(int n) => n == 1 ? "1 gang" : $"{n} gange";

    public static string Confidence(double value) => value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
}

/// <summary>
/// <c>referat people [--explain] [--review] [--json] [--db DB]</c>: the persons in the archive with their spellings
/// (aliases) and memberships; <c>--explain</c> adds why spellings were joined, <c>--review</c> lists the pairs left
/// for a person to decide.
/// </summary>
public static class PeopleCommand
{
    public static Command Create()
    {
        var explain = new Option<bool>("--explain") { Description = "Show each merge: rule, evidence and confidence" };
        var review = new Option<bool>("--review") { Description = "List the uncertain pairs that were not merged" };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var db = ArchiveOption.Create();
        var command = new Command("people", "List the persons in the archive with aliases and memberships") { explain, review, json, db };
        command.SetAction(result => Run(result.GetValue(explain), result.GetValue(review), result.GetValue(json), result.GetValue(db)));
        return command;
    }

    private static int Run(bool explain, bool review, bool json, string? dbArgument)
    {
        using var db = ArchiveOption.OpenPublic(dbArgument);
        if (db is null)
            return 1;
        var people = Registers.People(db);
        var reviews = Registers.Reviews(db, ReviewKind.Person);
        if (json)
        {
            object value = review ? reviews : people;
            Console.WriteLine(JsonSerializer.Serialize(value, ArchiveOptions.Json));
            return 0;
        }
        if (review)
        {
            PrintReviews(reviews);
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]Personer[/]: {people.Count}   [bold]Til gennemsyn[/]: {reviews.Count}");
        foreach (var person in people)
        {
            AnsiConsole.WriteLine();
            var party = person.Party is null ? "" : $" ({person.Party})";
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(person.Name + party)}[/]");
            if (person.Aliases.Count > 1 || explain)
                foreach (var alias in person.Aliases)
                    AnsiConsole.MarkupLine($"  stavemåde: {Markup.Escape(alias.Spelling)}{(alias.Party is null ? "" : $" ({alias.Party})")}"
                        + $" — {ArchiveOptions.Times(alias.Occurrences)}, {Markup.Escape(ArchiveOptions.Dates(alias.FirstSeen, alias.LastSeen))}");
            foreach (var m in person.Memberships)
                AnsiConsole.MarkupLine($"  {Markup.Escape(m.Role.DanishName())} {(m.Role == MembershipRole.Substitute ? "i" : "af")} {Markup.Escape(m.Organization)}"
                    + $"{(m.Party is null ? "" : $" for {m.Party}")}, valgperiode {Markup.Escape(m.Term ?? "?")}"
                    + $" (set {ArchiveOptions.Times(m.Observations)}, {Markup.Escape(ArchiveOptions.Dates(m.FirstSeen, m.LastSeen))})"
                    + (explain ? $"\n    kilde: {Markup.Escape(m.Evidence ?? "")}" : ""));
            if (explain)
                foreach (var merge in person.Merges)
                    AnsiConsole.MarkupLine($"  [yellow]sammenlagt[/] efter regel [bold]{Markup.Escape(merge.Rule)}[/] (sikkerhed {ArchiveOptions.Confidence(merge.Confidence)}): "
                        + $"{Markup.Escape(merge.To)} = {Markup.Escape(merge.From)}\n    belæg: {Markup.Escape(merge.Evidence)}");
        }
        if (explain && reviews.Count > 0)
        {
            AnsiConsole.WriteLine();
            PrintReviews(reviews);
        }
        return 0;
    }

    internal static void PrintReviews(IReadOnlyList<ReviewEntry> reviews)
    {
        AnsiConsole.MarkupLine($"[bold]Til gennemsyn[/] (ikke sammenlagt): {reviews.Count}");
        foreach (var r in reviews)
            AnsiConsole.MarkupLine($"  {Markup.Escape(r.Left)} ≟ {Markup.Escape(r.Right)} — regel [bold]{Markup.Escape(r.Rule)}[/], "
                + $"sikkerhed {ArchiveOptions.Confidence(r.Confidence)}; årsag: {Markup.Escape(r.Reason)}\n    belæg: {Markup.Escape(r.Evidence)}");
    }
}

/// <summary><c>referat committees [--json] [--db DB]</c>: the organizations with their dated names and why they are one.</summary>
public static class CommitteesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var db = ArchiveOption.Create();
        var command = new Command("committees", "List the committees and councils with their dated names and merge evidence") { json, db };
        command.SetAction(result => Run(result.GetValue(json), result.GetValue(db)));
        return command;
    }

    private static int Run(bool json, string? dbArgument)
    {
        using var db = ArchiveOption.OpenPublic(dbArgument);
        if (db is null)
            return 1;
        var organizations = Registers.Organizations(db);
        var reviews = Registers.Reviews(db, ReviewKind.Organization);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { organizations, reviews }, ArchiveOptions.Json));
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]Udvalg og råd[/]: {organizations.Count}");
        foreach (var o in organizations)
        {
            AnsiConsole.WriteLine();
            var kind = o.Kind.DanishName().ToLowerInvariant();
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(o.Name)}[/] ({kind})");
            foreach (var n in o.Names)
            {
                var period = n.ValidFrom is null ? "kun omtalt" : $"valgperiode {n.ValidFrom?.Year}-{n.ValidTo?.Year}";
                var seen = n.FirstSeen is null ? $"omtalt i {n.FirstSeenWhere}" : $"set {ArchiveOptions.Times(n.Occurrences)}, {ArchiveOptions.Dates(n.FirstSeen, n.LastSeen)}";
                var spellings = n.Spellings.Count > 1 ? $"; stavemåder: {string.Join(" | ", n.Spellings)}" : "";
                AnsiConsole.MarkupLine($"  navn: {Markup.Escape(n.Name)} — {Markup.Escape(period)}, {Markup.Escape(seen)}{Markup.Escape(spellings)}");
            }
            foreach (var m in o.Merges)
                AnsiConsole.MarkupLine($"  [yellow]sammenlagt[/] efter regel [bold]{Markup.Escape(m.Rule)}[/] (sikkerhed {ArchiveOptions.Confidence(m.Confidence)}): "
                    + $"{Markup.Escape(m.From)} → {Markup.Escape(m.To)}\n    belæg: {Markup.Escape(m.Evidence)}");
        }
        if (reviews.Count > 0)
        {
            AnsiConsole.WriteLine();
            PeopleCommand.PrintReviews(reviews);
        }
        return 0;
    }
}
