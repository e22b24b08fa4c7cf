using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Referat.Domain;
using Referat.Import;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Tests;

public sealed class OldArchiveMigrationTestsOnSqlite() : OldArchiveMigrationTests(ArchiveProvider.Sqlite);

public sealed class OldArchiveMigrationTestsOnPostgreSql() : OldArchiveMigrationTests(ArchiveProvider.PostgreSql);

/// <summary>
/// An archive built by the previous version (commit c1944a2: fifteen invented documents, one of them a corrected version,
/// kept as Fixtures/archive-c1944a2.db.gz) is brought up to date when it is opened: section text becomes blocks (tables
/// with their cells and numbers), lists and enums their new shape, names as printed beside the persons. Its minutes then
/// read back as the current parser reads their stored source documents. On PostgreSQL the same rows are copied into a
/// database at the earlier schema first.
/// </summary>
public abstract class OldArchiveMigrationTests(ArchiveProvider provider)
{
    private const string PreviousMigration = "ConsultationHistory";

    [Fact]
    public void An_archive_of_the_previous_version_is_converted_and_reads_back_as_its_documents_parse()
    {
        using var archive = new TestArchive(provider, migrate: false);
        var old = Path.Combine(archive.Directory, "old.db");
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "archive-c1944a2.db.gz")), CompressionMode.Decompress))
        using (var file = File.Create(old))
            gz.CopyTo(file);
        var location = provider == ArchiveProvider.Sqlite ? ArchiveDb.Resolve(old) : archive.Location;
        if (provider == ArchiveProvider.PostgreSql)
            CopyToPostgreSql(old, archive.Location);

        using var db = ArchiveDb.Open(location);
        Assert.Empty(db.Database.GetPendingMigrations());

        var reader = new DocumentReader();
        var meetings = db.Meetings.Where(m => !m.Deleted).Select(m => m.Id).ToList();
        Assert.Equal(14, meetings.Count);
        var tables = 0;
        foreach (var id in meetings)
        {
            var stored = StoredMinutes.Load(db, id)!;
            var version = db.MeetingVersions.Include(v => v.SourceDocument).Single(v => v.MeetingId == id && v.IsCurrent);
            var parsed = reader.Read(version.SourceDocument.FileName, version.SourceDocument.Bytes).Minutes;

            Assert.Equal(parsed.Meeting.Date, stored.Meeting.Date);
            Assert.Equal(CommitteeNames.Display(parsed.Meeting.Committee!), stored.Meeting.Committee);
            Assert.Equal(parsed.Meeting.Participants.Count, stored.Meeting.Participants.Count);
            Assert.Equal(parsed.Items.Count, stored.Items.Count);
            for (var i = 0; i < parsed.Items.Count; i++)
            {
                var (p, s) = (parsed.Items[i], stored.Items[i]);
                Assert.Equal((p.Number, p.Title, p.IsClosed, p.CaseNumber), (s.Number, s.Title, s.IsClosed, s.CaseNumber));
                Assert.Equal(p.Types, s.Types);
                Assert.Equal(p.Competence, s.Competence);
                Assert.Equal(p.Attachments, s.Attachments);
                Assert.Equal(p.Decisions.Select(d => (d.Body, d.Date, d.Text, d.Outcome, d.Points)), s.Decisions.Select(d => (d.Body, d.Date, d.Text, d.Outcome, d.Points)));
                Assert.Equal(p.Decisions.Select(d => d.Votes.Count), s.Decisions.Select(d => d.Votes.Count));
                Assert.Equal(p.Decisions.Select(d => d.Absences.Count), s.Decisions.Select(d => d.Absences.Count));
                Assert.Equal(p.Sections.Select(x => (x.Heading, x.Kind)), s.Sections.Select(x => (x.Heading, x.Kind)));
                // A table comes back as a table: its header and every cell's text and number. (Lists were kept as lines of
                // text by the previous version: they come back as paragraphs.)
                var parsedTables = p.Sections.SelectMany(x => x.Blocks.OfType<TableBlock>()).Select(t => t.Table).ToList();
                var storedTables = s.Sections.SelectMany(x => x.Blocks.OfType<TableBlock>()).Select(t => t.Table).ToList();
                Assert.Equal(parsedTables, storedTables);
                tables += storedTables.Count;
            }
        }
        Assert.True(tables > 0, "the fixture has tables");

        // Enums by name: roles of memberships and consultations, the kinds of review pairs, the meetings' state.
        Assert.Contains(db.Memberships, m => m.Role == MembershipRole.Substitute);
        Assert.All(db.Memberships.ToList(), m => Assert.True(m.Role is MembershipRole.Member or MembershipRole.Substitute));
        Assert.Equal(
            [CompetenceRole.Unspecified, CompetenceRole.Recommends, CompetenceRole.Decides, CompetenceRole.IsInformed],
            db.Consultations.Select(c => c.Role).Distinct().ToList().Order());
        Assert.All(db.ResolutionReviews.ToList(), r => Assert.Equal(ReviewKind.Person, r.Kind));
        Assert.All(db.Meetings.ToList(), m => Assert.Equal(MeetingState.MinutesPublished, m.State));
        Assert.Contains(db.Decisions, d => d.IsOwn);
        Assert.Contains(db.Decisions, d => !d.IsOwn);
        Assert.Equal(2, db.MeetingVersions.Max(v => v.Number));

        // The converted archive goes on: a new document imports and reads back whole.
        var generated = Path.Combine(archive.Directory, "new");
        var corpus = Generator.CorpusWriter.Write(generated, new Generator.CorpusOptions { Seed = 99, Municipalities = 1, Documents = 3 });
        using var import = new ImportService(db);
        foreach (var entry in corpus.Entries)
        {
            var path = Path.Combine(generated, entry.FileName);
            var result = import.ImportFile(path);
            Assert.True(result.Outcome is not null, result.Failure);
            Assert.Equal(reader.ReadFile(path).Minutes, StoredMinutes.Load(db, result.Outcome.MeetingId));
        }
    }

    /// <summary>
    /// The old SQLite archive's rows, copied into a PostgreSQL database migrated to the same (previous) schema: every
    /// table and column by name, values converted to the column's type.
    /// </summary>
    private static void CopyToPostgreSql(string sqlitePath, ArchiveLocation target)
    {
        using (var context = ArchiveDb.Connect(target))
            context.GetService<IMigrator>().Migrate(context.Database.GetMigrations().Single(m => m.EndsWith("_" + PreviousMigration, StringComparison.Ordinal)));
        using var source = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        source.Open();
        using var destination = new NpgsqlConnection(target.ConnectionString);
        destination.Open();
        var columns = new List<(string Table, string Column, string Type)>();
        using (var query = new NpgsqlCommand("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'", destination))
        using (var rows = query.ExecuteReader())
            while (rows.Read())
                columns.Add((rows.GetString(0), rows.GetString(1), rows.GetString(2)));
        using var transaction = destination.BeginTransaction();
        using (var deferred = new NpgsqlCommand("SET CONSTRAINTS ALL DEFERRED; SET session_replication_role = replica", destination, transaction))
            deferred.ExecuteNonQuery();
        foreach (var table in columns.GroupBy(c => c.Table))
        {
            var names = table.Select(c => c.Column).ToList();
            using var select = source.CreateCommand();
            select.CommandText = $"SELECT {string.Join(", ", names.Select(n => $"\"{n}\""))} FROM \"{table.Key}\"";
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                using var insert = new NpgsqlCommand(
                    $"INSERT INTO \"{table.Key}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})",
                    destination, transaction);
                var i = 0;
                foreach (var column in table)
                {
                    insert.Parameters.AddWithValue($"p{i}", rows.IsDBNull(i) ? DBNull.Value : Convert(rows.GetValue(i), column.Type));
                    i++;
                }
                insert.ExecuteNonQuery();
            }
        }
        foreach (var table in columns.Where(c => c.Column == "Id").Select(c => c.Table))
            using (var sequence = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)", destination, transaction))
                sequence.ExecuteNonQuery();
        transaction.Commit();
    }

    private static object Convert(object value, string type) => type switch
    {
        "boolean" => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        "integer" => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        "bigint" => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        "double precision" => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        "date" => DateOnly.Parse((string)value, CultureInfo.InvariantCulture),
        "time without time zone" => TimeOnly.Parse((string)value, CultureInfo.InvariantCulture),
        "timestamp with time zone" => DateTime.SpecifyKind(DateTime.Parse((string)value, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        _ => value,
    };
}
