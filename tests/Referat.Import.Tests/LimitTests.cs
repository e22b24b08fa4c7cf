using System.IO.Compression;
using System.Text;
using Referat.Domain;
using Referat.Import.Formats;
using Referat.Import.Tests.Support;
using Referat.Publishing;

namespace Referat.Import.Tests;

/// <summary>
/// Hostile documents end with a clear error naming the file and the limit it crossed, never after minutes or with
/// memory exhausted: 200,000 nested elements, a PDF stream that inflates to gigabytes, too many pages, too long.
/// </summary>
public sealed class LimitTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static MinutesFormatException Rejected(string name, Func<ParseResult> read)
    {
        var error = Minutes.WithTimeout(HangGuard, () => Record.Exception(() => read()), $"reading {name}");
        var rejection = Assert.IsType<MinutesFormatException>(error);
        Assert.StartsWith(name, rejection.Message);
        return rejection;
    }

    [Fact]
    public void Two_hundred_thousand_nested_divs_are_refused_at_the_nesting_limit_with_the_line()
    {
        var html = new StringBuilder("<!doctype html>\n<html><body>\n<h1>Referat</h1>\n");
        for (var i = 0; i < 200_000; i++)
            html.Append("<div>");
        html.Append("Punkt 1. Godkendelse");
        for (var i = 0; i < 200_000; i++)
            html.Append("</div>");
        var rejection = Rejected("dybt.html", () => new DocumentReader().Read("dybt.html", Encoding.UTF8.GetBytes(html.ToString())));
        Assert.Contains("nested more than 512 deep", rejection.Problem);
        Assert.Equal(4, rejection.Line);
    }

    [Fact]
    public void Deep_but_legal_nesting_and_unclosed_paragraphs_are_read()
    {
        var html = new StringBuilder("<!doctype html><html><body><h1>Økonomiudvalget</h1><p>Mødedato: 9. juni 2025");
        for (var i = 0; i < 5_000; i++)
            html.Append("<p>afsnit ").Append(i);   // p's end tag may be left out: not nesting
        html.Append("<div><div><div><h2>Punkt 1. Budget 2026</h2><p>Sagsfremstilling</p><p>Budgettet godkendes.</div></div></div>");
        var result = new DocumentReader().Read("lovlig.html", Encoding.UTF8.GetBytes(html.ToString()));
        Assert.Contains(result.Minutes.Items, i => i.Title.Contains("Budget 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_bomb_stream_is_refused_at_the_decompression_limit()
    {
        var pdf = ZipBombPdf(inflatesTo: 600L * 1024 * 1024);
        Assert.True(pdf.Length < 2 * 1024 * 1024, $"the bomb is {pdf.Length} bytes");
        var rejection = Rejected("bombe.pdf", () => new DocumentReader().Read("bombe.pdf", pdf));
        Assert.Contains("inflate to more than 512 MB", rejection.Problem);
    }

    [Fact]
    public void A_stream_under_the_limit_is_measured_and_the_PDF_read_as_usual()
    {
        var pdf = MinutesPdfRenderer.Render(SampleMinutes.Build());
        Assert.True(PdfStreams.CheckInflatedSize("prøve.pdf", pdf, DocumentLimits.Default.MaxDecompressedBytes) > 0);
        Assert.NotEmpty(new DocumentReader().Read("prøve.pdf", pdf).Minutes.Items);
        var small = new DocumentReader(limits: new DocumentLimits { MaxDecompressedBytes = 1_000 });
        Assert.Contains("inflate to more than", Rejected("prøve.pdf", () => small.Read("prøve.pdf", pdf)).Problem);
    }

    [Fact]
    public void Too_many_pages_and_too_much_time_are_refused_with_the_limit()
    {
        var pdf = MinutesPdfRenderer.Render(SampleMinutes.Build());
        var pages = UglyToad.PdfPig.PdfDocument.Open(pdf).NumberOfPages;
        var few = new DocumentReader(limits: new DocumentLimits { MaxPages = pages - 1 });
        Assert.Contains($"has {pages} pages; the limit for one document is {pages - 1}", Rejected("sider.pdf", () => few.Read("sider.pdf", pdf)).Problem);
        var hurried = new DocumentReader(limits: new DocumentLimits { MaxTime = TimeSpan.Zero });
        Assert.Contains("longer than 0 s, the limit for one document", Rejected("tid.pdf", () => hurried.Read("tid.pdf", pdf)).Problem);
        Assert.Contains("longer than 0 s", Rejected("tid.txt", () => hurried.Read("tid.txt", Encoding.UTF8.GetBytes(MinutesTextRenderer.Render(SampleMinutes.Build())))).Problem);
    }

    /// <summary>A one-page PDF whose content stream is zeros deflated: a few hundred kilobytes that inflate to <paramref name="inflatesTo"/>.</summary>
    private static byte[] ZipBombPdf(long inflatesTo)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatesTo; written += zeros.Length)
                zlib.Write(zeros);
        }
        var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(compressed.ToArray());
        Write("\nendstream\nendobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return pdf.ToArray();
    }
}
