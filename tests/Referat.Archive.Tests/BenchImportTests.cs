using Referat.Bench;
using Referat.Storage;

namespace Referat.Archive.Tests;

/// <summary>
/// The code path behind <c>referat bench import</c> and <c>bench accuracy</c> on a small generated municipality: every
/// document imported once, then all unchanged. No timing is asserted: the figures are reported, not tested.
/// </summary>
public sealed class BenchImportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "referat-bench-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void ImportsEverythingThenFindsEverythingUnchanged()
    {
        var corpus = BenchCorpus.Ensure(Path.Combine(_directory, "corpus"), seed: 7, documents: 20);
        Assert.Equal(20, corpus.Entries.Count);
        Assert.False(corpus.Reused);
        var location = ArchiveDb.Resolve(Path.Combine(_directory, "archive.db"));

        var report = ImportBench.Run(corpus, location, chunkSize: 8);

        Assert.Empty(report.First.Failures);
        Assert.Equal((20, 0, 0, 0), (report.First.Imported, report.First.Unchanged, report.First.NewVersion, report.First.Failed));
        Assert.Equal((0, 20, 0, 0), (report.Again.Imported, report.Again.Unchanged, report.Again.NewVersion, report.Again.Failed));
        Assert.Equal(20, report.Meetings);
        Assert.Equal(20, report.SourceDocuments);
        Assert.Equal([8, 16, 20], report.First.Chunks.Select(c => c.To));
        Assert.True(report.ArchiveBytes > 0);
        Assert.True(report.PeakWorkingSetBytes > 0);

        // The same seed and count again: the corpus is reused, and a non-empty archive is refused unless forced.
        Assert.True(BenchCorpus.Ensure(Path.Combine(_directory, "corpus"), seed: 7, documents: 20).Reused);
        Assert.Throws<ArchiveNotEmptyException>(() => ImportBench.Prepare(location, force: false));
        ImportBench.Prepare(location, force: true);
        using var db = ArchiveDb.Open(location);
        Assert.Empty(db.Meetings);
    }

    [Fact]
    public void ScoresTheCorpusAgainstItsTruth()
    {
        var corpus = BenchCorpus.Ensure(Path.Combine(_directory, "corpus"), seed: 7, documents: 10);

        var report = AccuracyBench.Run(corpus);

        Assert.Equal(10, report.Documents);
        Assert.Equal(10, report.Layouts.Sum(l => l.Documents));
        Assert.True(report.Overall.Fields > 0);
        Assert.InRange(report.Overall.Percent!.Value, 0, 100);
    }
}
