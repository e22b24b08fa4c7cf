using System.CommandLine;
using Referat.Import;
using Referat.Import.Gold;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat parse FILE [--json [--meeting-defaults] | --model | --explain]</c>: read one minutes document and show what
/// was found: the gold schema (--json; with --meeting-defaults a decision under a bare "Beslutning" shows the meeting's
/// body and date, the development corpus's convention), the whole domain model (--model, the JSON
/// <c>export --format model</c> writes), every field with its lines, confidence and the reason for it (--explain), or a
/// short Danish summary.
/// </summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Minutes document: .txt, .md, .pdf or .html" };
        var json = new Option<bool>("--json") { Description = "Print the parsed minutes as JSON (the gold schema)" };
        var model = new Option<bool>("--model") { Description = "Print the full domain model as JSON (every block, table cell, vote, attendance, attachment)" };
        var meetingDefaults = new Option<bool>("--meeting-defaults") { Description = "With --json: a decision whose header names no body or date shows the meeting's (the convention of shared/corpus)" };
        var explain = new Option<bool>("--explain") { Description = "Show each field with its source line range, confidence, the reason for it, and every warning" };
        var command = new Command("parse", "Parse a minutes document") { file, json, meetingDefaults, model, explain };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!.FullName;
            Referat.Import.ParseResult parsed;
            try
            {
                parsed = new DocumentReader().ReadFile(path);
            }
            catch (MinutesFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            if (result.GetValue(json))
                Console.WriteLine(GoldProjection.ToJson(parsed, result.GetValue(meetingDefaults)));
            else if (result.GetValue(model))
                Console.WriteLine(Referat.Domain.ModelJson.Serialize(parsed.Minutes));
            else if (result.GetValue(explain))
                Explain.Print(parsed);
            else
                Summary.Print(parsed);
            return 0;
        });
        return command;
    }
}
