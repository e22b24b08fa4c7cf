using System.Text;
using Referat.Domain;
using Referat.Publishing.Outline;

namespace Referat.Publishing.Text;

/// <summary>
/// Writes outline blocks as plain text lines: one line per paragraph, list entry or table row, blocks separated by
/// an empty line (or by <paramref name="gap"/> empty lines).
/// </summary>
internal static class TextLayoutWriter
{
    public static List<string> Lines(MinutesOutline outline, IReadOnlyList<TocEntry> contents, int gap)
    {
        var lines = new List<string>();
        void Separate()
        {
            if (lines.Count > 0)
                for (var i = 0; i < gap; i++) lines.Add("");
        }
        void Write(IEnumerable<OutlineBlock> blocks)
        {
            foreach (var block in blocks)
            {
                Separate();
                lines.AddRange(BlockLines(block));
            }
        }

        Write(outline.Header);
        var entries = contents.Where(e => e.Page is not null && e.Title.Trim().Length > 0).ToList();
        if (entries.Count > 0)
        {
            Separate();
            lines.Add("Indholdsfortegnelse");
            lines.AddRange(entries.Select(e => $"{ItemLabels.Clean(e.Title)}.....\t{e.Page}"));
        }
        foreach (var item in outline.Items)
            Write(item.Blocks);
        Write(outline.Tail);
        return lines;
    }

    public static IEnumerable<string> BlockLines(OutlineBlock block) => block switch
    {
        TitleBlock title => [title.Text],
        FieldBlock field => [field.Text],
        ItemHeadingBlock heading => [heading.Text],
        CaseNumberBlock caseNumber => [caseNumber.Text],
        SectionHeadingBlock heading => [heading.Text],
        LineBlock line => [line.Text],
        ParagraphBlock paragraph => [paragraph.Text],
        ListBlock list => list.Entries.Select((e, i) => list.Numbered ? $"{i + 1}. {e}" : "• " + e),
        TableOutlineBlock table => TableLines(table),
        VerbatimBlock verbatim => verbatim.Text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()),
        _ => [],
    };

    private static IEnumerable<string> TableLines(TableOutlineBlock table)
    {
        if (table.HasHeader)
            yield return string.Join("\t", table.Header);
        foreach (var row in table.Rows)
            yield return string.Join("\t", row);
    }

    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
            text.Append(line).Append('\n');
        return text.ToString();
    }
}
