using Microsoft.EntityFrameworkCore;
using Referat.Archive.Search;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Reading;
using Referat.Storage.Rows;

namespace Referat.Archive.Privacy;

/// <summary>A finding as the review queue shows it.</summary>
public sealed record ReviewFinding(long Id, long MeetingId, long OrganizationId, string Committee, DateOnly Date, PersonalDataKind Kind, string Value,
    string Location, string Reason, string Context, FindingStatus Status, long? FileId, DateTime Found, DateTime? Decided, string? DecidedBy);

/// <summary>
/// Personal data in what the archive publishes: every meeting written to the archive (imported, published by the
/// secretariat) is scanned in the same transaction (<see cref="Scan"/>), so that no moment exists where its findings
/// are not yet known and redacted; a secretary then marks each finding safe or confirms its redaction
/// (<see cref="Decide"/>), and the search index is rebuilt for that meeting from the public view.
/// </summary>
/// <param name="openIndex">Opens the search index to keep in step with decisions; null when there is none.</param>
public sealed class PersonalDataReview(ArchiveContext db, TimeProvider? clock = null, Func<SearchIndex>? openIndex = null)
{
    private PublicFigures? _figures;
    private PublicationPolicy? _policy;
    private IReadOnlyList<string>? _terms;

    private DateTime Now => (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>The people the archive knows (members, substitutes, staff with accounts): their details stay public.</summary>
    private PublicFigures Figures => _figures ??= new PublicFigures(
        db.Persons.AsNoTracking().Select(p => p.Name)
            .Concat(db.PersonAliases.AsNoTracking().Select(a => a.Spelling))
            .Concat(db.Users.AsNoTracking().Where(u => u.DisplayName != null).Select(u => u.DisplayName!))
            .ToList());

    /// <summary>
    /// Scans what the meeting publishes (its texts as the publication policy lets them out, its attachments' file names
    /// and text) and brings its findings up to date: new ones wait for review, those already decided keep the decision
    /// (also in a new version of the meeting), and undecided ones no longer found go. Returns the undecided count.
    /// </summary>
    public int Scan(long meetingId)
    {
        var meeting = StoredMinutes.WithContent(db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && !m.Deleted)).SingleOrDefault();
        var existing = db.PersonalDataFindings.AsTracking().Where(f => f.MeetingId == meetingId).ToList();
        if (meeting is null)
        {
            db.PersonalDataFindings.RemoveRange(existing.Where(f => f.Status == FindingStatus.Unresolved));
            db.SaveChanges();
            return 0;
        }
        // read once per review (an import session scans every document it stores)
        _policy ??= StoredPolicy.Read(db);
        _terms ??= new SecretariatSettings(db, clock ?? TimeProvider.System).SensitiveTerms;
        var minutes = _policy.Publish(StoredMinutes.ToDomain(meeting));
        foreach (var person in minutes.Meeting.Participants)
            Figures.Add(person.Name);
        var scanner = new PersonalDataScanner(Figures, _terms);
        var found = scanner.Scan(PublishedTexts.Of(minutes)).Select(f => (Finding: f, File: ((long Id, string Sha256)?)null))
            .Concat(FileTexts(meeting).SelectMany(t => scanner.Scan([t.Text]).Select(f => (Finding: f, File: ((long Id, string Sha256)?)(t.FileId, t.Sha256)))))
            .ToList();

        var kept = new HashSet<PersonalDataFindingRow>();
        foreach (var (finding, file) in found)
        {
            var fileId = file?.Id;
            var same = existing.FirstOrDefault(e => e.Kind == finding.Kind && e.Value == finding.Value && e.Location == finding.Location && e.FileId == fileId);
            if (same is not null)
            {
                kept.Add(same);
                continue;
            }
            // the same value decided before (in an earlier version of the meeting) keeps its decision
            var decided = existing.FirstOrDefault(e => e.Kind == finding.Kind && e.Value == finding.Value && e.Status != FindingStatus.Unresolved);
            var row = new PersonalDataFindingRow
            {
                MeetingId = meetingId, FileId = fileId, FileSha256 = file?.Sha256, Kind = finding.Kind, Value = finding.Value, Location = finding.Location,
                Reason = finding.Reason, Context = finding.Context, Found = Now,
                Status = decided?.Status ?? FindingStatus.Unresolved, Decided = decided?.Decided, DecidedBy = decided?.DecidedBy,
            };
            db.PersonalDataFindings.Add(row);
            kept.Add(row);
        }
        var gone = existing.Where(e => e.Status == FindingStatus.Unresolved && !kept.Contains(e)).ToList();
        db.PersonalDataFindings.RemoveRange(gone);
        // what the public may see changed: pages, feeds and exports cached for the meeting must not be reused
        if (gone.Count > 0 || kept.Any(k => !existing.Contains(k)))
            Touch(db.Meetings.AsTracking().Single(m => m.Id == meetingId));
        db.SaveChanges();
        return kept.Count(k => k.Status == FindingStatus.Unresolved);
    }

    /// <summary>
    /// The meeting counts as changed after all it held, so that its cached pages, feeds and exports are not reused,
    /// even when another host's clock ran ahead of this one.
    /// </summary>
    private void Touch(MeetingRow meeting)
    {
        var latest = db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).Max(i => (DateTime?)i.Modified) ?? meeting.Modified;
        var after = (latest > meeting.Modified ? latest : meeting.Modified).AddMilliseconds(1);
        meeting.Modified = Now > after ? Now : after;
    }

    /// <summary>Builds the search index again for meetings whose redactions changed (from the public view).</summary>
    public void Reindex(IReadOnlyCollection<long> meetingIds)
    {
        if (openIndex is null || meetingIds.Count == 0)
            return;
        using var index = openIndex();
        var archive = new ArchiveSearchIndex(db, index);
        if (index.Count == 0)
            archive.Rebuild();
        else
            archive.Update(meetingIds);
    }

    /// <summary>Scans every meeting (an archive imported before the review existed, or after the terms changed).</summary>
    public int ScanAll(Action<int, int>? progress = null)
    {
        var ids = db.Meetings.AsNoTracking().Where(m => !m.Deleted).OrderBy(m => m.Id).Select(m => m.Id).ToList();
        var open = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            using (var transaction = db.Database.BeginTransaction())
            {
                open += Scan(ids[i]);
                transaction.Commit();
            }
            db.ChangeTracker.Clear();
            progress?.Invoke(i + 1, ids.Count);
        }
        Reindex(ids);
        return open;
    }

    /// <summary>The file names and texts of a meeting's published attachments, each with its file.</summary>
    private static IEnumerable<(long FileId, string Sha256, PublishedText Text)> FileTexts(MeetingRow meeting)
    {
        foreach (var item in meeting.AgendaItems.Where(i => !i.Deleted && i.Public))
            foreach (var file in item.Files.Where(f => !f.Deleted && f.Data is { Length: > 0 }))
            {
                var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Data!));
                var at = $"Punkt {(item.Number.Length > 0 ? item.Number : item.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))} · bilag \"{file.Name}\"";
                if (file.FileName is { } name)
                    yield return (file.Id, sha256, new PublishedText($"{at} · filnavn", name));
                if (AttachmentText.Extract(file) is { } text)
                    yield return (file.Id, sha256, new PublishedText($"{at} · filens tekst", text));
            }
    }

    /// <summary>The findings waiting for a decision (or all of them), newest meetings first.</summary>
    public IReadOnlyList<ReviewFinding> Findings(bool all = false, IReadOnlySet<long>? organizations = null)
    {
        var query = db.PersonalDataFindings.AsNoTracking().Where(f => all || f.Status == FindingStatus.Unresolved);
        if (organizations is not null)
            query = query.Where(f => organizations.Contains(f.Meeting.OrganizationId));
        return query.OrderByDescending(f => f.Meeting.Date).ThenBy(f => f.MeetingId).ThenBy(f => f.Id).Select(AsRecord).ToList();
    }

    public ReviewFinding? Find(long id) => db.PersonalDataFindings.AsNoTracking().Where(f => f.Id == id).Select(AsRecord).SingleOrDefault();

    private static readonly System.Linq.Expressions.Expression<Func<PersonalDataFindingRow, ReviewFinding>> AsRecord = f =>
        new ReviewFinding(f.Id, f.MeetingId, f.Meeting.OrganizationId, f.Meeting.Committee, f.Meeting.Date, f.Kind, f.Value, f.Location, f.Reason,
            f.Context, f.Status, f.FileId, f.Found, f.Decided, f.DecidedBy);

    /// <summary>
    /// Records a secretary's decision on a finding (safe to publish, or redaction confirmed) with the audit log, in one
    /// transaction; the meeting counts as modified, so that caches and feeds follow, and its search documents are built again.
    /// </summary>
    public ReviewFinding Decide(long id, FindingStatus decision, string userName)
    {
        if (decision == FindingStatus.Unresolved)
            throw new ArgumentOutOfRangeException(nameof(decision), "a decision is safe or redacted");
        using var transaction = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        var row = db.PersonalDataFindings.AsTracking().Include(f => f.Meeting).SingleOrDefault(f => f.Id == id)
            ?? throw new SecretariatException($"Fundet {id} findes ikke.");
        var before = row.Status;
        row.Status = decision;
        row.Decided = Now;
        row.DecidedBy = userName;
        Touch(row.Meeting);
        // the audit log names the finding, never the value itself
        db.AuditEntries.Add(new AuditEntryRow
        {
            At = Now, UserName = userName,
            Action = decision == FindingStatus.Safe ? "Personoplysning godkendt til offentliggørelse" : "Personoplysning skjult",
            Subject = $"fund {row.Id} ({row.Kind.DanishName()}, møde {row.MeetingId}, {row.Location})",
            Before = before.DanishName(), After = decision.DanishName(),
        });
        db.SaveChanges();
        if (transaction is not null)
        {
            transaction.Commit();
            Reindex([row.MeetingId]);
        }
        return Find(id)!;
    }
}
