using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Resolution;

namespace Referat.Archive.Tests;

/// <summary>Entity resolution of persons: aliases, merge records with evidence, the review list, memberships.</summary>
public sealed class PersonResolutionTests
{
    private static SourceFile Source(string text) => new($"{text}.txt", System.Text.Encoding.UTF8.GetBytes(text), "test");

    private static MinutesDocument Meeting(string committee, DateOnly date, IReadOnlyList<PartyMember> participants, params Absence[] absences) => new()
    {
        Meeting = new MeetingHeader { Committee = committee, Date = date, Participants = participants.ToValueList() },
        Items = absences.Length == 0 ? [] :
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = "Punkt 1",
                Decisions = [new Decision { Text = "Godkendt.", Outcome = DecisionOutcome.Approved, Absences = absences }],
            },
        ],
    };

    [Fact]
    public void The_seeds_give_one_person_per_real_person_and_spelling_variants_become_aliases()
    {
        using var archive = new TestArchive();
        foreach (var file in Seeds.Files)
            Assert.Null(archive.Importer().ImportFile(file).Failure);

        var people = Registers.People(archive.Db);
        Assert.Equal(people.Count, people.Select(p => p.Name).Distinct().Count());

        var magnus = Assert.Single(people, p => p.Name.StartsWith("Magnus Von Dr", StringComparison.Ordinal));
        Assert.Equal("Magnus Von Dreier", magnus.Name);
        Assert.Equal(["Magnus Von Dreiaeger", "Magnus Von Dreiager", "Magnus Von Dreier", "Magnus Von Dreijager"],
            magnus.Aliases.Select(a => a.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal(3, magnus.Merges.Count);
        Assert.All(magnus.Merges, m =>
        {
            Assert.Equal("efternavn-stavevariant", m.Rule);
            Assert.Contains(m.From, m.Evidence);
            Assert.Contains(m.To, m.Evidence);
            Assert.Contains("001_b57fec5f1bbd150d.txt", m.Evidence);
            Assert.InRange(m.Confidence, PersonNameRules.MergeThreshold, 1);
        });
        // Two terms, one person: a membership per term.
        Assert.Equal(["2022-2025", "2026-2029"], magnus.Memberships.Select(m => m.Term).Distinct().Order(StringComparer.Ordinal));

        foreach (var name in new[] { "Casper Strunge", "Bodil Kornbek", "Henrik Bang", "Mette Schmidt Olsen", "Gitte Kjær-Westermann", "Curt Købsted" })
        {
            var person = Assert.Single(people, p => p.Name == name);
            Assert.Single(person.Aliases);
            Assert.Empty(person.Merges);
        }
        Assert.Empty(Registers.Reviews(archive.Db, ReviewKind.Person));

        // Attendance lines make memberships: an absent member is a member, a substitute a stedfortræder.
        var casper = people.Single(p => p.Name == "Casper Strunge");
        Assert.Contains(casper.Memberships, m => m.Role == MembershipRole.Substitute && m.Term == "2022-2025" && m.Evidence!.Contains("001_b57fec5f1bbd150d.txt"));
        var bodil = people.Single(p => p.Name == "Bodil Kornbek");
        Assert.Contains(bodil.Memberships, m => m.Role == MembershipRole.Member && m.Term == "2026-2029" && m.Evidence!.Contains("deltagerliste"));
    }

    [Fact]
    public void The_seeds_imported_in_the_opposite_order_give_the_same_persons_and_committees()
    {
        using var forward = new TestArchive();
        using var backward = new TestArchive();
        foreach (var file in Seeds.Files)
            Assert.Null(forward.Importer().ImportFile(file).Failure);
        foreach (var file in Seeds.Files.Reverse())
            Assert.Null(backward.Importer().ImportFile(file).Failure);

        static List<string> People(ArchiveContext db) => Registers.People(db)
            .Select(p => $"{p.Name} ({p.Party}): {string.Join(", ", p.Aliases.Select(a => a.Spelling))}; "
                + string.Join(", ", p.Memberships.Select(m => $"{m.Role} {m.Term} {m.Party} x{m.Observations}"))).ToList();
        static List<string> Committees(ArchiveContext db) => Registers.Organizations(db)
            .Select(o => $"{o.Name}: {string.Join(" > ", o.Names.Select(n => $"{n.Name} [{string.Join("|", n.Spellings)}] {n.FirstSeen}"))}")
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(People(forward.Db), People(backward.Db));
        Assert.Equal(Committees(forward.Db), Committees(backward.Db));
    }

    [Fact]
    public void Importing_the_seeds_again_changes_no_person_alias_merge_or_membership()
    {
        using var archive = new TestArchive();
        foreach (var file in Seeds.Files)
            Assert.Null(archive.Importer().ImportFile(file).Failure);
        var people = System.Text.Json.JsonSerializer.Serialize(Registers.People(archive.Db));
        var committees = System.Text.Json.JsonSerializer.Serialize(Registers.Organizations(archive.Db));

        foreach (var file in Seeds.Files)
            Assert.Equal(ImportStatus.Unchanged, archive.Importer().ImportFile(file).Outcome!.Status);

        Assert.Equal(people, System.Text.Json.JsonSerializer.Serialize(Registers.People(archive.Db)));
        Assert.Equal(committees, System.Text.Json.JsonSerializer.Serialize(Registers.Organizations(archive.Db)));
    }

    [Fact]
    public void Two_similar_names_in_one_participant_list_are_two_people_and_the_pair_is_listed_for_review()
    {
        using var archive = new TestArchive();
        var importer = new MinutesImporter(archive.Db);
        importer.Import(Source("a"), Meeting("Teknikudvalget", new DateOnly(2023, 5, 2), [new("Anne Holm", "A"), new("Anna Holm", "V"), new("Per Lund", "C")]));

        Assert.Equal(3, archive.Db.Persons.Count());
        Assert.Empty(archive.Db.PersonMerges);
        var review = Assert.Single(Registers.Reviews(archive.Db, ReviewKind.Person));
        Assert.Equal(("Anna Holm (V)", "Anne Holm (A)"), (review.Left, review.Right));
        Assert.Contains("optræder i samme liste", review.Reason);
        Assert.Contains("forskelligt parti", review.Reason);
        Assert.Contains("a.txt", review.Evidence);

        // The same two spellings later, each alone: still each their own person (a spelling seen before is that person).
        importer.Import(Source("b"), Meeting("Teknikudvalget", new DateOnly(2023, 6, 6), [new("Anna Holm", "V")]));
        Assert.Equal(3, archive.Db.Persons.Count());
    }

    [Fact]
    public void A_one_letter_variant_with_the_same_party_in_the_same_list_is_not_merged()
    {
        using var archive = new TestArchive();
        new MinutesImporter(archive.Db).Import(Source("a"), Meeting("Teknikudvalget", new DateOnly(2023, 5, 2), [new("Jens Hansen", "A"), new("Jens Hanssen", "A")]));

        Assert.Equal(2, archive.Db.Persons.Count());
        var review = Assert.Single(Registers.Reviews(archive.Db, ReviewKind.Person));
        Assert.Equal("efternavn-stavevariant", review.Rule);
        Assert.Equal("optræder i samme liste", review.Reason);
    }

    [Fact]
    public void A_spelling_variant_in_another_meeting_is_merged_with_its_evidence_and_a_different_party_goes_to_review()
    {
        using var archive = new TestArchive();
        var importer = new MinutesImporter(archive.Db);
        importer.Import(Source("a"), Meeting("Teknikudvalget", new DateOnly(2023, 5, 2), [new("Karen Vestergaard", "V")]));
        importer.Import(Source("b"), Meeting("Teknikudvalget", new DateOnly(2023, 6, 6), [new("Karen Vestergard", "V")]));
        importer.Import(Source("c"), Meeting("Teknikudvalget", new DateOnly(2023, 8, 1), [new("Karen Vestergaart", "O")]));

        var people = Registers.People(archive.Db);
        var karen = Assert.Single(people, p => p.Aliases.Count == 2);
        Assert.Equal(["Karen Vestergaard", "Karen Vestergard"], karen.Aliases.Select(a => a.Spelling).Order(StringComparer.Ordinal));
        var merge = Assert.Single(karen.Merges);
        Assert.Equal("efternavn-stavevariant", merge.Rule);
        Assert.Contains("a.txt", merge.Evidence);
        Assert.Contains("b.txt", merge.Evidence);
        Assert.Equal(2, people.Count);
        var review = Assert.Single(Registers.Reviews(archive.Db, ReviewKind.Person));
        Assert.Contains("forskelligt parti", review.Reason);
    }

    [Fact]
    public void The_same_name_with_another_party_in_another_term_is_one_person_with_two_memberships()
    {
        using var archive = new TestArchive();
        var importer = new MinutesImporter(archive.Db);
        importer.Import(Source("a"), Meeting("Skoleudvalget", new DateOnly(2020, 3, 3), [new("Ole Dam", "B")]));
        importer.Import(Source("b"), Meeting("Skoleudvalget", new DateOnly(2023, 3, 7), [new("Ole Dam", "A")]));

        var ole = Assert.Single(Registers.People(archive.Db));
        Assert.Equal("A", ole.Party);
        Assert.Equal([("2018-2021", "B"), ("2022-2025", "A")], ole.Memberships.Select(m => (m.Term, m.Party)));
        var merge = Assert.Single(ole.Merges);
        Assert.Equal("samme-navn-andet-parti", merge.Rule);
    }

    [Fact]
    public void A_substitute_is_a_stedfortræder_and_an_absent_member_a_member_of_the_deciding_committee()
    {
        using var archive = new TestArchive();
        new MinutesImporter(archive.Db).Import(Source("a"), Meeting("Skoleudvalget", new DateOnly(2023, 3, 7), [],
            new Absence(new PartyMember("Ole Dam", "A"), new PartyMember("Lis Krag", "A"))));

        var people = Registers.People(archive.Db);
        Assert.Equal((MembershipRole.Member, "Skoleudvalget"), people.Single(p => p.Name == "Ole Dam").Memberships.Select(m => (m.Role, m.Organization)).Single());
        var lis = people.Single(p => p.Name == "Lis Krag").Memberships.Single();
        Assert.Equal(MembershipRole.Substitute, lis.Role);
        Assert.Contains("i stedet deltog", lis.Evidence);
    }

    [Theory]
    [InlineData("Magnus Von Dreier", "Magnus Von Dreijager", VerdictKind.Merge)]
    [InlineData("Jens Jensen", "Jens Hansen", VerdictKind.Review)]
    [InlineData("Mette Nielsen", "Mette Nissen", VerdictKind.Review)]
    [InlineData("Mette Schmidt Olsen", "Mette Olsen", VerdictKind.Merge)]
    [InlineData("Per Lund", "Lone Berg", VerdictKind.None)]
    public void Person_rules(string seen, string known, VerdictKind expected)
    {
        Assert.Equal(expected, PersonNameRules.Evaluate(new PartyMember(seen, "C"), Names.Normalise(known), "C", inSameList: false).Kind);
    }
}
