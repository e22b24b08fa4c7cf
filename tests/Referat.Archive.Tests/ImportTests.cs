using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Import;
using Referat.Storage;

namespace Referat.Archive.Tests;

public sealed class ImportTestsOnSqlite() : ImportTests(ArchiveProvider.Sqlite);

public sealed class ImportTestsOnPostgreSql() : ImportTests(ArchiveProvider.PostgreSql);

public abstract class ImportTests(ArchiveProvider provider)
{
    [Fact]
    public void The_five_seeds_become_five_meetings_with_the_items_the_parser_finds()
    {
        using var archive = new TestArchive(provider);
        var files = Seeds.Files;
        Assert.Equal(5, files.Count);

        var results = files.Select(archive.Importer().ImportFile).ToList();

        Assert.All(results, r => Assert.Null(r.Failure));
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Outcome!.Status));
        Assert.Equal(5, archive.Db.Meetings.Count());
        Assert.Equal(5, archive.Db.SourceDocuments.Count());
        var reader = new DocumentReader();
        foreach (var result in results)
        {
            var parsed = reader.ReadFile(result.Path).Minutes;
            var meeting = archive.Db.Meetings.Include(m => m.Organization).Single(m => m.Id == result.Outcome!.MeetingId);
            Assert.Equal(parsed.Meeting.Date, meeting.Date);
            Assert.Contains(Domain.CommitteeNames.Key(parsed.Meeting.Committee!),
                archive.Db.OrganizationNames.Where(n => n.OrganizationId == meeting.OrganizationId).Select(n => n.Key).ToList());
            var items = archive.Db.AgendaItems.Where(i => i.MeetingId == meeting.Id && !i.Deleted).OrderBy(i => i.Order).ToList();
            Assert.Equal(parsed.Items.Select(i => i.Number), items.Select(i => i.Number));
            Assert.Equal(parsed.Items.Sum(i => i.Decisions.Count), archive.Db.Decisions.Count(d => d.AgendaItem.MeetingId == meeting.Id));
            Assert.Equal(parsed.Items.Count(i => i.CaseNumber is not null), archive.Db.Consultations.Count(c => c.MeetingId == meeting.Id));
            var version = Assert.Single(archive.Db.MeetingVersions.Where(v => v.MeetingId == meeting.Id));
            Assert.True(version.IsCurrent);
            Assert.Equal(1, version.Number);
        }
        var document = archive.Db.SourceDocuments.First();
        Assert.Equal(File.ReadAllBytes(Path.Combine(Seeds.Directory, document.FileName)), document.Bytes);
        Assert.Equal(64, document.Sha256.Length);
        Assert.Equal(ImportService.ParserVersion, document.ParserVersion);
    }

    [Fact]
    public void A_document_read_with_low_confidence_keeps_its_uncertain_fields_and_a_sure_one_has_none()
    {
        using var archive = new TestArchive(provider);
        var directory = Directory.CreateTempSubdirectory("referat-uncertain-");
        try
        {
            // A transcript whose decision lost its date: the reading of that decision is uncertain.
            var uncertainPath = Path.Combine(directory.FullName, "transskript.txt");
            File.WriteAllText(uncertainPath, "Udvalg: Vej- og Parkudvalget\nMødedato: 5. marts 2025\n\n7. Vintervedligeholdelse af stierne\n\nSagsnr.: 25/101\n\nBeslutning i Vej- og Parkudvalget den : Godkendt.\n");
            var uncertain = archive.Importer().ImportFile(uncertainPath);
            var sure = archive.Importer().ImportFile(Seeds.Files[0]);

            Assert.Null(uncertain.Failure);
            var field = Assert.Single(uncertain.Uncertain);
            Assert.StartsWith("Punkt 1, beslutning 1 (linje 8, sikkerhed 0,60)", field);
            Assert.Empty(sure.Uncertain);
            var stored = archive.Db.SourceDocuments.Single(d => d.FileName == "transskript.txt");
            Assert.Equal(uncertain.Uncertain, stored.Uncertain);
            Assert.Empty(archive.Db.SourceDocuments.Single(d => d.FileName == Path.GetFileName(Seeds.Files[0])).Uncertain);
            Assert.Equal(uncertain.Uncertain, new Queries.ArchiveQueries(archive.Open()).GetMeeting(uncertain.Outcome!.MeetingId)!.Uncertain);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_resubmitted_case_has_one_consultation_per_treatment_printed_in_the_minutes()
    {
        using var archive = new TestArchive(provider);
        foreach (var file in Seeds.Files)
            Assert.Null(archive.Importer().ImportFile(file).Failure);

        // Seed 001 item 6 prints Skoleudvalget's decision of 13 March 2024 and the committee's own of 14 March (udsat)
        // before the meeting's decision of 18 April: three treatments of one case.
        var consultations = archive.Db.Consultations.Include(c => c.Organization).Include(c => c.Paper)
            .Where(c => c.Paper.Reference == "00.01.00-A26-3-24" && !c.Deleted)
            .AsEnumerable().OrderBy(c => c.Date).ToList();
        Assert.Equal(
            [(new DateOnly(2024, 3, 13), false), (new DateOnly(2024, 3, 14), false), (new DateOnly(2024, 4, 18), true)],
            consultations.Select(c => (c.Date!.Value, c.MeetingId is not null)));
        Assert.Equal("Skoleudvalget", consultations[0].Organization.Name);
        Assert.Equal(consultations[1].OrganizationId, consultations[2].OrganizationId);
        Assert.All(consultations, c => Assert.Equal(Domain.CompetenceRole.Recommends, c.Role));
        Assert.Single(archive.Db.Papers.Where(p => p.Reference == "00.01.00-A26-3-24"));
    }

    [Fact]
    public void Importing_the_seeds_again_changes_nothing()
    {
        using var archive = new TestArchive(provider);
        foreach (var file in Seeds.Files)
            Assert.Null(archive.Importer().ImportFile(file).Failure);
        var before = archive.RowCounts();

        var again = Seeds.Files.Select(archive.Importer().ImportFile).ToList();

        Assert.All(again, r => Assert.Equal(ImportStatus.Unchanged, r.Outcome!.Status));
        Assert.Equal(before, archive.RowCounts());
    }

    [Fact]
    public void A_corrected_document_becomes_a_new_version_and_the_old_source_is_kept()
    {
        using var archive = new TestArchive(provider);
        var seed = Seeds.Files.Single(f => Path.GetFileName(f).StartsWith("003_", StringComparison.Ordinal));
        var first = archive.Importer().ImportFile(seed);
        Assert.Equal(ImportStatus.Imported, first.Outcome!.Status);

        var text = File.ReadAllText(seed);
        const string original = "Udvalget ser gerne, at der sættes fokus på indsatsen";
        Assert.Contains(original, text);
        var corrected = Path.Combine(archive.Directory, Path.GetFileName(seed));
        File.WriteAllText(corrected, text.Replace(original, "Udvalget ønsker, at der sættes fokus på indsatsen"));

        var second = archive.Importer().ImportFile(corrected);

        Assert.Null(second.Failure);
        Assert.Equal(ImportStatus.NewVersion, second.Outcome!.Status);
        Assert.Equal(first.Outcome.MeetingId, second.Outcome.MeetingId);
        Assert.Equal(2, second.Outcome.Version);
        Assert.Contains("1 ændret", second.Outcome.Summary);
        Assert.Equal(1, archive.Db.Meetings.Count());
        Assert.Equal(2, archive.Db.SourceDocuments.Count());
        var versions = archive.Db.MeetingVersions.Include(v => v.SourceDocument).OrderBy(v => v.Number).ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal([false, true], versions.Select(v => v.IsCurrent));
        Assert.Equal(File.ReadAllBytes(seed), versions[0].SourceDocument.Bytes);
        Assert.Equal(second.Outcome.Summary, versions[1].Changes);

        var parsedCount = new DocumentReader().ReadFile(seed).Minutes.Items.Count;
        var current = archive.Db.AgendaItems.Where(i => !i.Deleted).ToList();
        Assert.Equal(parsedCount, current.Count);
        Assert.Equal(parsedCount, archive.Db.AgendaItems.Count(i => i.Deleted));
        Assert.Contains(archive.Db.Decisions.Where(d => !d.AgendaItem.Deleted), d => d.Text.Contains("Udvalget ønsker"));
        Assert.DoesNotContain(archive.Db.Decisions.Where(d => !d.AgendaItem.Deleted), d => d.Text.Contains("Udvalget ser gerne"));
        Assert.Equal(archive.Db.Consultations.Count(c => c.Deleted), archive.Db.Consultations.Count(c => !c.Deleted));
    }

    [Fact]
    public void A_file_that_cannot_be_parsed_leaves_the_archive_as_it_was()
    {
        using var archive = new TestArchive(provider);
        Assert.Null(archive.Importer().ImportFile(Seeds.Files[3]).Failure);
        var before = archive.RowCounts();
        var notMinutes = Path.Combine(archive.Directory, "not-minutes.txt");
        File.WriteAllText(notMinutes, "Indkøbsliste\n\nMælk\nBrød\nKaffe\n");
        var empty = Path.Combine(archive.Directory, "empty.md");
        File.WriteAllBytes(empty, []);

        var results = new[] { notMinutes, empty, Path.Combine(archive.Directory, "missing.pdf") }.Select(archive.Importer().ImportFile).ToList();

        Assert.All(results, r => Assert.True(r.Failed));
        Assert.Equal(before, archive.RowCounts());
    }

    [Fact]
    public void A_failure_while_storing_rolls_the_whole_document_back()
    {
        using var archive = new TestArchive(provider);
        var seeds = Seeds.Files;
        Assert.Null(archive.Importer().ImportFile(seeds[4]).Failure);
        var before = archive.RowCounts();

        // The meeting's committee resolves; the first decision body after it fails, half-way through the document.
        var failing = new ImportService(archive.Db, importer: new MinutesImporter(archive.Db, organizations: new FailingResolver()));
        var failed = failing.ImportFile(seeds[3]);

        Assert.True(failed.Failed);
        Assert.Contains("resolver failed on purpose", failed.Failure);

        Assert.Equal(before, archive.RowCounts());
        // The archive is still usable afterwards.
        Assert.Equal(ImportStatus.Imported, archive.Importer().ImportFile(seeds[3]).Outcome!.Status);
    }

    [Fact]
    public void Timestamps_are_utc_when_read_back()
    {
        using var archive = new TestArchive(provider);
        Assert.Null(archive.Importer().ImportFile(Seeds.Files[4]).Failure);
        using var fresh = archive.Open();
        var meeting = fresh.Meetings.Single();
        Assert.Equal(DateTimeKind.Utc, meeting.Created.Kind);
        Assert.True(DateTime.UtcNow - meeting.Created < TimeSpan.FromHours(1));
        Assert.Equal(DateTimeKind.Utc, fresh.SourceDocuments.Select(d => d.ImportedAt).Single().Kind);
    }

    private sealed class FailingResolver : IOrganizationResolver
    {
        private readonly NameHistoryOrganizationResolver _inner = new();
        private int _calls;

        public OrganizationRow Resolve(Register register, string name, Mention mention) =>
            ++_calls == 1 ? _inner.Resolve(register, name, mention) : throw new InvalidOperationException("resolver failed on purpose");

        public void Relate(Register register, Domain.RenameStatement statement, Mention mention) =>
            _inner.Relate(register, statement, mention);
    }
}
