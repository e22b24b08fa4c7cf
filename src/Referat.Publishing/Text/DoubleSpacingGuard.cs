namespace Referat.Publishing.Text;

/// <summary>
/// The import pipeline treats a text in which nearly every line (70 % of at least 20) is followed by exactly one
/// empty line as a double-spaced export and drops those empty lines, which would glue our paragraphs together.
/// Minutes with many one-line paragraphs look exactly like that, so the renderer checks its own output and, when
/// it would be mistaken, separates blocks with two empty lines instead.
/// </summary>
internal static class DoubleSpacingGuard
{
    /// <summary>
    /// The lines an HTML reader makes of our HTML: one per block element with an empty line between blocks, list
    /// entries included; table rows stay together.
    /// </summary>
    public static bool HtmlLooksDoubleSpaced(Outline.MinutesOutline outline)
    {
        var lines = new List<string>();
        foreach (var block in outline.Header.Concat(outline.Items.SelectMany(i => i.Blocks)).Concat(outline.Tail))
        {
            if (block is Outline.ListBlock or Outline.VerbatimBlock)
                foreach (var line in TextLayoutWriter.BlockLines(block).Where(l => l.Trim().Length > 0))
                    lines.AddRange([line, ""]);
            else
                lines.AddRange([.. TextLayoutWriter.BlockLines(block), ""]);
        }
        return LooksDoubleSpaced(lines);
    }

    public static bool LooksDoubleSpaced(IReadOnlyList<string> lines)
    {
        int textLines = 0, followedByEmpty = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            textLines++;
            if (lines[i + 1].Length == 0 && (i + 2 >= lines.Count || !string.IsNullOrWhiteSpace(lines[i + 2]) || lines[i + 2].Length > 0))
                followedByEmpty++;
        }
        return textLines >= 20 && followedByEmpty >= textLines * 0.7;
    }
}
