using Referat.Publishing.Outline;

namespace Referat.Publishing.Pdf;

/// <summary>
/// Lays a table out in columns, one printed line per row, the header row in bold. Columns are as wide as their
/// widest cell; a table wider than the page is set in a smaller size (down to 6 pt).
/// </summary>
internal static class PdfTableLayout
{
    private const double Gap = 10;

    public static IEnumerable<PdfLine> Lines(TableOutlineBlock table)
    {
        var rows = new List<(IReadOnlyList<string> Cells, PdfFontStyle Style)>();
        if (table.HasHeader)
            rows.Add((table.Header, PdfFontStyle.Bold));
        rows.AddRange(table.Rows.Select(r => (r, PdfFontStyle.Regular)));
        rows = rows.Select(r => ((IReadOnlyList<string>)r.Cells.Select(c => PdfTextSanitizer.Clean(c, r.Style)).ToList(), r.Style)).ToList();
        if (rows.Count == 0)
            return [];

        var columns = rows.Max(r => r.Cells.Count);
        var size = PdfMetrics.BodySize;
        double[] widths;
        while (true)
        {
            widths = new double[columns];
            foreach (var (cells, style) in rows)
                for (var c = 0; c < cells.Count; c++)
                    widths[c] = Math.Max(widths[c], PdfFonts.Widths(style).Measure(cells[c], size));
            if (widths.Sum() + Gap * (columns - 1) <= PdfMetrics.TextWidth || size <= 6)
                break;
            size -= 0.5;
        }

        var offsets = new double[columns];
        for (var c = 1; c < columns; c++)
            offsets[c] = offsets[c - 1] + widths[c - 1] + Gap;
        return rows.Select((row, k) => new PdfLine("", size, row.Style)
        {
            Cells = row.Cells.Select((text, c) => new PdfCell(text, offsets[c])).ToList(),
            KeepWithNext = k == 0 && rows.Count > 1,
        });
    }
}
