using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Some exports put an empty line after every line of text. When nearly every text line is followed by exactly one
/// empty line, those empty lines are layout, not paragraph breaks, and are removed. Lines holding only spaces are
/// kept: in such documents they are the real paragraph breaks.
/// </summary>
public sealed class DoubleSpacing : ILineStep
{
    public void Apply(LineDocument document)
    {
        if (document.Structured)
            return;
        var lines = document.Lines;
        int textLines = 0, followedByEmpty = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (lines[i].IsBlank)
                continue;
            textLines++;
            if (lines[i + 1].Text.Length == 0 && (i + 2 >= lines.Count || !lines[i + 2].IsBlank || lines[i + 2].Text.Length > 0))
                followedByEmpty++;
        }
        // One paragraph per line with empty lines between is not double spacing. Double-spaced text is wrapped, or
        // shows its real paragraph breaks another way: as lines of spaces.
        var spaceLines = lines.Count(l => l.Text.Length > 0 && l.IsBlank);
        if (textLines < 4 || followedByEmpty < textLines * 0.7 || !(spaceLines > 0 || Recognition.LayoutProfile.Measure(lines).HardWrapped))
            return;

        var kept = new List<Line>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var isLayoutGap = lines[i].Text.Length == 0 && i > 0 && !lines[i - 1].IsBlank;
            if (!isLayoutGap)
                kept.Add(lines[i]);
        }
        document.Lines = kept;
    }
}
