using System.Text;
using Referat.Import.Formats;
using Referat.Import.Lines;
using Referat.Import.Normalisation;
using Referat.Import.Tests.Support;
using Referat.Publishing;

namespace Referat.Import.Tests.Recognition;

/// <summary>Pages run together by a transcript site, site furniture, HTML read as a document, PDF headings by font.</summary>
public sealed class FormatTests
{
    private static readonly string Transcript = Minutes.Lines(
        "Referat fra mødet i Vej- og Parkudvalget",
        "",
        "Størrelse: px",
        "Starte visningen fra side:",
        "",
        "Download \"Referat fra mødet i Vej- og Parkudvalget\"",
        "",
        "Transkript",
        "",
        "1 Referat fra mødet i Vej- og Parkudvalget Mødedato: Onsdag den 5. marts 2025 Mødested: Rådhuset, lokale 2 Mødetidspunkt: Kl. 16:00-18:00 Medlemmer: Formand: Anne Holm (A) Næstformand: Bo Lund (V) Carl Berg (C) Side 1",
        "",
        "2 Vej- og Parkudvalget 5. marts 2025 Side: 2 Indholdsfortegnelse 7 Godkendelse af dagsorden 3 8 Vintervedligeholdelse af stierne 4 9 Salg af grund",
        "",
        "3 Vej- og Parkudvalget 5. marts 2025 Side: 3 7 Godkendelse af dagsorden Sagsnr.: 25/100 Sagen afgøres i: Vej- og Parkudvalget Indstillinger: Indstilles til godkendelse Beslutning i Vej- og Parkudvalget den : Godkendt.",
        "",
        "4 Vej- og Parkudvalget 5. marts 2025 Side: 4 8 Vintervedligeholdelse af stierne Sagsnr.: 25/101 Sagsbeskrivelse: Stierne ryddes i dag efter kl. 7. Økonomiske konsekvenser: Ingen. Beslutning i Vej- og Parkudvalget den 05-03-2025: Godkendt. Fraværende: Carl Berg (C)");

    [Fact]
    public void Transcript_pages_are_cut_at_their_labels_and_lose_their_running_head()
    {
        var minutes = Minutes.Read(Transcript).Minutes;
        Assert.Equal(("Vej- og Parkudvalget", new DateOnly(2025, 3, 5), new TimeOnly(16, 0), "Rådhuset, lokale 2"),
            (minutes.Meeting.Committee, minutes.Meeting.Date, minutes.Meeting.Start, minutes.Meeting.Location));
        Assert.Equal(["Anne Holm", "Bo Lund", "Carl Berg"], minutes.Meeting.Participants.Select(p => p.Name));
        Assert.Equal(["7", "8", "9"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["Godkendelse af dagsorden", "Vintervedligeholdelse af stierne", "Salg af grund"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["25/100", "25/101", null], minutes.Items.Select(i => i.CaseNumber?.Text));
        Assert.Equal(["Sagsbeskrivelse", "Økonomiske konsekvenser", "Beslutning"], minutes.Items[1].Sections.Select(s => s.Heading));
        var lost = minutes.Items[0].Decisions.Single();
        Assert.Equal(("Vej- og Parkudvalget", (DateOnly?)null, "Godkendt."), (lost.Body, lost.Date, lost.Text));
        var decision = minutes.Items[1].Decisions.Single();
        Assert.Equal(("Godkendt.", "Carl Berg"), (decision.Text, decision.Absences.Single().Member.Name));
    }

    [Fact]
    public void A_page_line_only_counts_as_a_transcript_page_when_the_pages_are_long()
    {
        var document = new LineDocument("t.txt", Minutes.Lines("1 Godkendelse af dagsorden", "2 Budget", "3 Salg af grund"));
        new TranscriptPages().Apply(document);
        Assert.DoesNotContain(document.Lines, l => l.RunOn);
    }

    private static readonly string[] Topics = ["", "Godkendelse af dagsorden", "Vintervedligeholdelse", "Salg af grund", "Budget", "Eventuelt"];

    [Fact]
    public void The_foot_most_pages_print_is_removed_not_the_words_two_pages_happen_to_end_with()
    {
        static string Page(int n, string end) =>
            $"{n} {Topics[n]} {string.Join(' ', Enumerable.Repeat("Sagen handler om stierne og deres vedligeholdelse.", 4))} {end} Side {n}";
        var document = new LineDocument("t.txt", Minutes.Lines(
            Page(1, "Godkendt."), "", Page(2, "Status til udvalgets møde i april."), "", Page(3, "Drøftet."), "",
            Page(4, "Status til udvalgets møde i april."), "", Page(5, "Taget til efterretning.")));
        new TranscriptPages().Apply(document);
        var pages = document.Lines.Where(l => l.PageStart).Select(l => l.Text).ToList();
        Assert.Equal(5, pages.Count);
        Assert.EndsWith("Status til udvalgets møde i april.", pages[1]);
        Assert.EndsWith("Status til udvalgets møde i april.", pages[3]);
        Assert.EndsWith("Drøftet.", pages[2]);
    }

    [Fact]
    public void Web_site_chrome_is_removed_but_the_words_inside_a_sentence_stay()
    {
        var document = new LineDocument("w.txt", Minutes.Lines("Skip navigationen", "Udskriv", "Kopier link til punktet - Print", "Vi udskriv ikke noget", "1 Godkendelse af dagsorden Til toppen"));
        new SiteFurniture().Apply(document);
        Assert.Equal(["Vi udskriv ikke noget", "1 Godkendelse af dagsorden", ""], document.Lines.Select(l => l.Text));
    }

    private const string Page = """
        <!DOCTYPE html><html><body>
        <a class="skip-link" href="#main">Spring til indhold</a>
        <header><nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav></header>
        <div class="cookie-banner">Vi bruger cookies. <button>OK</button></div>
        <main id="main">
        <ol class="breadcrumb"><li>Forside</li><li>Møder</li></ol>
        <h1>Vej- og Parkudvalget</h1>
        <dl><dt>Mødedato</dt><dd>5. marts 2025 kl. 16:00</dd><dt>Mødested</dt><dd>Rådhuset</dd></dl>
        <h2>Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p><a href="#main">Til toppen</a>
        <h2>Vintervedligeholdelse af stierne</h2><h3>Sagsfremstilling</h3><p>Stierne ryddes.</p>
        <span class="visually-hidden">Skjult tekst</span>
        <h3>Beslutning</h3><p>Udsat.</p>
        </main><footer>Kommunen</footer></body></html>
        """;

    [Fact]
    public void HTML_furniture_goes_and_headings_carry_their_level()
    {
        var extracted = HtmlText.Read(Page);
        Assert.DoesNotContain("cookies", extracted.Text);
        Assert.DoesNotContain("Forside", extracted.Text);
        Assert.DoesNotContain("Til toppen", extracted.Text);
        Assert.DoesNotContain("Skjult", extracted.Text);
        Assert.DoesNotContain("Kommunen", extracted.Text);
        var lines = extracted.Text.Split('\n');
        Assert.Equal(2, extracted.HeadingLevels[Array.IndexOf(lines, "Godkendelse af dagsorden")]);
        Assert.Contains("Mødedato: 5. marts 2025 kl. 16:00", lines);
    }

    [Fact]
    public void HTML_headings_without_numbers_become_the_items()
    {
        var minutes = new DocumentReader().Read("side.html", Encoding.UTF8.GetBytes(Page)).Minutes;
        Assert.Equal(("Vej- og Parkudvalget", new DateOnly(2025, 3, 5), "Rådhuset"), (minutes.Meeting.Committee, minutes.Meeting.Date, minutes.Meeting.Location));
        Assert.Equal(["Godkendelse af dagsorden", "Vintervedligeholdelse af stierne"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["Godkendt.", "Udsat."], minutes.Items.Select(i => i.Decisions.Single().Text));
    }

    [Fact]
    public void PDF_lines_set_larger_or_bold_are_marked_as_headings()
    {
        var extracted = PdfText.Read(MinutesPdfRenderer.Render(SampleMinutes.Build()));
        var lines = extracted.Text.Split('\n').Select(l => l.TrimStart('\f').Trim()).ToList();
        var heading = lines.FindIndex(l => l.StartsWith("Punkt 2: Ny cykelsti", StringComparison.Ordinal));
        var prose = lines.FindIndex(l => l.StartsWith("Birthe Østergaard (F) var fraværende", StringComparison.Ordinal));
        Assert.True(extracted.HeadingLevels.ContainsKey(heading), "the item heading is bold and larger");
        Assert.False(extracted.HeadingLevels.ContainsKey(prose), "body text is not a heading");
    }

    [Fact]
    public void A_numbered_list_that_is_no_minutes_is_still_rejected()
    {
        var error = Assert.Throws<MinutesFormatException>(() => Minutes.Read(Minutes.Lines("Sådan gør du", "", "1. Åbn låget.", "2. Fyld vand på.", "3. Tryk på knappen.")));
        Assert.Contains("no agenda items", error.Message);
    }
}
