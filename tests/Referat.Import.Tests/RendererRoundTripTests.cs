using System.Text;
using Referat.Publishing;

namespace Referat.Import.Tests;

public class RendererRoundTripTests
{
    private static readonly Domain.MinutesDocument Sample = SampleMinutes.Build();

    [Fact]
    public void Text_reads_back_to_the_same_structure()
    {
        var text = MinutesTextRenderer.Render(Sample);
        var parsed = new DocumentReader().Read("render.txt", Encoding.UTF8.GetBytes(text)).Minutes;
        MinutesStructure.AssertMeetingEqual(Sample.Meeting, parsed.Meeting);
        MinutesStructure.AssertItemsEqual(Sample.Items, parsed.Items);
    }

    [Fact]
    public void Html_reads_back_to_the_same_structure()
    {
        var html = MinutesHtmlRenderer.Render(Sample);
        var parsed = new DocumentReader().Read("render.html", Encoding.UTF8.GetBytes(html)).Minutes;
        MinutesStructure.AssertMeetingEqual(Sample.Meeting, parsed.Meeting);
        MinutesStructure.AssertItemsEqual(Sample.Items, parsed.Items);
    }

    [Fact]
    public void Pdf_reads_back_to_the_same_structure()
    {
        var pdf = MinutesPdfRenderer.Render(Sample);
        var parsed = new DocumentReader().Read("render.pdf", pdf).Minutes;
        MinutesStructure.AssertMeetingEqual(Sample.Meeting, parsed.Meeting);
        MinutesStructure.AssertItemsEqual(Sample.Items, parsed.Items);
    }

    [Fact]
    public void Text_layout_has_header_items_decisions_and_attendance_in_danish()
    {
        var text = MinutesTextRenderer.Render(Sample);
        Assert.StartsWith("REFERAT Klima- og Byudvalget 2026-2029 d. 09-03-2026\n", text);
        Assert.Contains("Mødedato Mandag d. 9. marts 2026 kl. 16:00\n", text);
        Assert.Contains("Punkt 2: Ny cykelsti langs Åvej – anlægsbevilling (Beslutning)\n", text);
        Assert.Contains("Klima- og Byudvalget, den 9. marts 2026\n", text);
        Assert.Contains("Birthe Østergaard (F) var fraværende under punktet. I stedet deltog Karen Holt (F).\n", text);
        Assert.Contains("Mio. kr.\t2026\t2027\tI alt\nAnlæg\t4,5\t1,2\t5,7\n", text);
        Assert.Contains("• Oversigtskort over linjeføringen\n• Budgetoverslag for anlægget\n", text);
    }

    [Fact]
    public void Html_is_a_complete_accessible_document()
    {
        var html = MinutesHtmlRenderer.Render(Sample);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"da\">", html);
        Assert.Contains("<main>", html);
        Assert.Contains("<h1>REFERAT Klima- og Byudvalget 2026-2029 d. 09-03-2026</h1>", html);
        Assert.Contains(">Punkt 3: Orientering om vinterberedskabet 2025/26 (Orientering)</h2>", html);
        Assert.Contains("<h3>Økonomi</h3>", html);
        Assert.Contains("<th scope=\"col\">Mio. kr.</th>", html);
        Assert.Contains("<ul>\n<li>der gives en anlægsbevilling på 5,7 mio. kr. til cykelstien</li>", html);
    }

    [Fact]
    public void Minutes_whose_items_have_no_decision_yet_are_printed_as_an_agenda()
    {
        var agenda = Sample with { Items = Sample.Items.Select(i => i with { Decisions = [] }).ToList() };
        Assert.StartsWith("DAGSORDEN Klima- og Byudvalget", MinutesTextRenderer.Render(agenda));
        Assert.StartsWith("REFERAT Klima- og Byudvalget", MinutesTextRenderer.Render(Sample));
        Assert.Equal("Klima- og Byudvalget", new DocumentReader().Read("dagsorden.txt", System.Text.Encoding.UTF8.GetBytes(MinutesTextRenderer.Render(agenda))).Minutes.Meeting.Committee);
    }
}
