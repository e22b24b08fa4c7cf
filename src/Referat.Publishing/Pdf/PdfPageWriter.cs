using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Referat.Publishing.Pdf;

/// <summary>
/// Draws paginated lines on A4 pages with a "Side N af M" footer. Table cells are followed by a tab drawn in white:
/// invisible on paper, but text extraction returns it, so a reader can tell the columns apart.
/// </summary>
internal static class PdfPageWriter
{
    public static byte[] Write(List<List<PdfLine>> pages, string title)
    {
        var builder = new PdfDocumentBuilder { DocumentInformation = { Title = title, Producer = "Referat" } };
        var (regular, bold) = PdfFonts.AddTo(builder);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = PdfMetrics.PageHeight - PdfMetrics.MarginTop;
            foreach (var line in pages[p])
            {
                y -= line.Advance;
                var font = line.Style == PdfFontStyle.Bold ? bold : regular;
                var x = PdfMetrics.MarginLeft + line.Indent;
                if (line.Cells is { } cells)
                {
                    for (var c = 0; c < cells.Count; c++)
                    {
                        var cellX = x + cells[c].Offset;
                        if (cells[c].Text.Length > 0)
                            page.AddText(cells[c].Text, line.Size, new PdfPoint(cellX, y), font);
                        if (c < cells.Count - 1)
                        {
                            page.SetTextAndFillColor(255, 255, 255);
                            page.AddText("\t", line.Size, new PdfPoint(cellX + PdfFonts.Widths(line.Style).Measure(cells[c].Text, line.Size), y), font);
                            page.ResetColor();
                        }
                    }
                }
                else
                {
                    page.AddText(line.IsBlank ? PdfLine.BlankGlyph : line.Text, line.Size, new PdfPoint(x, y), font);
                }
            }
            var footer = $"Side {p + 1} af {pages.Count}";
            var footerWidth = PdfFonts.Widths(PdfFontStyle.Regular).Measure(footer, PdfMetrics.FooterSize);
            page.AddText(footer, PdfMetrics.FooterSize, new PdfPoint((PdfMetrics.PageWidth - footerWidth) / 2, PdfMetrics.FooterBaseline), regular);
        }
        return builder.Build();
    }
}
