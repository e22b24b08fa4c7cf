using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests.Recognition;

/// <summary>Decision headers, decision text and attendance in their common wordings, one rule per test.</summary>
public sealed class DecisionTests
{
    private static AgendaItem Item(params string[] body) =>
        Minutes.Read(Minutes.Lines(["Udvalg: Byrådet", "Mødedato: 4. februar 2025", "", "1. Budget 2026", "", .. body])).Minutes.Items.Single();

    [Theory]
    [InlineData("Beslutning Byrådet den 04-02-2025", "Byrådet")]
    [InlineData("Beslutning i Byrådet den 04-02-2025", "Byrådet")]
    [InlineData("BESLUTNING: Byrådet den 04-02-2025", "Byrådet")]
    [InlineData("Beslutning i Byrådet 4. februar 2025:", "Byrådet")]
    [InlineData("Beslutning Udvalget for kultur, fritid og idræt den 04-02-2025", "Udvalget for kultur, fritid og idræt")]
    [InlineData("Beslutning fra Økonomiudvalget, 4. februar 2025, pkt. 17:", "Økonomiudvalget")]
    [InlineData("Plan, Miljø og Klima, 4. februar 2025, pkt. 207:", "Plan, Miljø og Klima")]
    [InlineData("Økonomiudvalget, den 4. februar 2025", "Økonomiudvalget")]
    [InlineData("Kultur-, Fritids- og Idrætsudvalget den 04-02-2025", "Kultur-, Fritids- og Idrætsudvalget")]
    public void A_decision_header_names_its_body_and_date(string header, string body)
    {
        var decision = Assert.Single(Item(header, "", "Godkendt.").Decisions);
        Assert.Equal((body, new DateOnly(2025, 2, 4), "Godkendt."), (decision.Body, decision.Date, decision.Text));
    }

    [Fact]
    public void A_weekday_line_is_a_running_head_not_a_decision()
    {
        Assert.Empty(Item("Sagsfremstilling", "", "Økonomiudvalget, Tirsdag den 04-02-2025", "", "Teksten fortsætter.").Decisions);
    }

    [Fact]
    public void A_header_whose_date_was_lost_keeps_its_body_and_the_text_on_its_line()
    {
        var decision = Assert.Single(Item("Beslutning i Byrådet den : Godkendt.").Decisions);
        Assert.Equal(("Byrådet", (DateOnly?)null, "Godkendt."), (decision.Body, decision.Date, decision.Text));
    }

    [Fact]
    public void Earlier_bodies_quoted_in_the_item_are_decisions_of_their_own_in_order()
    {
        var item = Item("Indstilling", "", "Direktionen indstiller, at budgettet godkendes.", "",
            "Økonomiudvalget, 28. januar 2025, pkt. 12:", "", "Anbefales.", "", "Fraværende: Anne Holm (A)", "",
            "Sagsfremstilling", "", "Budgettet er i balance.", "", "Beslutning", "", "Godkendt.");
        Assert.Equal([("Økonomiudvalget", "Anbefales."), (null, "Godkendt.")], item.Decisions.Select(d => (d.Body, d.Text)));
        Assert.Equal("Anne Holm", item.Decisions[0].Absences.Single().Member.Name);
    }

    [Fact]
    public void Attendance_before_the_text_is_left_out_of_it()
    {
        var decision = Item("Beslutning i Byrådet 4. februar 2025:", "", "Fraværende: Anne Holm (A)", "", "Ole Berg: Spørgsmål om vejene.").Decisions.Single();
        Assert.Equal("Ole Berg: Spørgsmål om vejene.", decision.Text);
        Assert.Equal("Anne Holm", decision.Absences.Single().Member.Name);
    }

    [Fact]
    public void A_list_of_absentees_under_its_label_and_substitution_sentences()
    {
        var decision = Item("Beslutning", "", "Godkendt", "", "", "Fraværende:", "", "Anne Holm (A)", "", "Carl Berg (F) deltog i mødet i stedet for Bo Lund (F)").Decisions.Single();
        Assert.Equal("Godkendt", decision.Text);
        Assert.Equal([("Anne Holm", null), ("Bo Lund", "Carl Berg")], decision.Absences.Select(a => (a.Member.Name, a.Substitute?.Name)));
    }

    [Theory]
    [InlineData("Anne Holm (A) deltog ikke under dette punkt.", "Anne Holm")]
    [InlineData("Ikke til stede: Anne Holm (A)", "Anne Holm")]
    [InlineData("Afbud: Anne Holm (Løsgænger).", "Anne Holm")]
    [InlineData("Fraværende- Anne Holm ()", "Anne Holm")]
    [InlineData("Anne Holm og Bo Lund var fraværende", "Anne Holm|Bo Lund")]
    [InlineData("Anne Holm (A) deltog ikke under punkterne 12-15.", "Anne Holm")]
    public void Absence_under_an_item_in_its_wordings(string line, string names)
    {
        var decision = Item("Beslutning", "", "Godkendt.", "", line).Decisions.Single();
        Assert.Equal("Godkendt.", decision.Text);
        Assert.Equal(names.Split('|'), decision.Absences.Select(a => a.Member.Name));
    }

    [Fact]
    public void A_list_of_absentees_that_runs_into_the_decision_ends_at_the_decision()
    {
        var decision = Item("Beslutning Byrådet den", "Fraværende: Anne Holm, Bo Lund Godkendt.").Decisions.Single();
        Assert.Equal("Godkendt.", decision.Text);
        Assert.Equal(["Anne Holm", "Bo Lund"], decision.Absences.Select(a => a.Member.Name));
    }

    [Fact]
    public void A_decision_quoted_with_dash_bullets_keeps_them_as_printed()
    {
        var decision = Item("Beslutning", "", "Der blev spurgt om:", "", "- vejene,", "", "- skolerne").Decisions.Single();
        Assert.Equal("Der blev spurgt om:\n- vejene,\n- skolerne", decision.Text);
    }

    [Fact]
    public void A_label_glued_to_its_value()
    {
        var item = Item("Sagsnr:", "BilagIngen bilag.", "BeslutningGodkendt.", "Fraværende- Anne Holm ()");
        Assert.Equal(["Bilag", "Beslutning"], item.Sections.Select(s => s.Heading));
        var decision = item.Decisions.Single();
        Assert.Equal(("Godkendt.", "Anne Holm"), (decision.Text, decision.Absences.Single().Member.Name));
    }

    [Theory]
    [InlineData("Ad 1) Anbefalet. Ad 2) Anbefalet. Birthe Bach Hvidberg (M) stemte imod.", "Birthe Bach Hvidberg")]
    [InlineData("Godkendt. H.C. Andersen (V) stemte imod.", "H.C. Andersen")]
    [InlineData("Godkendt. Chr. Holm (A) stemte imod.", "Chr. Holm")]
    public void A_vote_names_the_member_not_the_sentence_before_it(string text, string member) =>
        Assert.Equal(member, Referat.Import.Recognition.Decisions.VoteReader.Read(text).Single().Member?.Name);
}
