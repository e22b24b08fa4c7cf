using Referat.Domain;
using Referat.Publishing.Outline;
using Referat.Publishing.Pdf;

namespace Referat.Publishing;

/// <summary>
/// Writes minutes as an A4 PDF: the header on page 1, the minutes' own table of contents (an entry that records its
/// page has its item start on that page, as the minutes were printed; one without gets the page its item lands on,
/// laid out until the pages settle), wrapped paragraphs, page breaks that keep headings with their text, and a
/// "Side N af M" footer on every page.
/// </summary>
public static class MinutesPdfRenderer
{
    public static byte[] Render(MinutesDocument minutes) => RenderWithContents(minutes).Pdf;

    /// <summary>The PDF and its table of contents as printed: each item's contents title and the page it starts on.</summary>
    public static (byte[] Pdf, IReadOnlyList<TocEntry> Contents) RenderWithContents(MinutesDocument minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var outline = MinutesOutline.Build(minutes);
        IReadOnlyDictionary<int, int> itemPages = new Dictionary<int, int>();
        List<List<PdfLine>> pages = [];
        for (var pass = 0; pass < 3; pass++)
        {
            pages = PdfPaginator.Paginate(PdfLineLayout.Build(outline, itemPages));
            var actual = PdfPaginator.ItemPages(pages);
            if (actual.Count == itemPages.Count && actual.All(kv => itemPages.TryGetValue(kv.Key, out var p) && p == kv.Value))
                break;
            itemPages = actual;
        }
        var contents = outline.Contents.Select(entry =>
        {
            var page = entry.Page ?? (entry.ItemIndex is { } k && itemPages.TryGetValue(k, out var p) ? p : 0);
            return new TocEntry(PdfLineLayout.FitContentsTitle(entry.Title, page).Title, page);
        }).ToList();
        return (DeterministicPdfId.Apply(PdfPageWriter.Write(pages, HeaderLayout.Title(minutes.Meeting, HeaderLayout.IsAgenda(minutes)))), contents);
    }
}
