using Referat.Domain;
using Referat.Import;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>A short human-readable account of parsed minutes.</summary>
internal static class Summary
{
    public static void Print(ParseResult parsed)
    {
        var meeting = parsed.Minutes.Meeting;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(meeting.Committee ?? "(ukendt udvalg)")}[/] {Markup.Escape(DanishFormat.Date(meeting.Date))}");
        var table = new Table().AddColumns("Nr.", "Titel", "Beslutning");
        foreach (var item in parsed.Minutes.Items)
        {
            var decision = item.Decisions.LastOrDefault();
            table.AddRow(Markup.Escape(item.Number), Markup.Escape(item.Title), Markup.Escape(decision is null ? "" : Referat.Domain.DanishNames.DanishName(decision.Outcome)));
        }
        AnsiConsole.Write(table);
        foreach (var warning in parsed.Warnings)
            AnsiConsole.MarkupLine($"[yellow]advarsel:[/] {Markup.Escape(warning.ToString())}");
    }
}
