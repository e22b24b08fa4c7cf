using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Removes what a printed page adds around the text: page footers ("Side 16 af 30", "Bilag 1 - Side -39 af 62"),
/// bare page numbers (a page apart, not a list of numbers), and running headers (the committee and a bare meeting date repeated at the top of pages).
/// The line after removed furniture is marked as a page start. The first running header is kept: it is the only
/// place some layouts name the committee and the date.
/// </summary>
public sealed partial class PageFurniture : ILineStep
{
    [GeneratedRegex(@"^\s*(?:Bilag\s+\d+\s*[-–]\s*)?Side\s*-?\s*\d+\s+af\s+\d+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex BarePageNumber();

    [GeneratedRegex(@"^\s*\d{1,2}[-.]\d{1,2}[-.]\d{4}\s*$")]
    private static partial Regex BareDate();

    private const int ListSpacing = 6;

    public void Apply(LineDocument document)
    {
        var lines = document.Lines;
        var remove = new bool[lines.Count];

        var bare = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length > 40)
                continue;                                       // furniture is short; prose is not looked at
            if (PageFooter().IsMatch(text))
                remove[i] = true;
            else if (text.Length <= 8 && BarePageNumber().IsMatch(text) && IsBlankAt(lines, i - 1) && IsBlankAt(lines, i + 1))
                bare.Add(i);
        }
        // A page number stands alone a page apart from the next; numbers a few lines apart are a list ("137" /
        // "Godkendelse af dagsorden" / "138" …), not page furniture.
        for (var k = 0; k < bare.Count; k++)
            if ((k == 0 || bare[k] - bare[k - 1] > ListSpacing) && (k + 1 == bare.Count || bare[k + 1] - bare[k] > ListSpacing))
                remove[bare[k]] = true;

        MarkRunningHeaders(lines, remove);

        var kept = new List<Line>(lines.Count);
        var afterFurniture = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (remove[i])
            {
                afterFurniture = true;
                continue;
            }
            if (afterFurniture && !lines[i].IsBlank)
            {
                lines[i].PageStart = true;
                afterFurniture = false;
            }
            kept.Add(lines[i]);
        }
        document.Lines = kept;
    }

    /// <summary>
    /// A running header is a bare date line, repeated at least three times, together with the non-blank line just
    /// above it when that line repeats with it (the committee's name).
    /// </summary>
    private static void MarkRunningHeaders(List<Line> lines, bool[] remove)
    {
        var occurrences = new Dictionary<string, List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length > 16 || !BareDate().IsMatch(lines[i].Text))
                continue;
            var above = i > 0 && !lines[i - 1].IsBlank ? lines[i - 1].Text.Trim() : "";
            var key = above + "\n" + lines[i].Text.Trim();
            if (!occurrences.TryGetValue(key, out var list))
                occurrences[key] = list = [];
            list.Add(i);
        }
        foreach (var (key, positions) in occurrences)
        {
            if (positions.Count < 3)
                continue;
            var withAbove = !key.StartsWith('\n');
            foreach (var position in positions.Skip(1))
            {
                remove[position] = true;
                if (withAbove)
                    remove[position - 1] = true;
            }
        }
    }

    private static bool IsBlankAt(List<Line> lines, int index) => index < 0 || index >= lines.Count || lines[index].IsBlank;
}
