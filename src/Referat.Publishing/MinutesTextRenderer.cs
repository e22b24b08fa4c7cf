using Referat.Domain;
using Referat.Publishing.Outline;
using Referat.Publishing.Text;

namespace Referat.Publishing;

/// <summary>
/// Writes minutes in the secretariat's plain text layout: header, table of contents (when page numbers are known),
/// every item with case number, sections, competence, decisions with attendance, and attachments.
/// </summary>
public static class MinutesTextRenderer
{
    public static string Render(MinutesDocument minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var outline = MinutesOutline.Build(minutes);
        var lines = TextLayoutWriter.Lines(outline, minutes.TableOfContents, gap: 1);
        if (DoubleSpacingGuard.LooksDoubleSpaced(lines))
            lines = TextLayoutWriter.Lines(outline, minutes.TableOfContents, gap: 2);
        return TextLayoutWriter.Join(lines);
    }
}
