using System.Text.Json.Nodes;
using Referat.Domain;
using Referat.Generator;
using Referat.Generator.Layouts;
using Referat.Import;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Tests;

public sealed class ModelRoundTripTestsOnSqlite() : ModelRoundTripTests(ArchiveProvider.Sqlite);

public sealed class ModelRoundTripTestsOnPostgreSql() : ModelRoundTripTests(ArchiveProvider.PostgreSql);

/// <summary>
/// The archive loses nothing: a document parsed, imported and read back is the document parsed, part for part (section
/// blocks, table cells and numbers, votes, attendance, attachments, competence, table of contents, attachments part).
/// </summary>
public abstract class ModelRoundTripTests(ArchiveProvider provider)
{
    [Fact]
    public void Every_seed_comes_back_from_the_archive_as_it_was_parsed()
    {
        using var archive = new TestArchive(provider);
        AssertRoundTrip(archive, Seeds.Files);
    }

    [Fact]
    public void Two_hundred_generated_documents_in_every_layout_come_back_as_they_were_parsed()
    {
        using var archive = new TestArchive(provider);
        var directory = Path.Combine(archive.Directory, "generated");
        var corpus = CorpusWriter.Write(directory, new CorpusOptions
        {
            Seed = 11, Municipalities = 1, FirstYear = 2018, Years = 8, Documents = 200, Damage = DamageOptions.At(0.2), DamagedShare = 0.5,
        });
        Assert.Equal(200, corpus.Entries.Count);
        Assert.True(corpus.CountsPerLayout.Count >= 5, string.Join(", ", corpus.CountsPerLayout.Keys));
        var stored = AssertRoundTrip(archive, corpus.Entries.Select(e => Path.Combine(directory, e.FileName)).ToList());
        // The corpus holds what the round trip must carry: closed items, tables, votes, absences with substitutes.
        Assert.Contains(stored, m => m.Items.Any(i => i.IsClosed));
        Assert.Contains(stored, m => m.Items.Any(i => i.Sections.Any(s => s.Blocks.OfType<TableBlock>().Any())));
        Assert.Contains(stored, m => m.Items.Any(i => i.Decisions.Any(d => d.Votes.Count > 0)));
        Assert.Contains(stored, m => m.Items.Any(i => i.Decisions.Any(d => d.Absences.Any(a => a.Substitute is not null))));
    }

    /// <summary>Imports the files; every one's stored minutes equal its parsed minutes, and their model JSON is the same.</summary>
    private static List<MinutesDocument> AssertRoundTrip(TestArchive archive, IReadOnlyList<string> files)
    {
        using var import = archive.Importer();
        var results = import.ImportFiles(files);
        Assert.All(results, r => Assert.True(r.Outcome?.Status == ImportStatus.Imported, $"{r.Path}: {r.Failure ?? r.Outcome?.Status.ToString()}"));
        var reader = new DocumentReader();
        var stored = new List<MinutesDocument>();
        foreach (var result in results)
        {
            var parsed = reader.ReadFile(result.Path).Minutes;
            var back = StoredMinutes.Load(archive.Db, result.Outcome!.MeetingId);
            Assert.NotNull(back);
            Assert.Equal(ModelJson.Serialize(parsed), ModelJson.Serialize(back));
            Assert.Equal(parsed, back);
            stored.Add(back);
        }
        return stored;
    }
}

/// <summary>
/// The round trip from the command line: <c>parse --model</c> of each seed equals its file from the keeper's
/// <c>export --format model --include-closed</c> (everything as stored; the published export redacts the personal data
/// under review, which one of the seeds holds).
/// </summary>
public sealed class ModelRoundTripCliTests(SqliteSeedArchive seeds) : IClassFixture<SqliteSeedArchive>
{
    [Fact]
    public void Parse_model_and_export_model_agree_for_every_seed()
    {
        var output = Path.Combine(seeds.Archive.Directory, "model-export");
        var export = Cli.Run("export", "--format", "model", "--include-closed", "--out", output, "--db", seeds.Archive.DbArgument);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        var exported = Directory.GetFiles(output, "meeting-*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        Assert.Equal(Seeds.Files.Count, exported.Count);
        foreach (var seed in Seeds.Files)
        {
            var parse = Cli.Run("parse", seed, "--model");
            Assert.True(parse.ExitCode == 0, parse.Error);
            var parsed = JsonNode.Parse(parse.Output)!;
            Assert.Single(exported, e => JsonNode.DeepEquals(e, parsed));
        }
    }
}
