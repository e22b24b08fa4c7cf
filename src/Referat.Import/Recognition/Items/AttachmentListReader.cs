using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Reads the titles listed under "Bilag"/"Bilagsfortegnelse": one per bullet, number or line, wrapped titles joined.
/// A numbered or bulleted list ends at a new page that does not continue it: what follows is the attachments part
/// of the meeting package, not more titles.
/// </summary>
public sealed partial class AttachmentListReader(ParagraphJoiner joiner)
{
    [GeneratedRegex(@"^(?:•\s*|\d{1,2}[.)]\s+)")]
    private static partial Regex EntryMarker();

    public (List<TextParagraph> Entries, int? EndIndex) Read(IReadOnlyList<Line> lines)
    {
        var firstEntry = lines.FirstOrDefault(l => !l.IsBlank);
        int? end = null;
        if (firstEntry is not null && EntryMarker().IsMatch(firstEntry.Trimmed))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].IsBlank || EntryMarker().IsMatch(lines[i].Trimmed))
                    continue;
                if (lines[i].PageStart || PrecededByBlank(lines, i) && !ContinuesEntry(lines, i))
                {
                    end = i;
                    break;
                }
            }
        }
        var entries = joiner.Join(end is null ? lines : lines.Take(end.Value), joinAcrossBlanks: false)
            .Select(p => p with { Text = EntryMarker().Replace(p.Text, "").Trim() })
            .Where(p => p.Text.Length > 0)
            .ToList();
        return (entries, end);
    }

    private static bool PrecededByBlank(IReadOnlyList<Line> lines, int i) => i > 0 && lines[i - 1].IsBlank;

    private static bool ContinuesEntry(IReadOnlyList<Line> lines, int i) => lines[i].Trimmed.Length > 0 && char.IsLower(lines[i].Trimmed[0]);
}
