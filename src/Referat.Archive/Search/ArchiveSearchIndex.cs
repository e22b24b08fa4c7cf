using Microsoft.EntityFrameworkCore;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Search;

/// <summary>
/// Keeps the search index beside the archive and in step with it: rebuilt from every stored meeting, or updated
/// for the meetings an import changed (their items, attachments, and the cases and people they name). It reads the
/// archive through a public view (<see cref="ArchiveDb.PublicView"/>): what is redacted never enters the index, and
/// building it again never brings a redacted value back.
/// </summary>
public sealed class ArchiveSearchIndex(ArchiveContext archive, SearchIndex index)
{
    public const string EnvironmentVariable = "REFERAT_INDEX";

    /// <summary>
    /// Where the index lives: <c>$REFERAT_INDEX</c>; else a "search" folder beside a SQLite archive file; else, for
    /// PostgreSQL, .referat/search-&lt;database&gt; under the current directory.
    /// </summary>
    public static string DirectoryFor(ArchiveLocation location, string? environmentValue = null)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
            return Path.GetFullPath(environmentValue);
        if (location.Provider == ArchiveProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            var folder = file == ":memory:" ? Path.GetTempPath() : Path.GetDirectoryName(Path.GetFullPath(file))!;
            return Path.Combine(folder, "search");
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        var name = string.Concat($"{builder.Host}-{builder.Port}-{builder.Database}".Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
        return Path.GetFullPath(Path.Combine(".referat", $"search-{name}"));
    }

    public static SearchIndex Open(ArchiveLocation location) =>
        SearchIndex.Open(DirectoryFor(location, Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary>
    /// Opens the index to be built again from the archive: an index that cannot even be opened (deleted in part,
    /// damaged) is removed first; <paramref name="replaced"/> says so. Nothing is lost: the archive holds it all.
    /// </summary>
    public static SearchIndex OpenForRebuild(ArchiveLocation location, out string? replaced)
    {
        replaced = null;
        var directory = DirectoryFor(location, Environment.GetEnvironmentVariable(EnvironmentVariable));
        try
        {
            return SearchIndex.Open(directory);
        }
        catch (Exception e) when (e is not OutOfMemoryException && Directory.Exists(directory))
        {
            replaced = e.Message;
            Directory.Delete(directory, recursive: true);
            return SearchIndex.Open(directory);
        }
    }

    public static string MeetingKey(long meetingId) => meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rebuilds the whole index from the archive. Returns the number of documents indexed.</summary>
    public int Rebuild(Action<int, int>? progress = null)
    {
        using var db = ArchiveDb.PublicView(archive);
        var ids = db.Meetings.AsNoTracking().Where(m => !m.Deleted).OrderBy(m => m.Id).Select(m => m.Id).ToList();
        var documents = SearchDocuments.FromArchive(LoadAll(db, ids, progress)).ToList();
        index.Build(documents);
        return documents.Count;
    }

    /// <summary>
    /// Brings the index up to date for meetings that were imported or replaced: their old documents go, their
    /// current public items and attachments come in, and the case and person documents they touch are recomputed
    /// from every meeting that names them.
    /// </summary>
    public void Update(IReadOnlyCollection<long> meetingIds)
    {
        if (meetingIds.Count == 0)
            return;
        using var db = ArchiveDb.PublicView(archive);
        var changed = LoadAll(db, meetingIds, null).ToList();
        var fresh = changed.SelectMany(m => SearchDocuments.FromMinutes(m.Minutes, m.MeetingId)).ToList();

        // Case and person documents merge every meeting that names them: recompute those this import touched.
        var caseNumbers = fresh.Where(d => d.Kind == SearchKind.Case).Select(d => d.CaseNumber).OfType<string>().ToHashSet();
        var people = fresh.Where(d => d.Kind == SearchKind.Person).Select(d => d.Id).ToHashSet();
        var related = db.AgendaItems.AsNoTracking()
            .Where(i => !i.Deleted && i.CaseNumber != null && caseNumbers.Contains(i.CaseNumber))
            .Select(i => i.MeetingId).Distinct().ToList();
        var others = related.Concat(PeopleMeetings(db, fresh)).Except(meetingIds).Distinct().ToList();
        var merged = SearchDocuments.FromArchive(changed.Concat(LoadAll(db, others, null)))
            .Where(d => d.Kind == SearchKind.Case && caseNumbers.Contains(d.CaseNumber!) || d.Kind == SearchKind.Person && people.Contains(d.Id));

        var items = fresh.Where(d => d.Kind is SearchKind.Item or SearchKind.Attachment);
        index.Replace(meetingIds.Select(MeetingKey), items.Concat(merged));
    }

    private static List<long> PeopleMeetings(ArchiveContext db, List<SearchDocument> fresh)
    {
        var names = fresh.Where(d => d.Kind == SearchKind.Person).SelectMany(d => d.People).ToHashSet();
        if (names.Count == 0)
            return [];
        return db.MeetingParticipants.AsNoTracking().Where(p => names.Contains(p.Person.Name)).Select(p => p.MeetingId)
            .Concat(db.Absences.AsNoTracking().Where(a => names.Contains(a.Person.Name) && a.Decision != null).Select(a => a.Decision!.AgendaItem.MeetingId))
            .Distinct().ToList();
    }

    private static IEnumerable<(Domain.MinutesDocument Minutes, string MeetingId)> LoadAll(ArchiveContext db, IReadOnlyCollection<long> ids, Action<int, int>? progress)
    {
        var done = 0;
        var policy = StoredPolicy.Read(db);
        foreach (var chunk in ids.Chunk(50))
        {
            var meetings = StoredMinutes.WithContent(db.Meetings.Where(m => chunk.Contains(m.Id) && !m.Deleted)).ToList();
            foreach (var meeting in meetings.OrderBy(m => m.Date))
                yield return (policy.Publish(AttachmentText.WithTexts(StoredMinutes.ToDomain(meeting), meeting)), MeetingKey(meeting.Id));
            done += chunk.Length;
            progress?.Invoke(done, ids.Count);
        }
    }
}
