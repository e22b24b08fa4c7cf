using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Storage;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat show meeting|case|person …</c> and <c>referat stats attendance …</c>: questions to the archive. The
/// answers come from <see cref="ArchiveQueries"/>; this class only formats them (Danish tables, or JSON with --json).
/// Exit code 1 when nothing matches or the archive cannot be opened, with <c>error: …</c> on standard error.
/// </summary>
public static class QueryCommands
{
    /// <summary>The answers as JSON, in the model's own JSON (the minutes of <c>show meeting</c> as <c>parse --model</c> has them).</summary>
    private static JsonSerializerOptions Json => ModelJson.Options;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static Option<bool> JsonOption() => new("--json") { Description = "Print the answer as JSON" };

    public static Command Show()
    {
        var show = new Command("show", "Show a meeting, a case or a person from the archive");

        var committee = new Argument<string>("COMMITTEE") { Description = "The committee: its name or the start of it (case-insensitive)" };
        var date = new Argument<string>("DATE") { Description = "The meeting date, YYYY-MM-DD" };
        var db = ArchiveOption.Create();
        var json = JsonOption();
        var meeting = new Command("meeting", "A meeting: header, participants, absentees, items and decisions") { committee, date, db, json };
        meeting.SetAction(r => Run(r.GetValue(db), queries =>
        {
            var text = r.GetValue(date)!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new QueryException($"\"{text}\" er ikke en dato på formen ÅÅÅÅ-MM-DD");
            var view = queries.GetMeeting(r.GetValue(committee)!, day)
                ?? throw new QueryException($"arkivet har intet møde i {r.GetValue(committee)} den {day:yyyy-MM-dd}");
            if (r.GetValue(json)) Print(view); else PrintMeeting(view);
        }));
        show.Subcommands.Add(meeting);

        var reference = new Argument<string>("CASE") { Description = "The case number, e.g. 00.01.00-A26-3-24" };
        var db2 = ArchiveOption.Create();
        var json2 = JsonOption();
        var @case = new Command("case", "A case: its treatment by each body, and the bodies still to treat it") { reference, db2, json2 };
        @case.SetAction(r => Run(r.GetValue(db2), queries =>
        {
            var view = queries.GetCase(r.GetValue(reference)!) ?? throw new QueryException($"arkivet har ingen sag {r.GetValue(reference)}");
            if (r.GetValue(json2)) Print(view); else PrintCase(view);
        }));
        show.Subcommands.Add(@case);

        var name = new Argument<string>("NAME") { Description = "The person's name, or words of it" };
        var db3 = ArchiveOption.Create();
        var json3 = JsonOption();
        var person = new Command("person", "A person: memberships and attendance") { name, db3, json3 };
        person.SetAction(r => Run(r.GetValue(db3), queries =>
        {
            var view = queries.GetPerson(r.GetValue(name)!);
            if (r.GetValue(json3)) Print(view); else PrintPerson(view);
        }));
        show.Subcommands.Add(person);
        return show;
    }

    public static Command Stats()
    {
        var stats = new Command("stats", "Statistics over the archive");
        var committee = new Option<string>("--committee") { Description = "The committee: its name or the start of it", Required = true };
        var term = new Option<string?>("--term") { Description = "The legislative term, YYYY-YYYY" };
        var db = ArchiveOption.Create();
        var json = JsonOption();
        var attendance = new Command("attendance", "Attendance per member of a committee") { committee, term, db, json };
        attendance.SetAction(r => Run(r.GetValue(db), queries =>
        {
            Referat.Domain.LegislativeTerm? period = null;
            if (r.GetValue(term) is { } text)
            {
                if (!Referat.Domain.LegislativeTerm.TryParse(text, out var parsed))
                    throw new QueryException($"\"{text}\" er ikke en valgperiode på formen ÅÅÅÅ-ÅÅÅÅ");
                period = parsed;
            }
            var report = queries.Attendance(r.GetValue(committee)!, period);
            if (r.GetValue(json)) Print(report); else PrintAttendance(report);
        }));
        stats.Subcommands.Add(attendance);
        return stats;
    }

    private static int Run(string? dbArgument, Action<ArchiveQueries> query)
    {
        if (ArchiveOption.OpenPublic(dbArgument) is not { } context)
            return 1;
        using (context)
        {
            try
            {
                query(new ArchiveQueries(context));
                return 0;
            }
            catch (QueryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        }
    }

    private static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Json));

    private static string E(string? text) => Markup.Escape(text ?? "");

    private static string Date(DateOnly? date) => DanishFormat.Date(date);

    private static string Absence(Absence a) =>
        a.Substitute is null ? $"{a.Member} var fraværende" + (a.Note is null ? "" : $" ({a.Note})")
        : $"{a.Member} var fraværende; i stedet deltog {a.Substitute}" + (a.Note is null ? "" : $" ({a.Note})");

    private static void PrintMeeting(MeetingView view)
    {
        var m = view.Minutes.Meeting;
        var time = m.Start is { } s ? $" kl. {s:HH\\.mm}" + (m.End is { } e ? $"–{e:HH\\.mm}" : "") : "";
        AnsiConsole.MarkupLine($"[bold]{E(view.Committee)}[/], {E(Date(view.Date))}{E(time)}");
        if (view.CurrentName is not null) AnsiConsole.MarkupLine($"Udvalget hedder nu: {E(view.CurrentName)}");
        if (view.Location is not null) AnsiConsole.MarkupLine($"Mødested: {E(view.Location)}");
        if (view.Term is not null) AnsiConsole.MarkupLine($"Valgperiode: {E(view.Term)}");
        AnsiConsole.MarkupLine($"Version: {view.Version}");
        AnsiConsole.MarkupLine($"Deltagere: {(m.Participants.Count == 0 ? "ikke angivet" : E(string.Join(", ", m.Participants)))}");
        AnsiConsole.MarkupLine($"Fraværende: {(m.Absences.Count == 0 ? "ingen angivet for hele mødet" : E(string.Join("; ", m.Absences.Select(Absence))))}");

        var table = new Table().AddColumns("Punkt", "Titel", "Sagsnr.", "Beslutning", "Udfald", "Fravær");
        foreach (var item in view.Items)
        {
            var title = item.IsClosed ? $"{item.Title} (lukket punkt)" : item.Title;
            if (item.Decisions.Count == 0)
            {
                table.AddRow(E(item.Number), E(title), E(item.CaseNumber?.Text), "", "", "");
                continue;
            }
            var first = true;
            foreach (var d in item.Decisions)
            {
                var heading = string.Join(", ", new[] { d.Body, d.Date is { } day ? Date(day) : null }.Where(x => x is not null));
                var text = (heading.Length == 0 ? "" : heading + ": ") + (d.Points.Count == 0 ? "" : $"Ad {string.Join(",", d.Points)}) ") + Shorten(d.Text);
                table.AddRow(first ? E(item.Number) : "", first ? E(title) : "", first ? E(item.CaseNumber?.Text) : "", E(text),
                    d.Outcome.DanishName(), E(string.Join("; ", d.Absences.Select(Absence))));
                first = false;
            }
        }
        AnsiConsole.Write(table);
    }

    private static void PrintCase(CaseView c)
    {
        AnsiConsole.MarkupLine($"[bold]Sag {E(c.Reference)}[/]: {E(c.Title)}");
        var table = new Table().AddColumns("Dato", "Organ", "Punkt", "Rolle", "Beslutning", "Udfald", "Kilde");
        foreach (var s in c.Timeline)
            table.AddRow(E(Date(s.Date)), E(s.Body), E(s.ItemNumber is null ? "" : $"Punkt {s.ItemNumber}"), E(s.Role.DanishName()),
                E(s.DecisionText is null ? (s.Outcome is null && s.Archived ? "(ingen beslutning registreret)" : "") : Shorten(s.DecisionText)),
                s.Outcome is { } o ? o.DanishName() : "", E(s.Archived ? "mødets referat" : $"historik i {s.RecordedIn}"));
        AnsiConsole.Write(table);
        if (c.Chain.Count > 0)
        {
            AnsiConsole.MarkupLine("Beslutningskompetence:");
            foreach (var step in c.Chain)
                AnsiConsole.MarkupLine($"  {(step.Treated ? "✓" : "·")} {E(step.Text)}");
        }
        AnsiConsole.MarkupLine(c.Pending.Count == 0 ? "Mangler behandling: ingen" : $"Mangler behandling i: [bold]{E(string.Join(", ", c.Pending))}[/]");
    }

    private static void PrintPerson(PersonView p)
    {
        AnsiConsole.MarkupLine($"[bold]{E(p.Party is null ? p.Name : $"{p.Name} ({p.Party})")}[/]");
        if (p.Aliases.Count > 0) AnsiConsole.MarkupLine($"Også stavet: {E(string.Join(", ", p.Aliases))}");
        var memberships = new Table().AddColumns("Organ", "Rolle", "Parti", "Første møde", "Seneste møde");
        foreach (var m in p.Memberships)
            memberships.AddRow(E(m.CurrentName is null ? m.Organization : $"{m.Organization} (nu {m.CurrentName})"), E(m.Role.DanishName()), E(m.Party), E(Date(m.FirstMeeting)), E(Date(m.LastMeeting)));
        AnsiConsole.Write(memberships);

        var meetings = new Table().AddColumns("Dato", "Organ", "Fremmøde", "Punkter deltaget", "Punkter fraværende", "Stedfortræder");
        foreach (var a in p.Meetings)
            meetings.AddRow(E(Date(a.Date)), E(a.Committee), a.Status.DanishName().ToLowerInvariant(), a.ItemsAttended.ToString(), a.ItemsAbsent.ToString(),
                E(a.SubstituteFor.Count > 0 ? "for " + string.Join(", ", a.SubstituteFor) : a.SubstitutedBy.Count > 0 ? "erstattet af " + string.Join(", ", a.SubstitutedBy) : ""));
        AnsiConsole.Write(meetings);
        var c = p.Counts;
        AnsiConsole.MarkupLine($"Møder: {c.Meetings} (til stede {c.MeetingsPresent}, fraværende {c.MeetingsAbsent}, som stedfortræder {c.MeetingsAsSubstitute})");
        AnsiConsole.MarkupLine($"Punkter: deltaget {c.ItemsAttended}, fraværende {c.ItemsAbsent}, som stedfortræder {c.ItemsAsSubstitute}");
    }

    private static void PrintAttendance(AttendanceReport r)
    {
        var period = r.Term is null ? "alle møder" : $"valgperioden {r.Term}";
        AnsiConsole.MarkupLine($"[bold]Fremmøde i {E(r.Committee)}[/], {E(period)}: {r.Meetings} møder");
        if (r.CurrentName is not null) AnsiConsole.MarkupLine($"Udvalget hedder nu: {E(r.CurrentName)}");
        var table = new Table().AddColumns("Medlem", "Møder", "Til stede", "Fraværende", "Heraf med stedfortræder", "Som stedfortræder", "Fremmøde");
        foreach (var m in r.Members)
            table.AddRow(E(m.Party is null ? m.Name : $"{m.Name} ({m.Party})"), m.Meetings.ToString(), m.Present.ToString(), m.Absent.ToString(),
                m.SubstitutedFor.ToString(), m.AsSubstitute.ToString(), m.Rate is { } rate ? rate.ToString("P0", Danish) : "");
        AnsiConsole.Write(table);
    }

    private static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 160 ? line : line[..157] + "…";
    }
}
