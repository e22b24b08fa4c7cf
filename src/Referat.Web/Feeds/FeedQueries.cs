using Microsoft.EntityFrameworkCore;
using Referat.Storage;
using Referat.Storage.Rows;

namespace Referat.Web.Feeds;

/// <summary>
/// What the calendar and the feeds read from the archive: current (not deleted) meetings, their current items, and
/// the decisions of public items only. A closed item's content is never loaded into a feed; its title is not used.
/// </summary>
public static class FeedQueries
{
    /// <summary>The most entries an Atom feed carries.</summary>
    public const int FeedSize = 50;

    public static IQueryable<MeetingRow> CalendarMeetings(ArchiveContext db, long? organizationId) =>
        db.Meetings.AsNoTracking()
            .Where(m => !m.Deleted && (organizationId == null || m.OrganizationId == organizationId))
            .Include(m => m.Organization)
            .Include(m => m.Location)
            .Include(m => m.AgendaItems.Where(i => !i.Deleted))
            .AsSplitQuery()
            .OrderBy(m => m.Date).ThenBy(m => m.Id);

    /// <summary>Published minutes: every version of every current meeting, newest import first.</summary>
    public static List<MeetingVersionRow> Versions(ArchiveContext db, long? organizationId, int take = FeedSize) =>
        db.MeetingVersions.AsNoTracking()
            .Where(v => !v.Meeting.Deleted && (organizationId == null || v.Meeting.OrganizationId == organizationId))
            .Include(v => v.Meeting).ThenInclude(m => m.Organization)
            .Include(v => v.Meeting).ThenInclude(m => m.AgendaItems.Where(i => !i.Deleted))
            .AsSplitQuery()
            .OrderByDescending(v => v.ImportedAt).ThenByDescending(v => v.Id)
            .Take(take)
            .ToList();

    /// <summary>
    /// The latest decisions on public items, newest first: each meeting's own decisions (by its body, on its date, or
    /// without either), not the decision history the minutes repeat from earlier bodies.
    /// </summary>
    public static List<DecisionRow> Decisions(ArchiveContext db, long? organizationId, int take = FeedSize) =>
        db.Decisions.AsNoTracking()
            .Where(d => d.AgendaItem.Public && !d.AgendaItem.Deleted && !d.AgendaItem.Meeting.Deleted
                && (organizationId == null || d.AgendaItem.Meeting.OrganizationId == organizationId) && d.IsOwn)
            .Include(d => d.AgendaItem).ThenInclude(i => i.Meeting).ThenInclude(m => m.Organization)
            .OrderByDescending(d => d.AgendaItem.Meeting.Date).ThenByDescending(d => d.AgendaItem.Meeting.Id)
            .ThenBy(d => d.AgendaItem.Order).ThenBy(d => d.Order).ThenBy(d => d.Id)
            .Take(take)
            .ToList();

    /// <summary>
    /// A stamp that changes whenever the archive's content does (an import adds a version; a change touches
    /// <c>Modified</c>): for ETags and the export cache.
    /// </summary>
    public static ArchiveStamp Stamp(ArchiveContext db)
    {
        var versions = db.MeetingVersions.OrderByDescending(v => v.Id).Select(v => v.Id).FirstOrDefault();
        var count = db.MeetingVersions.Count();
        var meetings = db.Meetings.OrderByDescending(m => m.Modified).Select(m => m.Modified).FirstOrDefault();
        var imported = db.MeetingVersions.OrderByDescending(v => v.ImportedAt).Select(v => v.ImportedAt).FirstOrDefault();
        var latest = new[] { meetings, imported, DateTime.UnixEpoch }.Max();
        return new ArchiveStamp($"{versions}-{count}-{latest.Ticks}", DateTime.SpecifyKind(latest, DateTimeKind.Utc));
    }
}

/// <summary>The archive's version as an opaque tag, and when it last changed (UTC).</summary>
public sealed record ArchiveStamp(string Tag, DateTime LastModified);
