using Referat.Import.Tests.Support;

namespace Referat.Import.Tests.Recognition;

/// <summary>The numbered heading grammar and the outline's choice among candidates, one rule per test.</summary>
public sealed class ItemHeadingTests
{
    private static IReadOnlyList<Domain.AgendaItem> Items(params string[] lines) => Minutes.Read(Minutes.Lines(lines)).Minutes.Items;

    [Theory]
    [InlineData("Punkt 4 Ny skolestruktur", "4")]
    [InlineData("Pkt. 4 Ny skolestruktur", "4")]
    [InlineData("Nr. 4 - Ny skolestruktur", "4")]
    [InlineData("4. Ny skolestruktur", "4")]
    [InlineData("4.Ny skolestruktur", "4")]
    [InlineData("4: Ny skolestruktur", "4")]
    [InlineData("4 : Ny skolestruktur", "4")]
    [InlineData("04 Ny skolestruktur", "4")]
    [InlineData("• Punkt 4 Ny skolestruktur", "4")]
    [InlineData("• 4. Ny skolestruktur", "4")]
    public void Every_printed_form_of_a_numbered_heading_opens_an_item(string heading, string number)
    {
        var items = Items("Referat", "Byrådet", "Mødedato: 3. marts 2025", "", heading, "", "Sagsfremstilling", "", "Der er tre skoler i byen.", "", "Beslutning", "", "Godkendt.");
        var item = Assert.Single(items);
        Assert.Equal(number, item.Number);
        Assert.Equal("Ny skolestruktur", item.Title);
        Assert.Equal(["Sagsfremstilling", "Beslutning"], item.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_number_alone_takes_its_title_from_the_next_line()
    {
        var items = Items("Udvalg: Byrådet", "Mødedato: 3. marts 2025", "", "• 12", "    Busplan for landdistrikterne", "    Sagsnr.: 25/1402", "", "    Beslutning", "", "    Godkendt.",
            "", "• 13", "    Ny skolestruktur", "    Sagsnr.: 25/1403", "", "    Beslutning", "", "    Udsat.");
        Assert.Equal(["12", "13"], items.Select(i => i.Number));
        Assert.Equal(["Busplan for landdistrikterne", "Ny skolestruktur"], items.Select(i => i.Title));
        Assert.Equal(["25/1402", "25/1403"], items.Select(i => i.CaseNumber?.Text));
    }

    [Fact]
    public void A_date_is_not_a_heading()
    {
        var items = Items("Byrådet", "", "3. marts 2025", "", "1. Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.");
        Assert.Equal(["1"], items.Select(i => i.Number));
    }

    [Fact]
    public void Numbered_lists_inside_an_item_are_not_items()
    {
        var items = Items("Byrådet", "Mødedato: 3. marts 2025", "",
            "7. Budgetopfølgning", "", "Indstilling", "", "Direktionen indstiller:", "1. At opfølgningen godkendes.", "2. At rammen fastholdes.", "", "Beslutning", "", "Godkendt.",
            "", "8. Salg af grund", "", "Beslutning", "", "Godkendt.");
        Assert.Equal(["7", "8"], items.Select(i => i.Number));
    }

    [Fact]
    public void A_heading_without_evidence_is_kept_where_it_continues_the_numbering()
    {
        var items = Items("Byrådet", "Mødedato: 3. marts 2025", "",
            "1. Godkendelse af dagsorden", "", "Godkendt.", "",
            "2. Ny skolestruktur", "", "Sagsfremstilling", "", "Tre skoler samles.", "",
            "3. Eventuelt", "", "Intet.");
        Assert.Equal(["1", "2", "3"], items.Select(i => i.Number));
        Assert.Equal("Eventuelt", items[2].Title);
    }

    [Fact]
    public void A_list_of_numbered_titles_before_the_first_item_is_the_table_of_contents()
    {
        var minutes = Minutes.Read(Minutes.Lines("Byrådet", "Mødedato: 3. marts 2025", "", "Punkter", "", "1. Godkendelse af dagsorden", "2. Ny skolestruktur", "3. Salg af grund", "",
            "1. Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.", "", "2. Ny skolestruktur", "", "Beslutning", "", "Udsat.")).Minutes;
        Assert.Equal(["1", "2", "3"], minutes.Items.Select(i => i.Number));
        Assert.Empty(minutes.Items[2].Decisions);          // known only from the list
        Assert.Equal(["1", "2", "3"], minutes.TableOfContents.Select(t => t.Number));
    }

    [Fact]
    public void Items_listed_after_the_first_item_without_a_body_are_items()
    {
        var items = Items("Byrådet", "Mødedato: 3. marts 2025", "",
            "• Punkt 1 Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.", "",
            "• Punkt 2 Personalesag (Lukket)", "", "• Punkt 3 Salg af grund (Lukket)", "", "• Punkt 4 Køb af ejendom (Lukket)", "",
            "• Punkt 5 Regnskab 2024", "", "Beslutning", "", "Godkendt.");
        Assert.Equal(["1", "2", "3", "4", "5"], items.Select(i => i.Number));
        Assert.Equal([false, true, true, true, false], items.Select(i => i.IsClosed));
        Assert.Equal("Personalesag", items[1].Title);
    }

    [Fact]
    public void A_number_column_apart_from_its_title_column_is_paired_in_order()
    {
        var minutes = Minutes.Read(Minutes.Lines("Økonomiudvalget", "Mødedato:", "Mandag den 03-03-2025", "Indholdsfortegnelse", "21.", "22.", "23.",
            "Godkendelse af dagsorden", "Lokalplan for havnen med tilhørende", "kommuneplantillæg", "Salg af grund", "",
            "21. Godkendelse af dagsorden", "25/1", "Beslutning", "Godkendt.")).Minutes;
        Assert.Equal(["21", "22", "23"], minutes.Items.Select(i => i.Number));
        Assert.Equal("Lokalplan for havnen med tilhørende kommuneplantillæg", minutes.Items[1].Title);
    }

    [Fact]
    public void A_category_letter_after_every_heading_is_not_part_of_the_title()
    {
        var items = Items("Økonomiudvalget", "Mødedato: 3. marts 2025", "", "1. Godkendelse af dagsorden G", "Sagsfremstilling", "Dagsordenen foreligger.", "",
            "2. Regnskab 2024 P", "Sagsfremstilling", "Regnskabet foreligger.");
        Assert.Equal(["Godkendelse af dagsorden", "Regnskab 2024"], items.Select(i => i.Title));
    }

    [Fact]
    public void Case_numbers_above_the_headings_belong_to_the_item_below()
    {
        var items = Items("Byrådet", "Mødedato: 3. marts 2025", "", "00.01.00-G01-4-25", "", "31. Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.", "",
            "27.69.48-A00-2-25", "", "32. Skolestruktur", "", "Beslutning", "", "Godkendt.");
        Assert.Equal(["00.01.00-G01-4-25", "27.69.48-A00-2-25"], items.Select(i => i.CaseNumber?.Text));
        Assert.Equal("27.69.48", items[1].CaseNumber!.Kle!.Value.Subject);
    }

    [Theory]
    [InlineData("1. LUKKET SAG Salg af grund", "Salg af grund")]
    [InlineData("1. Lukket - Salg af grund", "Salg af grund")]
    [InlineData("1. Salg af grund - Lukket punkt", "Salg af grund")]
    [InlineData("1. Salg af grund(Lukket)", "Salg af grund")]
    [InlineData("1. Lukket punkt: Salg af grund", "Salg af grund")]
    public void Closed_markers_leave_the_title_and_close_the_item(string heading, string title)
    {
        var item = Assert.Single(Items("Byrådet", "Mødedato: 3. marts 2025", "", heading, "", "Beslutning", "", "Godkendt."));
        Assert.Equal(title, item.Title);
        Assert.True(item.IsClosed);
    }

    [Fact]
    public void Items_under_a_closed_group_heading_are_closed()
    {
        var items = Items("Byrådet", "Mødedato: 3. marts 2025", "", "Åbne dagsordenspunkter", "", "1. Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.", "",
            "Lukkede dagsordenspunkter", "", "2. Salg af grund", "", "Beslutning", "", "Godkendt.");
        Assert.Equal([false, true], items.Select(i => i.IsClosed));
        Assert.Equal("Godkendt.", items[0].Decisions.Single().Text);
    }

    [Fact]
    public void Items_without_numbers_are_opened_by_their_case_numbers()
    {
        var items = Items("Beslutningsprotokol", "Udvalg: Byrådet", "Mødedato: 3. marts 2025", "", "Sagsid.: 25/1402, Sagsinitialer: abc", "", "Beslutning Byrådet den 03-03-2025", "", "Godkendt.",
            "", "Sagsid.: 25/1403", "", "Sagsfremstilling", "", "Tekst.");
        Assert.Equal(["25/1402", "25/1403"], items.Select(i => i.CaseNumber?.Text));
        Assert.All(items, i => Assert.Equal("", i.Number));
    }

    [Fact]
    public void A_title_over_an_open_marker_and_case_number_opens_an_unnumbered_item()
    {
        var items = Items("Udvalg: Byrådet", "Mødedato: 3. marts 2025", "", "Busplan for landdistrikterne", "Åbent - 25/01402", "", "Beslutning", "", "Godkendt.", "",
            "Salg af grund", "Lukket - 25/01403", "", "Beslutning", "", "Godkendt.");
        Assert.Equal(["Busplan for landdistrikterne", "Salg af grund"], items.Select(i => i.Title));
        Assert.Equal(["25/01402", "25/01403"], items.Select(i => i.CaseNumber?.Text));
        Assert.Equal([false, true], items.Select(i => i.IsClosed));
    }

    [Fact]
    public void A_single_item_page_without_a_number_is_one_item()
    {
        var item = Assert.Single(Items("Udvalg: Teknik- og Miljøudvalget", "Mødedato: 3. marts 2025", "", "Busplan for landdistrikterne", "", "Sagsfremstilling", "", "Ruterne lægges om.", "",
            "Beslutning", "", "Godkendt."));
        Assert.Equal("", item.Number);
        Assert.Equal("Busplan for landdistrikterne", item.Title);
        Assert.Equal("Godkendt.", item.Decisions.Single().Text);
    }

    [Fact]
    public void Markdown_headings_without_numbers_are_items_when_an_item_follows_them()
    {
        var items = Items("# Referat Byrådet 3. marts 2025", "", "## Godkendelse af dagsorden", "", "### Beslutning", "", "Godkendt.", "",
            "## Busplan for landdistrikterne", "", "### Sagsfremstilling", "", "Ruterne lægges om.", "", "### Beslutning", "", "Udsat.");
        Assert.Equal(["Godkendelse af dagsorden", "Busplan for landdistrikterne"], items.Select(i => i.Title));
    }
}
