using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>Pieces every layout prints the same way.</summary>
public static class Print
{
    /// <summary>"X (A) var fraværende. I stedet deltog Y (A)." — one sentence pair per absence.</summary>
    public static IEnumerable<string> Attendance(Decision decision) => decision.Absences.Select(a =>
        $"{a.Member} var fraværende{(a.Note is null ? "" : " " + a.Note)}." + (a.Substitute is null ? "" : $" I stedet deltog {a.Substitute}."));

    public static string DecisionHeader(Decision decision, bool comma) =>
        $"{decision.Body}{(comma ? "," : "")} den {Danish.LongDate(decision.Date!.Value)}";

    public static string TitleWithTypes(AgendaItem item) => item.PrintedTitle + string.Concat(item.Types.Select(t => $" ({t})"));

    public static IEnumerable<string> Paragraphs(Decision decision) => decision.Text.Split('\n');

    /// <summary>The lines of a content block: a paragraph, list entries or table rows.</summary>
    public static IEnumerable<(string Text, bool Prose)> Block(Block block) => block switch
    {
        Paragraph p => [(p.Text, true)],
        BulletList { Numbered: true } list => list.Entries.Select((e, i) => ($"{i + 1}. {e}", false)),
        BulletList list => list.Entries.Select(e => ($"• {e}", false)),
        TableBlock table => [(string.Join("\t", table.Table.Header), false), .. table.Table.Rows.Select(r => (string.Join("\t", r.Cells.Select(c => c.Text)), false))],
        _ => [],
    };

    public static byte[] Utf8(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
}
