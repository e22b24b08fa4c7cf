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

    public static string Extract(byte[] bytes, string source = "document") => Read(bytes, source).Text;

    /// <exception cref="MinutesFormatException">The PDF is over a limit: its streams inflate too far, it has too many pages, reading it takes too long.</exception>
    public static ExtractedText Read(byte[] bytes, string source = "document")
    {
        var limits = ReadingBudget.CurrentLimits;
        PdfStreams.CheckInflatedSize(source, bytes, limits.MaxDecompressedBytes);
        using var document = PdfDocument.Open(bytes);
        if (document.NumberOfPages > limits.MaxPages)
            throw new MinutesFormatException(source, null, $"the PDF has {document.NumberOfPages} pages; the limit for one document is {limits.MaxPages}");
        var text = new StringBuilder();
        var lines = new List<PrintedLine>();
        var number = 0;
        foreach (var page in document.GetPages())
        {
            ReadingBudget.Check($"at page {++number}");
            if (text.Length > 0)
                text.Append("\n\f");
            text.Append(ContentOrderTextExtractor.GetText(page));
            lines.AddRange(PrintedLines(page));
        }
        return new ExtractedText(text.ToString(), HeadingLevels(text.ToString(), lines));
    }

    /// <summary>A printed line: its letters without spaces (to find it in the extracted text), its largest size, whether it is all bold.</summary>
    private sealed record PrintedLine(string Key, double Size, bool Bold, int Letters, int Words);

    /// <summary>
    /// The page's letters grouped into lines by their baseline, in one pass over the letters the text extractor already
    /// read (no second layout analysis).
    /// </summary>
    private static IEnumerable<PrintedLine> PrintedLines(Page page)
    {
        var lines = new Dictionary<double, (StringBuilder Key, double Size, bool Bold, int Letters, int Spaces)>();
        var order = new List<double>();
        foreach (var letter in page.Letters)
        {
            var baseline = Math.Round(letter.StartBaseLine.Y);
            if (!lines.TryGetValue(baseline, out var line))
            {
                line = (new StringBuilder(), 0, true, 0, 0);
                order.Add(baseline);
            }
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                lines[baseline] = line with { Spaces = line.Spaces + 1 };
                continue;
            }
            line.Key.Append(letter.Value);
            var bold = letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;
            lines[baseline] = (line.Key, Math.Max(line.Size, letter.PointSize), line.Bold && bold, line.Letters + 1, line.Spaces);
        }
        foreach (var baseline in order)
        {
            var line = lines[baseline];
            if (line.Letters > 0)
                yield return new PrintedLine(line.Key.ToString(), line.Size, line.Bold, line.Letters, line.Spaces + 1);
        }
    }

    private static Dictionary<int, int> HeadingLevels(string text, List<PrintedLine> printed)
    {
        var levels = new Dictionary<int, int>();
        if (printed.Count == 0)
            return levels;
        var body = printed.GroupBy(l => Math.Round(l.Size, 1)).OrderByDescending(g => g.Sum(l => l.Letters)).First().Key;
        var headings = printed
            .Where(l => l.Size >= body * LargerBy || l.Bold && l.Words <= MaxBoldHeadingWords)
            .ToList();
        if (headings.Count == 0)
            return levels;
        var sizes = headings.Select(l => Math.Round(l.Size, 1)).Distinct().OrderDescending().ToList();
        var byText = new Dictionary<string, int>();
        foreach (var heading in headings)
            byText.TryAdd(heading.Key, sizes.IndexOf(Math.Round(heading.Size, 1)) + 1);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (byText.TryGetValue(Key(lines[i].TrimStart('\f')), out var level))
                levels[i] = level;
        return levels;
    }

    /// <summary>A line's letters without white space: the same in the extracted text and in the letters.</summary>
    private static string Key(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}
