using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>The importer on hand-made minutes: no parser involved.</summary>
public sealed class MinutesImporterTestsOnSqlite() : MinutesImporterTests(ArchiveProvider.Sqlite);

public sealed class MinutesImporterTestsOnPostgreSql() : MinutesImporterTests(ArchiveProvider.PostgreSql);

public abstract class MinutesImporterTests(ArchiveProvider provider)
{
    private static readonly PartyMember Bodil = new("Bodil Kornbek", "A");

    private static MinutesDocument Minutes(string committee, DateOnly? date, params AgendaItem[] items) => new()
    {
        Meeting = new MeetingHeader { Committee = committee, Date = date, Participants = [Bodil, new PartyMember("Mark  Nathansen", "B")] },
        Items = items,
    };

    private static AgendaItem Item(int number, string? caseNumber, params CompetenceStep[] chain)
    {
        var parsed = CaseNumber.From(caseNumber);
        Assert.Equal(caseNumber is null, parsed is null);
        return new AgendaItem
        {
            Number = number.ToString(), Order = number, Title = $"Punkt {number}", CaseNumber = parsed, Competence = chain,
            Decisions = [new Decision { Body = "Økonomiudvalget", Text = "Godkendt.", Outcome = DecisionOutcome.Approved }],
        };
    }

    private static SourceFile Source(string text) => new("x.txt", System.Text.Encoding.UTF8.GetBytes(text), "test");

    [Fact]
    public void Consultations_take_their_role_from_the_competence_chain()
    {
        using var archive = new TestArchive(provider);
        var minutes = Minutes("Økonomiudvalget", new DateOnly(2025, 6, 9),
            Item(1, "00.01.00-A30-10-25",
                new CompetenceStep("Økonomiudvalget anbefaler.", "Økonomiudvalget", CompetenceRole.Recommends),
                new CompetenceStep("Kommunalbestyrelsen beslutter.", "Kommunalbestyrelsen", CompetenceRole.Decides)),
            Item(2, "00.01.00-A30-11-25", new CompetenceStep("Økonomiudvalget beslutter.", "Økonomiudvalget", CompetenceRole.Decides)),
            Item(3, "00.01.00-A30-12-25", new CompetenceStep("Skoleudvalget beslutter.", "Skoleudvalget", CompetenceRole.Decides)),
            Item(4, null));

        new MinutesImporter(archive.Db).Import(Source("a"), minutes);

        var consultations = archive.Db.Consultations.Include(c => c.Paper).Include(c => c.AgendaItem).OrderBy(c => c.AgendaItem.Order).ToList();
        Assert.Equal(["00.01.00-A30-10-25", "00.01.00-A30-11-25", "00.01.00-A30-12-25"], consultations.Select(c => c.Paper.Reference));
        Assert.Equal([CompetenceRole.Recommends, CompetenceRole.Decides, CompetenceRole.Unspecified], consultations.Select(c => c.Role));
        Assert.Equal([false, true, false], consultations.Select(c => c.Authoritative));
        Assert.Equal(OrganizationKind.FinanceCommittee, archive.Db.Organizations.Single(o => o.Name == "Økonomiudvalget").Kind);
    }

    [Fact]
    public void A_case_treated_at_two_meetings_is_one_paper_and_a_person_is_found_by_normalised_name()
    {
        using var archive = new TestArchive(provider);
        var importer = new MinutesImporter(archive.Db);
        importer.Import(Source("a"), Minutes("Økonomiudvalget", new DateOnly(2025, 6, 9), Item(1, "00.01.00-A30-10-25")));
        importer.Import(Source("b"), Minutes("Kommunalbestyrelsen", new DateOnly(2025, 6, 19), Item(1, "00.01.00-A30-10-25")) with
        {
            Meeting = new MeetingHeader { Committee = "Kommunalbestyrelsen", Date = new DateOnly(2025, 6, 19), Participants = [new PartyMember("bodil  kornbek", "A")] },
        });

        Assert.Equal(1, archive.Db.Papers.Count());
        Assert.Equal(2, archive.Db.Consultations.Count());
        Assert.Equal(2, archive.Db.Persons.Count());
        Assert.Equal("Bodil Kornbek", archive.Db.Persons.OrderBy(p => p.Id).First().Name);
        Assert.Equal(3, archive.Db.Memberships.Count());
        Assert.Equal(OrganizationKind.Council, archive.Db.Organizations.Single(o => o.Name == "Kommunalbestyrelsen").Kind);
    }

    [Fact]
    public void Minutes_without_a_date_are_refused_and_nothing_is_written()
    {
        using var archive = new TestArchive(provider);
        var before = archive.RowCounts();

        Assert.Throws<ArchiveImportException>(() => new MinutesImporter(archive.Db).Import(Source("a"), Minutes("Økonomiudvalget", null, Item(1, null))));

        Assert.Equal(before, archive.RowCounts());
    }

    [Fact]
    public void A_new_version_with_an_added_and_a_removed_item_says_so()
    {
        using var archive = new TestArchive(provider);
        var importer = new MinutesImporter(archive.Db);
        var date = new DateOnly(2025, 6, 9);
        importer.Import(Source("a"), Minutes("Økonomiudvalget", date, Item(1, null), Item(2, null)));

        var outcome = importer.Import(Source("b"), Minutes("Økonomiudvalget", date, Item(1, null), Item(3, null)));

        Assert.Equal(ImportStatus.NewVersion, outcome.Status);
        Assert.Equal("punkter: 1 tilføjet, 1 fjernet, 0 ændret; beslutninger: 1 tilføjet, 1 fjernet, 0 ændret", outcome.Summary);
        Assert.Equal(["1", "3"], archive.Db.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).Select(i => i.Number));
    }
}
