using Referat.Domain;
using Referat.Import.Gold;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

/// <summary>
/// Small invented documents, one per layout the parser must read. Names, committees and titles are made up; no
/// seed text is copied. Each test states what a correct parse yields.
/// </summary>
public sealed partial class SyntheticLayoutTests
{
    // ---- Layout 1: "Punkt N: title (type)" with header and table of contents --------------------------------------

    private static readonly string PunktColonDocument = Minutes.Lines(
        "REFERAT Kultur- og Fritidsudvalget 2026-2029 d. 14-04-2026",
        "",
        "Mødedato Tirsdag d. 14. april 2026 kl. 17:30",
        "",
        "Mødested Lokale 2.04, Rådhuset",
        "",
        "Mødedeltagere Karen Holmgaard (A), Poul Ebbesen (V), Sigrid Ravnsholt (F), Torben Lindvig (C)",
        "",
        "Indholdsfortegnelse",
        "",
        "Godkendelse af dagsorden.....\t3",
        "Renovering af Nordhallen (Beslutning).....\t4",
        "Status på bibliotekernes åbningstider (Orientering).....\t6",
        "",
        "Punkt 1: Godkendelse af dagsorden",
        "",
        "00.22.00-A00-3-26",
        "",
        "Beslutning",
        "",
        "Kultur- og Fritidsudvalget, den 14. april 2026",
        "",
        "Godkendt.",
        "",
        "Punkt 2: Renovering af Nordhallen (Beslutning)",
        "",
        "18.15.00-G01-12-25",
        "",
        "Resume",
        "",
        "Nordhallen trænger til en gennemgribende renovering af tag og omklædningsrum.",
        "",
        "Indstilling",
        "",
        "Forvaltningen indstiller, at",
        "",
        "1. renoveringen gennemføres i 2027,",
        "2. der gives en anlægsbevilling på 4,2 mio. kr.",
        "",
        "Beslutningskompetence",
        "",
        "Kultur- og Fritidsudvalget anbefaler.",
        "Økonomiudvalget anbefaler.",
        "Kommunalbestyrelsen beslutter.",
        "Handicaprådet orienteres.",
        "",
        "Beslutning",
        "",
        "Kultur- og Fritidsudvalget, den 14. april 2026",
        "",
        "Ad 1-2) Anbefalet.",
        "",
        "Poul Ebbesen (V) stemte imod.",
        "",
        "Karen Holmgaard (A), Sigrid Ravnsholt (F) og Torben Lindvig (C) var fraværende under punktet. I stedet for Torben Lindvig (C) deltog Mette Søgaard (C).",
        "",
        "Bilag",
        "",
        "• Tilstandsrapport Nordhallen 2025",
        "• Tidsplan for renoveringen",
        "",
        "Punkt 3: Status på bibliotekernes åbningstider (Orientering)",
        "",
        "21.00.00-A00-4-26",
        "",
        "Sagsfremstilling",
        "",
        "Åbningstiderne blev udvidet i 2025, og besøgstallet er steget.",
        "",
        "Beslutning",
        "",
        "Kultur- og Fritidsudvalget, den 14. april 2026",
        "",
        "Orientering givet.");

    [Fact]
    public void Punkt_colon_layout_reads_header()
    {
        var meeting = Minutes.Read(PunktColonDocument).Minutes.Meeting;
        Assert.Equal("Kultur- og Fritidsudvalget", meeting.Committee);
        Assert.Equal(new LegislativeTerm(2026, 2029), meeting.Term);
        Assert.Equal(new DateOnly(2026, 4, 14), meeting.Date);
        Assert.Equal(new TimeOnly(17, 30), meeting.Start);
        Assert.Equal("Lokale 2.04, Rådhuset", meeting.Location);
        Assert.Equal(["Karen Holmgaard (A)", "Poul Ebbesen (V)", "Sigrid Ravnsholt (F)", "Torben Lindvig (C)"], meeting.Participants.Select(p => p.ToString()));
        Assert.Empty(meeting.Absences);
    }

    [Fact]
    public void Punkt_colon_layout_reads_table_of_contents()
    {
        var toc = Minutes.Read(PunktColonDocument).Minutes.TableOfContents;
        Assert.Equal(
            [new TocEntry("Godkendelse af dagsorden", 3), new TocEntry("Renovering af Nordhallen (Beslutning)", 4), new TocEntry("Status på bibliotekernes åbningstider (Orientering)", 6)],
            toc);
    }

    [Fact]
    public void Punkt_colon_layout_reads_items()
    {
        var items = Minutes.Read(PunktColonDocument).Minutes.Items;
        Assert.Equal(["1", "2", "3"], items.Select(i => i.Number));
        Assert.Equal(["Godkendelse af dagsorden", "Renovering af Nordhallen", "Status på bibliotekernes åbningstider"], items.Select(i => i.Title));
        Assert.Equal([[], ["Beslutning"], ["Orientering"]], items.Select(i => i.Types.ToArray()));
        Assert.Equal(["00.22.00-A00-3-26", "18.15.00-G01-12-25", "21.00.00-A00-4-26"], items.Select(i => i.CaseNumber?.Text));
        Assert.Equal(["Resume", "Indstilling", "Beslutningskompetence", "Beslutning", "Bilag"], items[1].Sections.Select(s => s.Heading));
        Assert.Equal(["Tilstandsrapport Nordhallen 2025", "Tidsplan for renoveringen"], items[1].Attachments.Select(a => a.Title));
        Assert.Equal(["Sagsfremstilling", "Beslutning"], items[2].Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Punkt_colon_layout_reads_decisions()
    {
        var items = Minutes.Read(PunktColonDocument).Minutes.Items;
        var first = Assert.Single(items[0].Decisions);
        Assert.Equal("Kultur- og Fritidsudvalget", first.Body);
        Assert.Equal(new DateOnly(2026, 4, 14), first.Date);
        Assert.Equal("Godkendt.", first.Text);
        Assert.Equal(DecisionOutcome.Approved, first.Outcome);

        var second = Assert.Single(items[1].Decisions);
        Assert.Equal("Ad 1-2) Anbefalet.\nPoul Ebbesen (V) stemte imod.", second.Text);
        Assert.Equal(DecisionOutcome.Recommended, second.Outcome);
        Assert.Equal([1, 2], second.Points);

        var third = Assert.Single(items[2].Decisions);
        Assert.Equal(DecisionOutcome.Noted, third.Outcome);
    }

    [Fact]
    public void Attendance_sentence_names_every_absent_member_with_note_and_substitute()
    {
        var decision = Minutes.Read(PunktColonDocument).Minutes.Items[1].Decisions.Single();
        Assert.Equal(
            [
                new Absence(new PartyMember("Karen Holmgaard", "A"), null, "under punktet"),
                new Absence(new PartyMember("Sigrid Ravnsholt", "F"), null, "under punktet"),
                new Absence(new PartyMember("Torben Lindvig", "C"), new PartyMember("Mette Søgaard", "C"), "under punktet"),
            ],
            decision.Absences);
        Assert.DoesNotContain("fraværende", decision.Text);
    }

    [Fact]
    public void Member_vote_is_read_into_votes()
    {
        var decision = Minutes.Read(PunktColonDocument).Minutes.Items[1].Decisions.Single();
        Assert.Equal([new Vote(VotePosition.Against, new PartyMember("Poul Ebbesen", "V"), "V")], decision.Votes);
    }

    [Fact]
    public void Competence_lines_get_body_and_role()
    {
        var competence = Minutes.Read(PunktColonDocument).Minutes.Items[1].Competence;
        Assert.Equal(
            [
                new CompetenceStep("Kultur- og Fritidsudvalget anbefaler.", "Kultur- og Fritidsudvalget", CompetenceRole.Recommends),
                new CompetenceStep("Økonomiudvalget anbefaler.", "Økonomiudvalget", CompetenceRole.Recommends),
                new CompetenceStep("Kommunalbestyrelsen beslutter.", "Kommunalbestyrelsen", CompetenceRole.Decides),
                new CompetenceStep("Handicaprådet orienteres.", "Handicaprådet", CompetenceRole.IsInformed),
            ],
            competence);
    }

    [Theory]
    [InlineData("Kommunalbestyrelsen.", "Kommunalbestyrelsen", CompetenceRole.Decides)]
    [InlineData("Kommunalbestyrelsen fsva. indstillingspunkt 1-3", "Kommunalbestyrelsen", CompetenceRole.Decides)]
    [InlineData("Teknikudvalget, hvad angår anlægsbevillingen.", "Teknikudvalget", CompetenceRole.Decides)]
    [InlineData("Skoleudvalget for så vidt angår elevfordelingen anbefaler.", "Skoleudvalget", CompetenceRole.Recommends)]
    public void Competence_body_stops_at_its_qualifier(string line, string body, CompetenceRole role)
    {
        var step = Referat.Import.Recognition.Items.CompetenceReader.Read(line);
        Assert.Equal(body, step.Body);
        Assert.Equal(role, step.Role);
    }

    [Fact]
    public void Case_number_is_split_into_its_KLE_parts()
    {
        var caseNumber = Minutes.Read(PunktColonDocument).Minutes.Items[1].CaseNumber;
        Assert.NotNull(caseNumber);
        Assert.Equal("18.15.00-G01-12-25", caseNumber.Text);
        var kle = Assert.NotNull(caseNumber.Kle);
        Assert.Equal("18.15.00", kle.Subject);
        Assert.Equal("G01", kle.Facet);
        Assert.Equal(12, kle.Serial);
        Assert.Equal(2025, kle.Year);
        Assert.Equal("18", caseNumber.MainGroup);
        Assert.Equal("18.15", kle.Group);
    }

    [Fact]
    public void Case_number_with_Danish_facet_letter_is_read()
    {
        var text = Minutes.Lines(
            "Punkt 1: Tilskud til foreningernes lokaler (Beslutning)",
            "",
            "Sagsnr.: 27.00.00-Ø00-7-24",
            "",
            "Beslutning",
            "",
            "Fritidsudvalget, den 2. maj 2024",
            "",
            "Godkendt.");
        var caseNumber = Minutes.Read(text).Minutes.Items.Single().CaseNumber;
        Assert.NotNull(caseNumber);
        Assert.Equal("27.00.00-Ø00-7-24", caseNumber.Text);
        var kle = Assert.NotNull(caseNumber.Kle);
        Assert.Equal("Ø00", kle.Facet);
        Assert.Equal(7, kle.Serial);
        Assert.Equal(2024, kle.Year);
        Assert.Equal("27", caseNumber.MainGroup);
    }

    [Fact]
    public void Gold_projection_of_the_punkt_colon_layout()
    {
        var json = GoldProjection.Project(Minutes.Read(PunktColonDocument, "kultur.txt"));
        Assert.Equal("kultur.txt", (string?)json["source"]);
        Assert.Equal("2026-04-14", (string?)json["meeting"]!["date"]);
        Assert.Equal("17:30", (string?)json["meeting"]!["start"]);
        Assert.Equal("2026-2029", (string?)json["meeting"]!["term"]);
        Assert.Equal(2, (int)json["items"]![1]!["number"]!);
        var absent = json["items"]![1]!["decisions"]![0]!["absent"]![2]!;
        Assert.Equal("Torben Lindvig", (string?)absent["name"]);
        Assert.Equal("Mette Søgaard", (string?)absent["substitute"]);
        Assert.Equal("C", (string?)absent["substituteParty"]);
        Assert.Equal("under punktet", (string?)absent["note"]);
    }
}
