using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

public sealed partial class SyntheticLayoutTests
{
    // ---- Layout 2: " Punkt N " alone, title on the next line, double-spaced ---------------------------------------

    private static readonly string DoubleSpacedDocument = Layouts.DoubleSpaced(
        " Punkt 1 ",
        "Godkendelse af dagsordenen ",
        "Beslutning ",
        "Børne- og Skoleudvalget, den 4. marts 2025 ",
        "Godkendt. ",
        " Punkt 2 ",
        "Skolestruktur i Østbyen (Drøftelse) ",
        "Resumé ",
        "Forvaltningen fremlægger tre modeller for en fremtidig skolestruktur ",
        "i bydelen, som udvalget bedes drøfte. ",
        "Indstilling ",
        "Forvaltningen foreslår, at  ",
        "1. de tre modeller drøftes, ",
        "2. forvaltningen arbejder videre med den model, udvalget peger på. ",
        "Sagsfremstilling ",
        "Elevtallet i bydelen er faldet med 14 pct. siden 2019, og to af de tre ",
        "skoler har i dag færre end 300 elever. ",
        "  ",
        "Modellerne er beskrevet i bilaget. ",
        "Beslutning ",
        "Børne- og Skoleudvalget, den 4. marts 2025 ",
        "Drøftet. ",
        "Lise Frandsen (Ø) var fraværende. ",
        " Punkt 3 ",
        "Orientering om madordning i indskolingen ",
        "(Orientering) ",
        "Beslutning ",
        "Børne- og Skoleudvalget, den 4. marts 2025 ",
        "Taget til efterretning. ");

    [Fact]
    public void Punkt_alone_double_spaced_layout_reads_items()
    {
        var items = Minutes.Read(DoubleSpacedDocument).Minutes.Items;
        Assert.Equal(["1", "2", "3"], items.Select(i => i.Number));
        Assert.Equal(["Godkendelse af dagsordenen", "Skolestruktur i Østbyen", "Orientering om madordning i indskolingen"], items.Select(i => i.Title));
        Assert.Equal([[], ["Drøftelse"], ["Orientering"]], items.Select(i => i.Types.ToArray()));
        Assert.Equal(["Resumé", "Indstilling", "Sagsfremstilling", "Beslutning"], items[1].Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Punkt_alone_double_spaced_layout_joins_wrapped_lines_and_keeps_real_paragraph_breaks()
    {
        var item = Minutes.Read(DoubleSpacedDocument).Minutes.Items[1];
        Assert.Equal("Forvaltningen fremlægger tre modeller for en fremtidig skolestruktur i bydelen, som udvalget bedes drøfte.",
            item.Sections.Single(s => s.Heading == "Resumé").PlainText);
        Assert.Equal(
            "Elevtallet i bydelen er faldet med 14 pct. siden 2019, og to af de tre skoler har i dag færre end 300 elever.\nModellerne er beskrevet i bilaget.",
            item.Sections.Single(s => s.Heading == "Sagsfremstilling").PlainText);
    }

    [Fact]
    public void Punkt_alone_double_spaced_layout_reads_decisions_and_the_meeting_from_them()
    {
        var minutes = Minutes.Read(DoubleSpacedDocument).Minutes;
        var decision = Assert.Single(minutes.Items[1].Decisions);
        Assert.Equal("Børne- og Skoleudvalget", decision.Body);
        Assert.Equal(new DateOnly(2025, 3, 4), decision.Date);
        Assert.Equal("Drøftet.", decision.Text);
        Assert.Equal(DecisionOutcome.Discussed, decision.Outcome);
        Assert.Equal([new Absence(new PartyMember("Lise Frandsen", "Ø"))], decision.Absences);
        Assert.Equal("Børne- og Skoleudvalget", minutes.Meeting.Committee);
        Assert.Equal(new DateOnly(2025, 3, 4), minutes.Meeting.Date);
    }

    // ---- Layout 3: "Sag nr. N" + "N. Title", hard-wrapped, page furniture --------------------------------------------

    private static readonly string SagNrDocument = Minutes.Lines(
        " Natur- og Klimaudvalget ",
        "12-05-2025  ",
        "",
        "Sag nr. 1 ",
        "",
        "1. Plan for nye grønne arealer i Vesterby ",
        "",
        "Sagsfremstilling ",
        "Forvaltningen har udarbejdet et forslag til en samlet plan for de grønne om-",
        "råder i Vesterby. Planen er udarbejdet i et tæt samarbejde med Lyngby-",
        "Taarbæk Kommune, der grænser op til bydelen, og med bidrag fra Social-",
        "og Sundhedsudvalget, som har peget på betydningen af gode stier for ældre. Planen",
        "beskriver i alt elleve konkrete tiltag, der tilsammen skal gøre det",
        "lettere for borgerne at bruge naturen i hverdagen, herunder nye stier, bænke",
        "og en bedre belysning langs de eksisterende forbindelser mellem boligerne.",
        "",
        "Økonomi ",
        "Udgifterne til de første tiltag på i alt 2,4 mio. kr. afholdes inden for det",
        "eksisterende anlægsbudget for 2025, mens de senere tiltag indgår i budget-",
        "lægningen for 2026. Forvaltningen vurderer, at driftsudgifterne kan holdes",
        "inden for den nuværende ramme for vedligeholdelse af grønne områder, der",
        "",
        "Side 1 af 3",
        " Natur- og Klimaudvalget ",
        "12-05-2025  ",
        "",
        "i forvejen dækker de arealer, som planen omfatter i den første fase.",
        "",
        "Indstilling ",
        "Forvaltningen indstiller, at planen for de grønne områder i Vesterby god-",
        "kendes, og at forvaltningen bemyndiges til at igangsætte de første tiltag.",
        "",
        "Beslutning ",
        "Natur- og Klimaudvalget den 12-05-2025 ",
        "",
        "Godkendt. ",
        "",
        "Sag nr. 2 ",
        "",
        "2. Orientering om vandløbenes tilstand efter vinterens oversvømmelser ",
        "",
        "Sagsfremstilling ",
        "Efter vinterens store nedbørsmængder har forvaltningen gennemgået alle de",
        "kommunale vandløb og registreret skader på brinker, broer og stryg. Skaderne",
        "er samlet i en oversigt, som udvalget får forelagt til orientering på mødet,",
        "og de mest presserende udbedringer er allerede sat i gang af driftsafdelingen.",
        "",
        "Side 2 af 3",
        " Natur- og Klimaudvalget ",
        "12-05-2025  ",
        "",
        "Beslutning ",
        "Natur- og Klimaudvalget den 12-05-2025 ",
        "",
        "Taget til efterretning. ",
        "",
        "Side 3 af 3");

    [Fact]
    public void Sag_nr_layout_reads_items_and_header_from_the_running_header()
    {
        var minutes = Minutes.Read(SagNrDocument).Minutes;
        Assert.Equal("Natur- og Klimaudvalget", minutes.Meeting.Committee);
        Assert.Equal(new DateOnly(2025, 5, 12), minutes.Meeting.Date);
        Assert.Equal(["1", "2"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["Plan for nye grønne arealer i Vesterby", "Orientering om vandløbenes tilstand efter vinterens oversvømmelser"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["Sagsfremstilling", "Økonomi", "Indstilling", "Beslutning"], minutes.Items[0].Sections.Select(s => s.Heading));
        Assert.Equal(["Sagsfremstilling", "Beslutning"], minutes.Items[1].Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Sag_nr_layout_removes_page_footers_and_running_headers()
    {
        var minutes = Minutes.Read(SagNrDocument).Minutes;
        var texts = minutes.Items.SelectMany(i => i.Sections).Where(s => s.Kind != SectionKind.Decision).Select(s => s.PlainText)
            .Concat(minutes.Items.SelectMany(i => i.Decisions).Select(d => d.Text)).ToList();
        var lines = texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).ToList();
        Assert.DoesNotContain(lines, l => l.Contains("Side ") && l.Contains(" af 3"));
        Assert.DoesNotContain(lines, l => l.Contains("12-05-2025"));
        Assert.DoesNotContain(lines, l => l.Contains("Natur- og Klimaudvalget"));
        Assert.Equal(["Godkendt.", "Taget til efterretning."], minutes.Items.Select(i => i.Decisions.Single().Text));
    }

    [Fact]
    public void Hard_wrapped_paragraph_undoes_hyphenation_but_keeps_real_hyphens()
    {
        var text = Minutes.Read(SagNrDocument).Minutes.Items[0].Sections.Single(s => s.Heading == "Sagsfremstilling").PlainText;
        Assert.Contains("plan for de grønne områder i Vesterby.", text);
        Assert.Contains("samarbejde med Lyngby-Taarbæk Kommune, der grænser", text);
        Assert.Contains("bidrag fra Social- og Sundhedsudvalget, som har", text);
        Assert.DoesNotContain("\n", text); // one paragraph, wrapped at ~85 columns
        Assert.StartsWith("Forvaltningen har udarbejdet", text);
        Assert.EndsWith("mellem boligerne.", text);
    }

    [Fact]
    public void Hard_wrapped_sentence_continues_across_a_page_break()
    {
        var item = Minutes.Read(SagNrDocument).Minutes.Items[0];
        var economy = item.Sections.Single(s => s.Heading == "Økonomi").PlainText;
        Assert.Contains("indgår i budgetlægningen for 2026.", economy);
        Assert.EndsWith("grønne områder, der i forvejen dækker de arealer, som planen omfatter i den første fase.", economy);
        Assert.Equal("Forvaltningen indstiller, at planen for de grønne områder i Vesterby godkendes, og at forvaltningen bemyndiges til at igangsætte de første tiltag.",
            item.Sections.Single(s => s.Heading == "Indstilling").PlainText);
    }

    // ---- Layout 4: Markdown with heading levels that do not follow the structure -----------------------------------

    private static readonly string MarkdownDocument = Minutes.Lines(
        "# **REFERAT Teknik- og Miljøudvalget 2026-2029 d. 03-02-2026**",
        "",
        "**Mødedato** Tirsdag d. 3. februar 2026 kl. 15:00",
        "",
        "**Mødested** Byrådssalen",
        "",
        "## Indholdsfortegnelse",
        "",
        "Godkendelse af dagsorden.....\t3",
        "Ny cykelsti langs Engvej (Beslutning).....\t4",
        "",
        "# **Punkt 1: Godkendelse af dagsorden**",
        "",
        "00.22.00-A00-1-26",
        "",
        "### Beslutning",
        "",
        "Teknik- og Miljøudvalget, den 3. februar 2026  ",
        "Godkendt.",
        "",
        "## Punkt 2: Ny cykelsti langs Engvej (Beslutning)",
        "",
        "05.01.08-P20-2-25",
        "",
        "#### **Resume**",
        "",
        "Der foreslås en *dobbeltrettet* cykelsti på den **nordlige** side af vejen.",
        "",
        "### Indstilling",
        "",
        "Forvaltningen indstiller, at projektet godkendes.",
        "",
        "# Beslutning",
        "",
        "Teknik- og Miljøudvalget, den 3. februar 2026  ",
        "Godkendt.");

    [Fact]
    public void Markdown_layout_ignores_heading_levels_and_emphasis()
    {
        var minutes = Minutes.Read(MarkdownDocument, "teknik.md").Minutes;
        Assert.Equal("Teknik- og Miljøudvalget", minutes.Meeting.Committee);
        Assert.Equal(new DateOnly(2026, 2, 3), minutes.Meeting.Date);
        Assert.Equal(new TimeOnly(15, 0), minutes.Meeting.Start);
        Assert.Equal("Byrådssalen", minutes.Meeting.Location);
        Assert.Equal(2, minutes.TableOfContents.Count);
        Assert.Equal(["1", "2"], minutes.Items.Select(i => i.Number));
        Assert.Equal(["Godkendelse af dagsorden", "Ny cykelsti langs Engvej"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["Beslutning"], minutes.Items[0].Sections.Select(s => s.Heading));
        Assert.Equal(["Resume", "Indstilling", "Beslutning"], minutes.Items[1].Sections.Select(s => s.Heading));
        Assert.Equal("Der foreslås en dobbeltrettet cykelsti på den nordlige side af vejen.", minutes.Items[1].Sections[0].PlainText);
        Assert.All(minutes.Items, i => Assert.Equal("Godkendt.", i.Decisions.Single().Text));
        Assert.All(minutes.Items, i => Assert.Equal("Teknik- og Miljøudvalget", i.Decisions.Single().Body));
    }
}
