using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Referat.Import;
using Referat.Storage;
using Referat.Domain;

namespace Referat.Archive.Tests;

/// <summary>
/// The real CLI importing a directory of many documents is killed (SIGKILL) half-way: the archive must be consistent,
/// and importing again must finish the job, with the documents stored before the kill reported as unchanged.
/// </summary>
/// <remarks>
/// The process is killed as soon as the first document is stored, so a few dozen documents are enough to kill it
/// mid-run; should a fast machine import them all before the kill lands, the test starts over with twice as many.
/// </remarks>
public sealed class KilledImportTests : IDisposable
{
    private const int FirstCopies = 24;
    private const int MaxCopies = 192;
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly string[] DateFormats = ["d. MMMM yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd/MM/yyyy"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "referat-killed-import", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, (List<string> Numbers, int Decisions)> _seedItems = [];
    private int _copies = FirstCopies;
    private string Documents => Path.Combine(_directory, "minutes");
    private string DatabasePath => Path.Combine(_directory, "archive.db");

    [Fact]
    public void A_killed_import_leaves_a_consistent_archive_and_the_rerun_completes_it()
    {
        List<(string Committee, DateOnly Date)> expected;
        int? killed;
        while (true)
        {
            expected = WriteVariants();
            killed = ImportAndKill();
            if (killed is not null || _copies >= MaxCopies)
                break;
            // The import finished before the kill: too few documents for this machine. Start over with more.
            Reset();
            _copies *= 2;
        }
        Assert.True(killed is not null, $"the import of {_copies} documents finished before it could be killed");
        var imported = killed.Value;

        // Killed mid-run: something stored, not everything.
        Assert.InRange(imported, 1, _copies - 1);
        AssertConsistent(imported);

        var rerun = Cli.Run("import", Documents, "--db", DatabasePath);
        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        var totals = Regex.Match(rerun.Output, @"│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*(\d+)\s*│");
        Assert.True(totals.Success, rerun.Output);
        Assert.Equal((_copies - imported, imported, 0, 0),
            (int.Parse(totals.Groups[1].Value), int.Parse(totals.Groups[2].Value), int.Parse(totals.Groups[3].Value), int.Parse(totals.Groups[4].Value)));

        AssertConsistent(_copies);
        using var db = ArchiveDb.Open(ArchiveDb.Resolve(DatabasePath));
        // By the committee name printed in each meeting's header (Meeting.Name is that name and the date): entity
        // resolution makes committees renamed between terms one organization, whose name is the latest.
        var meetings = db.Meetings.AsEnumerable()
            .Select(m => (Names.Normalise(m.Name), m.Date)).Order().ToList();
        Assert.Equal(expected.Order().ToList(), meetings);
        Assert.All(db.MeetingVersions.ToList(), v => Assert.Equal(1, v.Number));
        Assert.Equal(_copies, db.SourceDocuments.Select(d => d.Sha256).Distinct().Count());
    }

    /// <summary>
    /// Copies of the seeds, each moved to its own meeting date (every spelling of the seed's meeting date in the text
    /// replaced), so that each is a distinct meeting. Returns the (committee, date) each should become.
    /// </summary>
    private List<(string Committee, DateOnly Date)> WriteVariants()
    {
        Directory.CreateDirectory(Documents);
        var reader = new DocumentReader();
        var seeds = Seeds.Files.Select(f => (Path: f, Text: File.ReadAllText(f), Parsed: reader.ReadFile(f).Minutes)).ToList();
        foreach (var seed in seeds)
            _seedItems[Path.GetFileName(seed.Path)] = (seed.Parsed.Items.Select(i => i.Number).ToList(), seed.Parsed.Items.Sum(i => i.Decisions.Count));
        var expected = new List<(string, DateOnly)>();
        for (var n = 0; n < _copies; n++)
        {
            var (path, text, parsedSeed) = seeds[n % seeds.Count];
            var header = parsedSeed.Meeting;
            var original = header.Date!.Value;
            var moved = original.AddDays(7 * (n / seeds.Count + 1));
            foreach (var format in DateFormats)
                text = text.Replace(original.ToString(format, Danish), moved.ToString(format, Danish), StringComparison.Ordinal);
            var file = Path.Combine(Documents, $"{n:D3}_{Path.GetFileName(path)}");
            File.WriteAllText(file, text);
            if (n < seeds.Count)
            {
                // Every copy of a seed is changed the same way: the first copy of each is parsed to check the change.
                var parsed = reader.ReadFile(file).Minutes;
                Assert.True(parsed.Meeting.Date == moved, $"{file}: the variant should be dated {moved}, the parser reads {parsed.Meeting.Date}");
                Assert.Equal(Names.Normalise(header.Committee!), Names.Normalise(parsed.Meeting.Committee!));
                Assert.Equal(parsedSeed.Items.Select(i => i.Number), parsed.Items.Select(i => i.Number));
            }
            expected.Add((Names.Normalise($"{CommitteeNames.Display(header.Committee!)} {moved:yyyy-MM-dd}"), moved));
        }
        Assert.Equal(_copies, expected.Distinct().Count());
        return expected;
    }

    /// <summary>
    /// Starts the import, waits until at least one document is stored, kills the process; returns how many were stored,
    /// or null when the import finished (all stored) before it could be killed.
    /// </summary>
    private int? ImportAndKill()
    {
        using var process = Process.Start(Cli.StartInfo("import", Documents, "--db", DatabasePath))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        var stored = 0;
        while (stored < 1 && !process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(10);
            stored = StoredVersions();
        }
        if (process.HasExited)
        {
            Assert.True(process.ExitCode == 0, $"the import failed (exit code {process.ExitCode}) before it could be killed");
            return null;
        }
        Assert.True(stored >= 1, "no document was stored in 2 minutes");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var imported = StoredVersions(wait: true);
        // The kill landed after the last document was committed: as good as finished.
        return imported == _copies ? null : imported;
    }

    /// <summary>The number of meeting versions committed so far; 0 while the database is not there or is locked.</summary>
    private int StoredVersions(bool wait = false)
    {
        if (!File.Exists(DatabasePath))
            return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false, DefaultTimeout = wait ? 30 : 1 }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM meeting_version";
            return Convert.ToInt32(command.ExecuteScalar());
        }
        catch (SqliteException) when (!wait)
        {
            return 0;
        }
    }

    /// <summary>Integrity, and every stored document complete: its meeting, its version, and all the items its parse yields.</summary>
    private void AssertConsistent(int documents)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", command.ExecuteScalar());
            command.CommandText = "PRAGMA foreign_key_check";
            using var violations = command.ExecuteReader();
            Assert.False(violations.Read(), "foreign key violations after the kill");
        }

        using var db = ArchiveDb.Open(ArchiveDb.Resolve(DatabasePath));
        Assert.Equal(documents, db.SourceDocuments.Count());
        Assert.Equal(documents, db.Meetings.Count());
        Assert.Equal(0, db.SourceDocuments.Count(d => !db.MeetingVersions.Any(v => v.SourceDocumentId == d.Id)));
        Assert.Equal(0, db.Meetings.Count(m => m.Versions.Count(v => v.IsCurrent) != 1));
        // Every meeting has all the items and decisions of its document (a copy of a seed: named NNN_<seed file>).
        var versions = db.MeetingVersions.Select(v => new { v.MeetingId, v.SourceDocument.FileName }).ToList();
        var items = db.AgendaItems.Where(i => !i.Deleted).Select(i => new { i.MeetingId, i.Order, i.Number }).ToList().ToLookup(i => i.MeetingId);
        var decisions = db.Decisions.Select(d => d.AgendaItem.MeetingId).ToList().CountBy(id => id).ToDictionary();
        foreach (var version in versions)
        {
            var (numbers, decisionCount) = _seedItems[version.FileName[4..]];
            Assert.Equal(numbers, items[version.MeetingId].OrderBy(i => i.Order).Select(i => i.Number));
            Assert.Equal(decisionCount, decisions.GetValueOrDefault(version.MeetingId));
        }
    }

    /// <summary>Removes the documents and the archive of an attempt.</summary>
    private void Reset()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
