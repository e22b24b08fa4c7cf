using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Reading;
using Referat.Storage.Rows;

namespace Referat.Web.Portal;

public sealed record MeetingSummary(
    long Id, long CommitteeId, string Committee, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Location, int Items,
    MeetingState State, string? Term)
{
    public bool Cancelled => State == MeetingState.Cancelled;
}

public sealed record LatestDecision(
    long MeetingId, string Committee, DateOnly Date, string ItemNumber, string ItemTitle, DecisionOutcome Outcome);

public sealed record CommitteeSummary(long Id, string Name, OrganizationKind Kind, int Meetings, DateOnly? First, DateOnly? Last);

public sealed record VoteLine(long MeetingId, string Committee, DateOnly Date, string ItemNumber, string ItemTitle, VotePosition Position);

/// <summary>A member of a committee: the person, the role and party of the membership, and its term.</summary>
public sealed record MemberLine(long PersonId, string Name, string? Party, MembershipRole Role, int? SubstituteOrder, string? Term);

/// <summary>An attachment's file for download; <see cref="Data"/> is null while the file is withheld (personal data).</summary>
public sealed record FileDownload(string Name, string? FileName, string? MimeType, byte[]? Data);

/// <summary>
/// The portal's lists that the archive queries (<see cref="Referat.Archive.Queries.ArchiveQueries"/>) do not have:
/// front page, calendar and committee overviews, and the look-ups that turn names into links. Records out, never rows.
/// Only current content, and of a closed item nothing (its number and title come with the meeting's minutes).
/// </summary>
public sealed class PortalData(ArchiveContext db)
{
    private IQueryable<MeetingRow> Meetings => db.Meetings.AsNoTracking().Where(m => !m.Deleted);

    private static IQueryable<MeetingSummary> Summaries(IQueryable<MeetingRow> meetings) => meetings.Select(m => new MeetingSummary(
        m.Id, m.OrganizationId, m.Organization.Name, m.Date, m.StartTime, m.EndTime,
        m.LocationText, m.AgendaItems.Count(i => !i.Deleted), m.State, m.LegislativeTermName));

    public List<MeetingSummary> Upcoming(DateOnly today, int count) =>
        Summaries(Meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartTime).Take(count)).ToList();

    public List<MeetingSummary> LatestMinutes(DateOnly today, int count) =>
        Summaries(Meetings.Where(m => m.Date <= today && m.AgendaItems.Any(i => !i.Deleted))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(count)).ToList();

    public List<MeetingSummary> InRange(DateOnly from, DateOnly to) =>
        Summaries(Meetings.Where(m => m.Date >= from && m.Date <= to).OrderBy(m => m.Date).ThenBy(m => m.StartTime)).ToList();

    /// <summary>The first and the last meeting date in the archive.</summary>
    public (DateOnly? First, DateOnly? Last) DateRange() =>
        (Meetings.Min(m => (DateOnly?)m.Date), Meetings.Max(m => (DateOnly?)m.Date));

    public List<MeetingSummary> OfCommittee(long organizationId) =>
        Summaries(Meetings.Where(m => m.OrganizationId == organizationId).OrderByDescending(m => m.Date)).ToList();

    /// <summary>The latest decisions of public items, each by the meeting's own body (not the history repeated under it).</summary>
    public List<LatestDecision> LatestDecisions(DateOnly today, int count) => db.Decisions.AsNoTracking()
        .Where(d => d.AgendaItem.Public && !d.AgendaItem.Deleted && !d.AgendaItem.Meeting.Deleted && d.AgendaItem.Meeting.Date <= today && d.IsOwn)
        .OrderByDescending(d => d.AgendaItem.Meeting.Date).ThenByDescending(d => d.AgendaItem.MeetingId).ThenBy(d => d.AgendaItem.Order)
        .Take(count)
        .Select(d => new LatestDecision(d.AgendaItem.MeetingId, d.AgendaItem.Meeting.Organization.Name, d.AgendaItem.Meeting.Date,
            d.AgendaItem.Number, d.AgendaItem.Name, d.Outcome))
        .ToList();

    public Organization? Organization(long id) =>
        db.Organizations.AsNoTracking().Include(o => o.Names).FirstOrDefault(o => o.Id == id && !o.Deleted) is { } row ? StoredRecords.Organization(row) : null;

    /// <summary>Every committee with its meetings, per legislative term (by the term the meetings name, else their year).</summary>
    public List<(string Term, List<CommitteeSummary> Committees)> CommitteesByTerm()
    {
        var rows = Meetings.Select(m => new { m.OrganizationId, m.Organization.Name, m.Organization.Kind, m.Date, m.LegislativeTermName }).ToList();
        string TermOf(DateOnly date, string? name) => name ?? LegislativeTerm.Containing(date).ToString();
        var result = rows.GroupBy(r => TermOf(r.Date, r.LegislativeTermName))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.GroupBy(r => r.OrganizationId)
                .Select(o => new CommitteeSummary(o.Key, o.First().Name, o.First().Kind, o.Count(), o.Min(r => r.Date), o.Max(r => r.Date)))
                .OrderBy(c => c.Kind == OrganizationKind.Council ? 0 : c.Kind == OrganizationKind.FinanceCommittee ? 1 : 2)
                .ThenBy(c => c.Name, StringComparer.Create(Danish.Culture, false)).ToList()))
            .ToList();
        var without = db.Organizations.AsNoTracking().Where(o => !o.Deleted && !o.Meetings.Any(m => !m.Deleted))
            .Select(o => new CommitteeSummary(o.Id, o.Name, o.Kind, 0, null, null)).ToList();
        if (without.Count > 0)
            result.Add(("Uden møder i arkivet", without));
        return result;
    }

    /// <summary>The committee's members (role, party, term): chair, vice-chair, members, then substitutes in their order.</summary>
    public List<MemberLine> Memberships(long organizationId) => db.Memberships.AsNoTracking().Include(m => m.Person).Include(m => m.LegislativeTerm)
        .Where(m => m.OrganizationId == organizationId && !m.Deleted && !m.Person.Deleted).ToList()
        .OrderBy(m => m.Role).ThenBy(m => m.SubstituteOrder ?? int.MaxValue).ThenBy(m => m.Person.Name, StringComparer.Create(Danish.Culture, false))
        .Select(m => new MemberLine(m.PersonId, m.Person.Name, m.Party ?? m.Person.Party, m.Role, m.SubstituteOrder, m.LegislativeTerm?.Name))
        .ToList();

    /// <summary>Who sat in as a substitute at the committee's meetings, and for whom, with the number of meetings.</summary>
    public List<(string Substitute, string For, int Meetings)> Substitutes(long organizationId)
    {
        var meetingLevel = db.Absences.AsNoTracking()
            .Where(a => a.SubstituteId != null && a.Meeting != null && !a.Meeting.Deleted && a.Meeting.OrganizationId == organizationId)
            .Select(a => new { Sub = a.Substitute!.Name, For = a.Person.Name, MeetingId = a.MeetingId!.Value }).ToList();
        var itemLevel = db.Absences.AsNoTracking()
            .Where(a => a.SubstituteId != null && a.Decision != null && a.Decision.AgendaItem.Public && !a.Decision.AgendaItem.Deleted
                && !a.Decision.AgendaItem.Meeting.Deleted && a.Decision.AgendaItem.Meeting.OrganizationId == organizationId)
            .Select(a => new { Sub = a.Substitute!.Name, For = a.Person.Name, MeetingId = a.Decision!.AgendaItem.MeetingId }).ToList();
        return meetingLevel.Concat(itemLevel).GroupBy(a => (a.Sub, a.For))
            .Select(g => (g.Key.Sub, g.Key.For, g.Select(a => a.MeetingId).Distinct().Count()))
            .OrderBy(x => x.Sub, StringComparer.Ordinal).ToList();
    }

    /// <summary>Person ids by name, for links from names the queries return.</summary>
    public Dictionary<string, long> PersonIds() => db.Persons.AsNoTracking().Where(p => !p.Deleted)
        .Select(p => new { p.Name, p.Id }).ToList()
        .GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(p => p.Id), StringComparer.Ordinal);

    /// <summary>Organization ids by name.</summary>
    public Dictionary<string, long> OrganizationIds() => db.Organizations.AsNoTracking().Where(o => !o.Deleted)
        .Select(o => new { o.Name, o.Id }).ToList()
        .GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);

    /// <summary>Meeting ids by committee name and date, for links from case timelines and attendance records.</summary>
    public Dictionary<(string Committee, DateOnly Date), long> MeetingIds() => Meetings
        .Select(m => new { m.Organization.Name, m.Date, m.Id }).ToList()
        .GroupBy(m => (m.Name, m.Date)).ToDictionary(g => g.Key, g => g.Min(m => m.Id));

    /// <summary>A person by id, or by the slug the search index uses (<see cref="SearchDocuments.Slug"/>).</summary>
    public Person? FindPerson(string key)
    {
        var persons = db.Persons.AsNoTracking().Include(p => p.Aliases).Where(p => !p.Deleted);
        if (long.TryParse(key, out var id))
            return persons.FirstOrDefault(p => p.Id == id) is { } row ? StoredRecords.Person(row) : null;
        var slug = key.Trim().ToLowerInvariant();
        return persons.ToList().Where(p => SearchDocuments.Slug(p.Name) == slug).OrderBy(p => p.Id).FirstOrDefault() is { } found
            ? StoredRecords.Person(found) : null;
    }

    /// <summary>
    /// The case number a key means: a paper id, or a case number carried by a public item (a case treated only under
    /// closed items is not published). Null when there is none.
    /// </summary>
    public string? FindCase(string key)
    {
        string? reference = long.TryParse(key, out var id)
            ? db.Papers.AsNoTracking().Where(p => p.Id == id && !p.Deleted).Select(p => p.Reference).FirstOrDefault()
            : key.Trim();
        if (string.IsNullOrEmpty(reference))
            return null;
        var found = db.AgendaItems.AsNoTracking().Where(i => !i.Deleted && i.Public && !i.Meeting.Deleted && i.CaseNumber == reference)
            .Select(i => i.CaseNumber).FirstOrDefault();
        if (found is not null)
            return found;
        var upper = reference.ToUpperInvariant();
        return db.AgendaItems.AsNoTracking().Where(i => !i.Deleted && i.Public && !i.Meeting.Deleted && i.CaseNumber != null)
            .Select(i => i.CaseNumber!).Distinct().ToList().FirstOrDefault(c => c.ToUpperInvariant() == upper);
    }

    /// <summary>The current version number of a meeting and when it last changed; null when the meeting is not archived.</summary>
    public (int Version, DateTime Modified)? MeetingVersion(long meetingId)
    {
        var meeting = Meetings.Where(m => m.Id == meetingId).Select(m => new { m.Modified }).FirstOrDefault();
        if (meeting is null)
            return null;
        var version = db.MeetingVersions.AsNoTracking().Where(v => v.MeetingId == meetingId)
            .OrderByDescending(v => v.IsCurrent).ThenByDescending(v => v.Number).Select(v => v.Number).FirstOrDefault();
        var itemsChanged = db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).Select(i => (DateTime?)i.Modified).Max();
        var modified = itemsChanged is { } changed && changed > meeting.Modified ? changed : meeting.Modified;
        return (version, modified);
    }

    public (long MeetingId, string Number, bool Public)? Item(long itemId) => db.AgendaItems.AsNoTracking()
        .Where(i => i.Id == itemId && !i.Deleted && !i.Meeting.Deleted)
        .Select(i => new { i.MeetingId, i.Number, i.Public }).AsEnumerable()
        .Select(i => ((long, string, bool)?)(i.MeetingId, i.Number, i.Public)).FirstOrDefault();

    /// <summary>An attachment's file when the archive has its content and its item is public.</summary>
    public FileDownload? PublicFile(long fileId) => db.Files.AsNoTracking()
        .Where(f => f.Id == fileId && !f.Deleted && f.Data != null && f.AgendaItem.Public && !f.AgendaItem.Deleted && !f.AgendaItem.Meeting.Deleted)
        .Select(f => new FileDownload(f.Name, f.FileName, f.MimeType, f.Data)).FirstOrDefault();

    /// <summary>The person's recorded votes on public items.</summary>
    public List<VoteLine> Votes(long personId) => db.Votes.AsNoTracking()
        .Where(v => v.PersonId == personId && v.Decision.AgendaItem.Public && !v.Decision.AgendaItem.Deleted && !v.Decision.AgendaItem.Meeting.Deleted)
        .OrderByDescending(v => v.Decision.AgendaItem.Meeting.Date).ThenBy(v => v.Decision.AgendaItem.Order)
        .Select(v => new VoteLine(v.Decision.AgendaItem.MeetingId, v.Decision.AgendaItem.Meeting.Organization.Name,
            v.Decision.AgendaItem.Meeting.Date, v.Decision.AgendaItem.Number, v.Decision.AgendaItem.Name, v.Position))
        .ToList();

}
