using Referat.Domain;
using System.Text.RegularExpressions;
using Referat.Import.Formats;
using Referat.Publishing;
using UglyToad.PdfPig;

namespace Referat.Import.Tests;

public class PdfLayoutTests
{
    private static readonly byte[] Pdf = MinutesPdfRenderer.Render(SampleMinutes.Build());

    [Fact]
    public void Pages_are_a4_with_a_side_n_af_m_footer()
    {
        using var document = PdfDocument.Open(Pdf);
        var count = document.NumberOfPages;
        foreach (var page in document.GetPages())
        {
            Assert.InRange(page.Width, 595, 596);
            Assert.InRange(page.Height, 841, 842);
            Assert.Contains($"Side {page.Number} af {count}", page.Text);
        }
    }

    [Fact]
    public void Danish_letters_and_dashes_extract_as_written()
    {
        var text = PdfText.Extract(Pdf);
        Assert.Contains("Punkt 2: Ny cykelsti langs Åvej – anlægsbevilling (Beslutning)", text);
        Assert.Contains("Birthe Østergaard (F) var fraværende under punktet. I stedet deltog Karen Holt (F).", text);
        Assert.Contains("Mødested Rådhuset, mødelokale 2", text);
    }

    [Fact]
    public void Contents_give_the_pages_where_items_start()
    {
        // The sample's items six times over, so that the document runs over several pages.
        var sample = SampleMinutes.Build();
        var items = Enumerable.Range(0, 6).SelectMany(k => sample.Items.Select(i => i with { Number = (k * 3 + i.Order).ToString(), Order = k * 3 + i.Order })).ToList();
        // A table of contents without pages (the secretariat's own minutes): each entry gets the page its item lands on.
        var longer = sample with { Items = items, TableOfContents = items.Select(i => new TocEntry(i.Title, null, i.Number)).ToList() };
        var pdf = MinutesPdfRenderer.Render(longer);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 2, $"expected several pages, got {document.NumberOfPages}");
        var parsed = new DocumentReader().Read("render.pdf", pdf).Minutes;
        Assert.Equal(longer.Items.Count, parsed.TableOfContents.Count);
        Assert.Equal(longer.Items.Count, parsed.Items.Count);
        for (var k = 0; k < longer.Items.Count; k++)
        {
            var page = parsed.TableOfContents[k].Page!.Value;
            var heading = $"Punkt {longer.Items[k].Number}: ";
            Assert.True(Regex.IsMatch(UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(document.GetPage(page)), "^" + Regex.Escape(heading), RegexOptions.Multiline),
                $"item {longer.Items[k].Number} is listed on page {page} but does not start there");
        }
    }

    [Fact]
    public void An_item_starts_on_the_page_its_contents_entry_records()
    {
        var sample = SampleMinutes.Build();
        var recorded = sample with { TableOfContents = sample.Items.Select((i, k) => new TocEntry(i.Title, 3 + 2 * k, i.Number)).ToList() };
        var pdf = MinutesPdfRenderer.Render(recorded);
        using var document = PdfDocument.Open(pdf);
        for (var k = 0; k < sample.Items.Count; k++)
        {
            var text = UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(document.GetPage(3 + 2 * k));
            Assert.Matches("(?m)^" + Regex.Escape($"Punkt {sample.Items[k].Number}: "), text);
        }
        Assert.Equal([3, 5, 7], new DocumentReader().Read("render.pdf", pdf).Minutes.TableOfContents.Select(e => e.Page!.Value).Take(3));
    }

    [Fact]
    public void Minutes_without_a_table_of_contents_are_printed_without_one()
    {
        var pdf = MinutesPdfRenderer.Render(SampleMinutes.Build() with { TableOfContents = [] });
        using var document = PdfDocument.Open(pdf);
        Assert.DoesNotContain("Indholdsfortegnelse", UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(document.GetPage(1)));
    }
}
