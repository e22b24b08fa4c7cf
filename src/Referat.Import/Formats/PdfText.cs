using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Referat.Import.Formats;

/// <summary>
/// Extracts the text of a PDF page by page in reading order, pages separated by form feeds, and marks the lines that
/// the PDF sets as headings: larger than the body text, or bold throughout and short. The body size is the size
/// most letters have; heading levels follow the sizes, the largest first.
/// </summary>
public static class PdfText
{
    private const double LargerBy = 1.12;
    private const int MaxBoldHeadingWords = 16;

    public static string Extract(byte[] bytes) => Read(bytes).Text;

    public static ExtractedText Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        var lines = new List<PrintedLine>();
        foreach (var page in document.GetPages())
        {
            if (text.Length > 0)
                text.Append("\n\f");
            text.Append(ContentOrderTextExtractor.GetText(page));
            lines.AddRange(PrintedLines(page));
        }
        return new ExtractedText(text.ToString(), HeadingLevels(text.ToString(), lines));
    }

    private sealed record PrintedLine(string Text, double Size, bool Bold, int Letters);

    /// <summary>The page's words grouped into lines by their baseline, each with its largest letter size and whether it is all bold.</summary>
    private static IEnumerable<PrintedLine> PrintedLines(Page page)
    {
        var words = page.GetWords().Where(w => w.Letters.Count > 0).ToList();
        foreach (var line in words.GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y)).OrderByDescending(g => g.Key))
        {
            var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
            var letters = ordered.SelectMany(w => w.Letters).ToList();
            yield return new PrintedLine(
                string.Join(' ', ordered.Select(w => w.Text)),
                letters.Max(l => l.PointSize),
                letters.All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true),
                letters.Count);
        }
    }

    private static Dictionary<int, int> HeadingLevels(string text, List<PrintedLine> printed)
    {
        var levels = new Dictionary<int, int>();
        if (printed.Count == 0)
            return levels;
        var body = printed.GroupBy(l => Math.Round(l.Size, 1)).OrderByDescending(g => g.Sum(l => l.Letters)).First().Key;
        var headings = printed
            .Where(l => l.Size >= body * LargerBy || l.Bold && l.Text.Split(' ').Length <= MaxBoldHeadingWords)
            .ToList();
        if (headings.Count == 0)
            return levels;
        var sizes = headings.Select(l => Math.Round(l.Size, 1)).Distinct().OrderDescending().ToList();
        var byText = new Dictionary<string, int>();
        foreach (var heading in headings)
            byText.TryAdd(Key(heading.Text), sizes.IndexOf(Math.Round(heading.Size, 1)) + 1);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (byText.TryGetValue(Key(lines[i].TrimStart('\f')), out var level))
                levels[i] = level;
        return levels;
    }

    private static string Key(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
