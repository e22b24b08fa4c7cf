namespace Referat.Publishing.Pdf;

/// <summary>
/// Fills pages from the top: a run of lines marked keep-with-next moves to the next page together with the line
/// after it when it does not fit; a page break can also be asked for explicitly, and a line may ask to start on a given
/// page or later.
/// </summary>
internal static class PdfPaginator
{
    public static List<List<PdfLine>> Paginate(IReadOnlyList<PdfLine> lines)
    {
        var pages = new List<List<PdfLine>> { new() };
        double used = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count - 1 && lines[end].KeepWithNext)
                end++;
            var unit = lines.Skip(i).Take(end - i + 1).ToList();
            var height = unit.Sum(l => l.Advance);
            var current = pages[^1];
            if (current.Count > 0 && (unit[0].PageBreakBefore || used + height > PdfMetrics.BodyHeight && height <= PdfMetrics.BodyHeight))
            {
                pages.Add(current = []);
                used = 0;
            }
            // A line that must start on a later page (an item at the page the contents record) leaves the rest of the
            // page, and any page between, empty.
            while (unit.FirstOrDefault(l => l.StartPage is not null)?.StartPage is { } start && pages.Count < start)
            {
                pages.Add(current = []);
                used = 0;
            }
            foreach (var line in unit)
            {
                if (current.Count > 0 && used + line.Advance > PdfMetrics.BodyHeight)
                {
                    pages.Add(current = []);
                    used = 0;
                }
                current.Add(line);
                used += line.Advance;
            }
            i = end + 1;
        }
        return pages;
    }

    /// <summary>The page (from 1) on which each item's heading is printed.</summary>
    public static Dictionary<int, int> ItemPages(List<List<PdfLine>> pages)
    {
        var result = new Dictionary<int, int>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var line in pages[p])
                if (line.ItemIndex is { } item)
                    result.TryAdd(item, p + 1);
        return result;
    }
}
