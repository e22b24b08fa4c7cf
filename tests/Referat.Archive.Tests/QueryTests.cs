using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>The five seeds imported once per test class, into its own database.</summary>
public abstract class SeedArchive : IDisposable
{
    protected SeedArchive(ArchiveProvider provider)
    {
        Archive = new TestArchive(provider);
        foreach (var file in Seeds.Files)
            Assert.Null(Archive.Importer().ImportFile(file).Failure);
    }

    public TestArchive Archive { get; }

    public void Dispose() => Archive.Dispose();
}

public sealed class SqliteSeedArchive() : SeedArchive(ArchiveProvider.Sqlite);

public sealed class PostgreSqlSeedArchive() : SeedArchive(ArchiveProvider.PostgreSql);

public sealed class QueryTestsOnSqlite(SqliteSeedArchive seeds) : QueryTests(seeds), IClassFixture<SqliteSeedArchive>;

public sealed class QueryTestsOnPostgreSql(PostgreSqlSeedArchive seeds) : QueryTests(seeds), IClassFixture<PostgreSqlSeedArchive>;

public abstract class QueryTests(SeedArchive seeds)
{
    private const string Fsu = "Forebyggelses- og Socialudvalget";

    /// <summary>What Forebyggelses- og Socialudvalget is called since 2026: one organization with both names.</summary>
    private const string Sbu = "Social- og Beskæftigelsesudvalget";
    private static readonly DateOnly SbuDate = new(2026, 3, 9);
    private static readonly DateOnly FsuDate = new(2024, 4, 18);

    private ArchiveQueries Queries => new(seeds.Archive.Db);

    [Fact]
    public void The_resubmitted_case_shows_each_bodys_decision_in_order_and_the_bodies_still_to_come()
    {
        var view = Queries.GetCase("00.01.00-A26-3-24");

        Assert.NotNull(view);
        Assert.StartsWith("Beredskab vedrørende negativ social kontrol", view.Title);
        Assert.Equal(["Skoleudvalget", Fsu, Fsu], view.Timeline.Select(s => s.Body));
        Assert.Equal([new DateOnly(2024, 3, 13), new DateOnly(2024, 3, 14), FsuDate], view.Timeline.Select(s => s.Date));
        Assert.Equal<DecisionOutcome?>([DecisionOutcome.Recommended, DecisionOutcome.Postponed, DecisionOutcome.Recommended], view.Timeline.Select(s => s.Outcome));
        Assert.Equal([CompetenceRole.Recommends, CompetenceRole.Recommends, CompetenceRole.Recommends], view.Timeline.Select(s => s.Role));
        // Only the last is the archived meeting's own treatment; the first two are its minutes' decision history.
        Assert.Equal([false, false, true], view.Timeline.Select(s => s.Archived));
        Assert.Equal("6", view.Timeline[^1].ItemNumber);
        Assert.Equal(["Skoleudvalget", Fsu, "Økonomiudvalget", "Kommunalbestyrelsen"], view.Chain.Select(s => s.Body));
        Assert.Equal(["Økonomiudvalget", "Kommunalbestyrelsen"], view.Pending);
        Assert.Equal(CompetenceRole.Decides, view.Chain[^1].Role);
    }

    [Fact]
    public void A_case_number_nobody_archived_is_not_found()
    {
        Assert.Null(Queries.GetCase("99.99.99-Z99-1-99"));
    }

    [Fact]
    public void A_meeting_is_found_by_a_committee_prefix_in_any_case_and_shows_items_decisions_and_absences()
    {
        var view = Queries.GetMeeting("FOREBYGGELSES- og", FsuDate);

        Assert.NotNull(view);
        Assert.Equal(Fsu, view.Committee);
        Assert.Equal(Sbu, view.CurrentName);
        Assert.Equal("Mødelokale A, 1. sal", view.Location);
        Assert.Equal("2022-2025", view.Term);
        Assert.Equal(1, view.Version);
        var parsed = new Referat.Import.DocumentReader().ReadFile(Seeds.Files.Single(f => Path.GetFileName(f).StartsWith("001_", StringComparison.Ordinal))).Minutes;
        Assert.Equal(parsed.Items.Select(i => i.Number), view.Items.Select(i => i.Number));
        var item = view.Items.Single(i => i.Number == "6");
        Assert.Equal("00.01.00-A26-3-24", item.CaseNumber?.Text);
        Assert.Equal(3, item.Decisions.Count);
        var own = item.Decisions[^1];
        Assert.Equal(Fsu, own.Body);
        Assert.Equal(DecisionOutcome.Recommended, own.Outcome);
        Assert.Contains(own.Absences, a => a.Member.Name == "Magnus Von Dreier" && a.Substitute?.Name == "Casper Strunge");
        Assert.Contains(own.Absences, a => a.Member.Name == "Henrik Bang" && a.Substitute is null);
        Assert.Equal("00.22.00-A00-12-21", view.Items[0].CaseNumber?.Text);
    }

    [Fact]
    public void A_meeting_on_another_date_is_not_found_and_an_ambiguous_or_unknown_committee_is_an_error()
    {
        Assert.Null(Queries.GetMeeting(Fsu, new DateOnly(2024, 4, 19)));
        var ambiguous = Assert.Throws<QueryException>(() => Queries.GetMeeting("social", FsuDate));
        Assert.Contains("flere udvalg", ambiguous.Message);
        Assert.Throws<QueryException>(() => Queries.GetMeeting("Teaterudvalget", FsuDate));
    }

    [Fact]
    public void A_substitute_is_shown_with_the_meeting_and_the_items_they_sat_in_on()
    {
        var view = Queries.GetPerson("casper strunge");

        Assert.Equal("Casper Strunge", view.Name);
        Assert.Equal("C", view.Party);
        var membership = Assert.Single(view.Memberships);
        Assert.Equal((Fsu, MembershipRole.Substitute), (membership.Organization, membership.Role));
        Assert.Equal(Sbu, membership.CurrentName);
        var meeting = Assert.Single(view.Meetings);
        Assert.Equal((AttendanceStatus.Substitute, FsuDate), (meeting.Status, meeting.Date));
        Assert.Contains("Magnus Von Dreier", meeting.SubstituteFor);
        Assert.True(meeting.ItemsAttended > 0);
        Assert.Equal(1, view.Counts.MeetingsAsSubstitute);
        Assert.Equal(0, view.Counts.MeetingsAbsent);
    }

    [Fact]
    public void A_member_absent_under_some_decisions_was_present_and_the_items_missed_are_counted()
    {
        // Henrik Bang (Ø) is recorded absent under every decision of the meeting but that on item 13.
        var view = Queries.GetPerson("Henrik Bang");

        var meeting = Assert.Single(view.Meetings);
        Assert.Equal((AttendanceStatus.Present, 1, 16), (meeting.Status, meeting.ItemsAttended, meeting.ItemsAbsent));
        Assert.Equal(new AttendanceCounts(1, 1, 0, 0, 1, 16, 0), view.Counts);
        // His absence under Teknikudvalget's decision of 16 April (repeated in these minutes) makes him a member of
        // Teknikudvalget too (entity resolution records memberships from every attendance list): a membership without
        // an archived meeting of that committee, dated by the decision.
        Assert.Equal([("Teknikudvalget", MembershipRole.Member), (Fsu, MembershipRole.Member)], view.Memberships.Select(m => (m.Organization, m.Role)));
        Assert.Equal(new DateOnly(2024, 4, 16), view.Memberships[0].FirstMeeting);
        // Absences under the decision history (Teknikudvalget, 16 April) belong to that meeting, not this one.
        Assert.DoesNotContain(view.Meetings, m => m.Committee == "Teknikudvalget");
    }

    [Fact]
    public void Attendance_per_member_counts_meetings_absences_substitutes_and_the_rate()
    {
        var report = Queries.Attendance("forebyggelses", new LegislativeTerm(2022, 2025));

        Assert.Equal(Fsu, report.Committee);
        Assert.Equal(1, report.Meetings);
        var henrik = report.Members.Single(m => m.Name == "Henrik Bang");
        Assert.Equal(new MemberAttendance("Henrik Bang", "Ø", 1, 1, 0, 0, 0, 1.0), henrik);
        var magnus = report.Members.Single(m => m.Name == "Magnus Von Dreier");
        Assert.Equal((1, 1), (magnus.SubstitutedFor, magnus.Meetings));
        var casper = report.Members.Single(m => m.Name == "Casper Strunge");
        Assert.Equal((0, 1, (double?)null), (casper.Meetings, casper.AsSubstitute, casper.Rate));

        // A term without meetings of the committee. (2026-2029 has one since entity resolution: the committee is
        // the same organization as Social- og Beskæftigelsesudvalget; see the renamed-committee test.)
        Assert.Equal(0, Queries.Attendance("forebyggelses", new LegislativeTerm(2030, 2033)).Meetings);
        Assert.Empty(Queries.Attendance("forebyggelses", new LegislativeTerm(2030, 2033)).Members);
    }

    [Fact]
    public void A_renamed_committee_is_found_by_any_of_its_names_and_shows_the_name_printed_at_each_meeting()
    {
        // The former name finds the meeting held under the later one, and the later name the meeting under the former.
        var later = Queries.GetMeeting("forebyggelses", SbuDate);
        Assert.NotNull(later);
        Assert.Equal((Sbu, (string?)null), (later.Committee, later.CurrentName));
        var earlier = Queries.GetMeeting(Sbu, FsuDate);
        Assert.NotNull(earlier);
        Assert.Equal((Fsu, Sbu), (earlier.Committee, earlier.CurrentName));
        // The name only the minutes' rename statement gives ("Beskæftigelses- og Socialudvalget"), by prefix.
        Assert.Equal(Queries.FindOrganization(Fsu).Id, Queries.FindOrganization("beskæftigelses- og soc").Id);
        // Several names of one organization are not ambiguous; names of different organizations are.
        var ambiguous = Assert.Throws<QueryException>(() => Queries.FindOrganization("beskæftigelses"));
        Assert.Contains("Beskæftigelses- og Integrationsudvalget", ambiguous.Message);
        Assert.Contains(Sbu, ambiguous.Message);

        var report = Queries.Attendance("forebyggelses", new LegislativeTerm(2026, 2029));
        Assert.Equal((Sbu, (string?)null, 1), (report.Committee, report.CurrentName, report.Meetings));
        var magnus = report.Members.Single(m => m.Name == "Magnus Von Dreier");
        Assert.Equal((1, 1), (magnus.Meetings, magnus.Present));
    }

    [Fact]
    public void A_person_is_found_by_any_spelling_and_the_spellings_count_as_one_person()
    {
        var view = Queries.GetPerson("Magnus Von Dreiager");

        Assert.Equal("Magnus Von Dreier", view.Name);
        Assert.Equal(["Magnus Von Dreiaeger", "Magnus Von Dreiager", "Magnus Von Dreijager"], view.Aliases);
        Assert.Equal(view, Queries.GetPerson("dreijager"), PersonViews.Instance);
        // Both terms of the renamed committee, each under the name printed at its meetings.
        Assert.Equal([FsuDate, SbuDate], view.Meetings.Select(a => a.Date));
        Assert.Equal([Fsu, Sbu], view.Meetings.Select(a => a.Committee));
        Assert.Equal([(Fsu, Sbu), (Sbu, null)], view.Memberships.Select(m => (m.Organization, m.CurrentName)));
        Assert.Equal(2, view.Counts.Meetings);

        var all = Queries.Attendance(Sbu);
        Assert.Single(all.Members, m => m.Name.StartsWith("Magnus Von Dre", StringComparison.Ordinal));
        Assert.Equal(2, all.Members.Single(m => m.Name == "Magnus Von Dreier").Meetings);
    }

    private sealed class PersonViews : IEqualityComparer<PersonView>
    {
        public static readonly PersonViews Instance = new();

        public bool Equals(PersonView? x, PersonView? y) => x is not null && y is not null && x.Name == y.Name
            && x.Aliases.SequenceEqual(y.Aliases) && x.Memberships.SequenceEqual(y.Memberships) && x.Counts == y.Counts;

        public int GetHashCode(PersonView obj) => obj.Name.GetHashCode();
    }
}
