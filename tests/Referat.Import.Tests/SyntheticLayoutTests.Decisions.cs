using Referat.Domain;
using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

public sealed partial class SyntheticLayoutTests
{
    /// <summary>A one-item document whose decision (under "Fritidsudvalget, den 2. juni 2026") holds the given lines.</summary>
    private static Decision SingleDecision(params string[] decisionLines)
    {
        var lines = new List<string>
        {
            "Punkt 1: Tilskud til sommeraktiviteter (Beslutning)", "", "Beslutning", "", "Fritidsudvalget, den 2. juni 2026", "",
        };
        foreach (var line in decisionLines)
        {
            lines.Add(line);
            lines.Add("");
        }
        var decision = Assert.Single(Minutes.Read(Minutes.Lines([.. lines])).Minutes.Items.Single().Decisions);
        Assert.Equal("Fritidsudvalget", decision.Body);
        Assert.Equal(new DateOnly(2026, 6, 2), decision.Date);
        return decision;
    }

    [Theory]
    [InlineData("Godkendt.", DecisionOutcome.Approved)]
    [InlineData("Anbefalet.", DecisionOutcome.Recommended)]
    [InlineData("Taget til efterretning.", DecisionOutcome.Noted)]
    [InlineData("Orientering givet.", DecisionOutcome.Noted)]
    [InlineData("Drøftet.", DecisionOutcome.Discussed)]
    [InlineData("Sagen udsat.", DecisionOutcome.Postponed)]
    [InlineData("Ikke godkendt.", DecisionOutcome.Rejected)]
    [InlineData("Ad 1) Godkendt.", DecisionOutcome.Approved)]
    public void Decision_outcome_is_classified(string text, DecisionOutcome expected)
    {
        var decision = SingleDecision(text);
        Assert.Equal(text, decision.Text);
        Assert.Equal(expected, decision.Outcome);
    }

    [Theory]
    [InlineData("Ad 1-2) Godkendt.", new[] { 1, 2 })]
    [InlineData("Ad 1) Godkendt.", new[] { 1 })]
    [InlineData("Ad 2 og 4) Anbefalet.", new[] { 2, 4 })]
    [InlineData("Godkendt.", new int[0])]
    public void Decision_points_come_from_Ad_markers(string text, int[] points)
    {
        Assert.Equal(points, SingleDecision(text).Points);
    }

    [Fact]
    public void Decision_points_from_several_Ad_lines_are_merged()
    {
        var decision = SingleDecision("Ad 1-2) Anbefalet.", "Ad 3) Ikke anbefalet.");
        Assert.Equal("Ad 1-2) Anbefalet.\nAd 3) Ikke anbefalet.", decision.Text);
        Assert.Equal([1, 2, 3], decision.Points);
        Assert.Equal(DecisionOutcome.Recommended, decision.Outcome);
    }

    [Fact]
    public void Member_and_group_votes_are_read()
    {
        var decision = SingleDecision("Anbefalet.", "For stemte: V og I", "Ejnar Thomsen (I) stemte imod.");
        Assert.Equal(DecisionOutcome.Recommended, decision.Outcome);
        Assert.Equal(
            [new Vote(VotePosition.For, null, "V"), new Vote(VotePosition.For, null, "I"), new Vote(VotePosition.Against, new PartyMember("Ejnar Thomsen", "I"), "I")],
            decision.Votes.OrderBy(v => v.Position).ThenBy(v => v.Member is null ? 0 : 1).ToList());
    }

    [Fact]
    public void Abstention_and_against_group_votes_are_read()
    {
        var decision = SingleDecision("Godkendt.", "Imod stemte: O", "Anna Brix (Å) undlod at stemme.");
        Assert.Contains(new Vote(VotePosition.Against, null, "O"), decision.Votes);
        Assert.Contains(new Vote(VotePosition.Abstained, new PartyMember("Anna Brix", "Å"), "Å"), decision.Votes);
        Assert.Equal(2, decision.Votes.Count);
    }

    [Fact]
    public void Absence_with_substitute_named_in_a_second_sentence()
    {
        var decision = SingleDecision("Godkendt.", "Helle Vinther (B) var fraværende. I stedet deltog Jonas Krog (B).");
        Assert.Equal("Godkendt.", decision.Text);
        Assert.Equal([new Absence(new PartyMember("Helle Vinther", "B"), new PartyMember("Jonas Krog", "B"))], decision.Absences);
    }

    [Fact]
    public void Absence_from_a_later_item_keeps_its_note()
    {
        var decision = SingleDecision("Godkendt.", "Rasmus Ager (V) var fraværende fra punkt 4.");
        Assert.Equal([new Absence(new PartyMember("Rasmus Ager", "V"), null, "fra punkt 4")], decision.Absences);
    }

    [Fact]
    public void Absence_list_with_label()
    {
        var decision = SingleDecision("Godkendt.", "Fraværende: Helle Vinther (B) og Rasmus Ager (V)");
        Assert.Equal("Godkendt.", decision.Text);
        Assert.Equal([new Absence(new PartyMember("Helle Vinther", "B")), new Absence(new PartyMember("Rasmus Ager", "V"))], decision.Absences);
    }

    [Fact]
    public void Several_bodies_decisions_under_one_item_are_kept_in_order()
    {
        var text = Minutes.Lines(
            "Punkt 4: Ny idrætspolitik (Beslutning)",
            "",
            "Beslutning",
            "",
            "Fritidsudvalget, den 12. maj 2026",
            "",
            "Anbefalet.",
            "",
            "Økonomiudvalget, den 26. maj 2026",
            "",
            "Anbefalet.",
            "",
            "Kommunalbestyrelsen, den 2. juni 2026",
            "",
            "Godkendt.");
        var item = Minutes.Read(text).Minutes.Items.Single();
        Assert.Equal("4", item.Number);
        Assert.Equal(["Fritidsudvalget", "Økonomiudvalget", "Kommunalbestyrelsen"], item.Decisions.Select(d => d.Body));
        Assert.Equal([new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 26), new DateOnly(2026, 6, 2)], item.Decisions.Select(d => d.Date!.Value));
        Assert.Equal([DecisionOutcome.Recommended, DecisionOutcome.Recommended, DecisionOutcome.Approved], item.Decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void Absence_without_party_and_names_with_abbreviations_are_read()
    {
        var decision = SingleDecision("Godkendt.", "Hans Holmsted var fraværende.", "Chr. Vindum (A) var fraværende. I stedet deltog Åse Lind (A).");
        Assert.Equal("Godkendt.", decision.Text);
        Assert.Equal(
            [new Absence(new PartyMember("Hans Holmsted", null)), new Absence(new PartyMember("Chr. Vindum", "A"), new PartyMember("Åse Lind", "A"))],
            decision.Absences);
    }

    [Fact]
    public void Header_labels_match_whole_words_only()
    {
        var minutes = Minutes.Read(Minutes.Lines(
            "REFERAT Fritidsudvalget 2026-2029 d. 02-06-2026", "", "Mødested Rådhuset, mødelokale 2", "",
            "Stedfortræder for formanden er udpeget", "", "Punkt 1: Godkendelse af dagsorden", "", "Beslutning", "", "Godkendt.")).Minutes;
        Assert.Equal("Rådhuset, mødelokale 2", minutes.Meeting.Location);
    }

    [Fact]
    public void Committee_names_with_a_comma_open_a_decision()
    {
        var item = Minutes.Read(Minutes.Lines(
            "Punkt 1: Nye åbningstider i svømmehallen (Beslutning)", "", "Beslutning", "",
            "Kultur-, Idræts- og Fritidsudvalget, den 4. januar 2022", "", "Godkendt.")).Minutes.Items.Single();
        var decision = Assert.Single(item.Decisions);
        Assert.Equal("Kultur-, Idræts- og Fritidsudvalget", decision.Body);
        Assert.Equal("Godkendt.", decision.Text);
    }

    [Fact]
    public void Type_tags_wrapped_onto_their_own_line_are_all_read()
    {
        var item = Minutes.Read(Minutes.Lines(
            " Punkt 4 ", "", "Udbygning af cykelstinettet (Beslutning)", "(Genforelæggelse)", "", "Beslutning", "", "Godkendt.")).Minutes.Items.Single();
        Assert.Equal("Udbygning af cykelstinettet", item.Title);
        Assert.Equal(["Beslutning", "Genforelæggelse"], item.Types);
    }
}
