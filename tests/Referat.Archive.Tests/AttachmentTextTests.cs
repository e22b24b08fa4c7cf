using System.Text;
using Referat.Archive.Search;
using Referat.Domain;
using Referat.Publishing;

namespace Referat.Archive.Tests;

public sealed class AttachmentTextTests
{
    private static readonly MinutesDocument Minutes = new()
    {
        Meeting = new MeetingHeader { Committee = "Teknik- og Miljøudvalget", Date = new DateOnly(2025, 3, 4) },
        Items = [new AgendaItem { Number = "1", Order = 1, Title = "Skybrudsplan for Havnevej", Sections = [new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph("Regnvandsbassinet udvides.")])] }],
    };

    private static FileRow File(byte[] data, string? mime, string name) => new() { Name = name, Data = data, MimeType = mime, FileName = name };

    [Fact]
    public void Pdf_html_and_text_files_give_their_text()
    {
        Assert.Contains("Regnvandsbassinet", AttachmentText.Extract(File(MinutesPdfRenderer.Render(Minutes), "application/pdf", "bilag.pdf")));
        Assert.Contains("Regnvandsbassinet", AttachmentText.Extract(File(Encoding.UTF8.GetBytes(MinutesHtmlRenderer.Render(Minutes)), "text/html", "bilag.html")));
        Assert.Equal("Budget for vejene", AttachmentText.Extract(File(Encoding.Latin1.GetBytes("Budget for vejene"), "text/plain", "bilag.txt")));
    }

    [Fact]
    public void Unreadable_or_unknown_files_give_no_text_and_no_error()
    {
        Assert.Null(AttachmentText.Extract(File("%PDF-1.7 cut off"u8.ToArray(), "application/pdf", "brudt.pdf")));
        Assert.Null(AttachmentText.Extract(File([0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3], "image/png", "kort.png")));
        Assert.Null(AttachmentText.Extract(File([0, 0, 0, 1, 2, 255, 254, 0], "text/plain", "binaer.txt")));
        Assert.Null(AttachmentText.Extract(File([], "text/plain", "tom.txt")));
    }
}
