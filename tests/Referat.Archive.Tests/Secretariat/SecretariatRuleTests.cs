using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Archive.Tests.Secretariat;

/// <summary>The secretariat's pure rules: holidays, the calendar's rounds, the delegation plan, substitutes, Markdown sections.</summary>
public sealed class SecretariatRuleTests
{
    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_falls_where_the_almanac_has_it(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DanishHolidays.EasterSunday(year));

    [Fact]
    public void A_meeting_on_a_holiday_moves_to_the_next_working_day()
    {
        // Kristi himmelfartsdag 2026 is Thursday 14 May: a Thursday committee of round 1 (8–14 May) meets on Friday the 15th.
        var calendar = new MeetingCalendar([new("Teknikudvalget", 1, DayOfWeek.Thursday, new TimeOnly(16, 0), new TimeOnly(18, 0), "Rådhuset")], [7], []);
        var plan = calendar.Plan(2026);
        Assert.Contains(new DateOnly(2026, 5, 15), plan.Select(p => p.Date));
        Assert.DoesNotContain(plan, p => p.Date.Month == 7);
        Assert.Equal(11, plan.Count);
        var closedDay = calendar with { ClosedDays = [new DateOnly(2026, 6, 11)] };
        Assert.Contains(new DateOnly(2026, 6, 12), closedDay.Plan(2026).Select(p => p.Date));
    }

    [Fact]
    public void The_rounds_lead_up_to_the_council_every_month()
    {
        var calendar = new MeetingCalendar(
            [new("Kommunalbestyrelsen", 3, DayOfWeek.Wednesday, new TimeOnly(18, 0), new TimeOnly(21, 0), "Byrådssalen"),
             new("Økonomiudvalget", 2, DayOfWeek.Wednesday, new TimeOnly(15, 0), new TimeOnly(17, 0), "Rådhuset"),
             new("Teknikudvalget", 1, DayOfWeek.Monday, new TimeOnly(16, 0), new TimeOnly(18, 0), "Rådhuset")], [7], []);
        foreach (var month in calendar.Plan(2027).GroupBy(p => p.Date.Month))
        {
            var byCommittee = month.ToDictionary(p => p.Committee, p => p.Date);
            Assert.True(byCommittee["Teknikudvalget"] < byCommittee["Økonomiudvalget"] && byCommittee["Økonomiudvalget"] < byCommittee["Kommunalbestyrelsen"], $"month {month.Key}");
        }
        Assert.Equal(new DateOnly(2027, 2, 8), calendar.NextOf("Teknikudvalget", new DateOnly(2027, 1, 11))!.Date);
    }

    [Fact]
    public void The_delegation_plan_sends_appropriations_through_the_finance_committee_to_the_council()
    {
        var plan = DelegationPlan.Default;
        Assert.Equal(["Teknikudvalget anbefaler.", "Økonomiudvalget anbefaler.", "Kommunalbestyrelsen beslutter."],
            plan.Propose("Teknikudvalget", "Anlægsbevilling til ny cykelsti", []).Select(s => s.Text));
        Assert.Equal(["Teknikudvalget beslutter."], plan.Propose("Teknikudvalget", "Status på vintertjenesten", ["Orientering"]).Select(s => s.Text));
        Assert.Equal(["Økonomiudvalget anbefaler.", "Kommunalbestyrelsen beslutter."], plan.Propose("Økonomiudvalget", "Budget 2028", []).Select(s => s.Text));
        var chain = plan.Propose("Teknikudvalget", "Tillægsbevilling", []);
        Assert.Equal("Økonomiudvalget", CompetenceChain.NextAfter(chain, "Teknikudvalget")?.Body);
        Assert.Equal("Kommunalbestyrelsen", CompetenceChain.NextAfter(chain, "Økonomiudvalget")?.Body);
        Assert.Null(CompetenceChain.NextAfter(chain, "Kommunalbestyrelsen"));
        Assert.Null(CompetenceChain.NextAfter(plan.Propose("Teknikudvalget", "Status", []), "Teknikudvalget"));
    }

    [Fact]
    public void The_next_substitute_of_the_absent_members_party_who_is_not_seated_takes_the_seat()
    {
        var roster = new CommitteeRoster("Teknikudvalget", "2026-2029", [],
            [new("Erik Mørk", "V"), new("Frida Dahl", "A"), new("Gorm Vest", "V")]);
        Assert.Equal("Erik Mørk", roster.SubstituteFor(new("Bo Lund", "V"), ["Bo Lund"])?.Name);
        Assert.Equal("Gorm Vest", roster.SubstituteFor(new("Bo Lund", "V"), ["Bo Lund", "Erik Mørk"])?.Name);
        Assert.Null(roster.SubstituteFor(new("Carl Berg", "Ø"), []));
    }

    [Fact]
    public void Sections_written_in_Markdown_keep_lists_and_tables_with_their_numbers()
    {
        var blocks = MarkdownBlocks.Parse("Forvaltningen indstiller, *at*\n\n1. sagen godkendes\n2. beløbet frigives\n\n- en\n- to\n\n| mio. kr. | 2027 |\n|---|---|\n| Drift | -2,9 |");
        Assert.Equal(4, blocks.Count);
        Assert.Equal("Forvaltningen indstiller, at", Assert.IsType<Paragraph>(blocks[0]).Text);
        Assert.True(Assert.IsType<BulletList>(blocks[1]).Numbered);
        Assert.Equal(["en", "to"], Assert.IsType<BulletList>(blocks[2]).Entries);
        Assert.Equal(-2.9m, Assert.IsType<TableBlock>(blocks[3]).Table.Rows[0].Cells[1].Number);
        Assert.Equal(blocks, MarkdownBlocks.Parse(MarkdownBlocks.Write(blocks)));
    }
}
