using Referat.Archive.Search;
using Referat.Search;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>The search index kept beside the archive: built from stored meetings, updated when a meeting changes.</summary>
public abstract class ArchiveSearchTests : IDisposable
{
    private readonly TestArchive _archive;
    private readonly SearchIndex _index;

    protected ArchiveSearchTests(ArchiveProvider provider)
    {
        _archive = new TestArchive(provider);
        _index = SearchIndex.Open(Path.Combine(_archive.Directory, "search"), new SearchIndexOptions { WordListPath = null });
    }

    [Fact]
    public void Index_directory_follows_the_archive()
    {
        var directory = ArchiveSearchIndex.DirectoryFor(_archive.Location);
        if (_archive.Provider == ArchiveProvider.Sqlite)
            Assert.Equal(Path.Combine(_archive.Directory, "search"), directory);
        else
            Assert.Contains(new Npgsql.NpgsqlConnectionStringBuilder(_archive.Location.ConnectionString).Database!, directory);
        Assert.Equal(Path.GetFullPath("/tmp/elsewhere"), ArchiveSearchIndex.DirectoryFor(_archive.Location, "/tmp/elsewhere"));
    }

    [Fact]
    public void Rebuilt_index_finds_compounds_in_stored_meetings()
    {
        foreach (var file in Seeds.Files)
            Assert.False(_archive.Importer().ImportFile(file).Failed);
        var count = new ArchiveSearchIndex(_archive.Db, _index).Rebuild();

        Assert.Equal(count, _index.Count);
        var hits = _index.Search(new SearchRequest { Query = "misbrug" }).Hits;
        Assert.Contains(hits, h => h.Title.Contains("misbrugsområdet"));
        Assert.All(hits, h => Assert.StartsWith("/", h.Path));
    }

    [Fact]
    public void A_new_version_of_a_meeting_replaces_its_documents_in_the_index()
    {
        var original = Seeds.Files.Single(f => Path.GetFileName(f).StartsWith("003_"));
        var first = _archive.Importer().ImportFile(original);
        var search = new ArchiveSearchIndex(_archive.Db, _index);
        search.Rebuild();
        Assert.Equal(0, _index.Search(new SearchRequest { Query = "lindormsbesøg" }).Total);

        // The corrected minutes say something new in a decision; the old wording is gone from the index.
        var corrected = Path.Combine(_archive.Directory, "003-rettet.txt");
        var text = File.ReadAllText(original);
        var marker = "Godkendt.";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        File.WriteAllText(corrected, text[..at] + "Godkendt efter lindormsbesøg." + text[(at + marker.Length)..]);
        var second = _archive.Importer().ImportFile(corrected);
        Assert.Equal(ImportStatus.NewVersion, second.Outcome!.Status);
        Assert.Equal(first.Outcome!.MeetingId, second.Outcome.MeetingId);

        search.Update([second.Outcome.MeetingId]);
        var hits = _index.Search(new SearchRequest { Query = "lindormsbesøg" }).Hits;
        Assert.Single(hits, h => h.Kind == SearchKind.Item);
        var items = _index.Search(new SearchRequest { Query = "godkendelse", Kinds = [SearchKind.Item], PageSize = 100 }).Hits;
        Assert.Equal(items.Select(h => h.Id).Distinct().Count(), items.Count);
    }

    public void Dispose()
    {
        _index.Dispose();
        _archive.Dispose();
    }
}

public sealed class ArchiveSearchTestsOnSqlite() : ArchiveSearchTests(ArchiveProvider.Sqlite);

public sealed class ArchiveSearchTestsOnPostgreSql() : ArchiveSearchTests(ArchiveProvider.PostgreSql);
