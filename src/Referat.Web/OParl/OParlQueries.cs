using Microsoft.EntityFrameworkCore;
using Referat.Storage;
using Referat.Storage.Rows;

namespace Referat.Web.OParl;

/// <summary>
/// What the API may show, and what each projection needs loaded. Visibility: a closed item's files and consultations
/// are not published at all (they answer 404 like a missing object), nor is a case (Paper) treated only under closed
/// items; the closed item itself is published with its number and title only.
/// </summary>
public static class OParlQueries
{
    public static IQueryable<BodyRow> Bodies(ArchiveContext db) => db.Bodies;

    public static IQueryable<BodyRow> WithDetails(this IQueryable<BodyRow> query) =>
        query.Include(b => b.LegislativeTerms).Include(b => b.Organizations).AsSplitQuery();

    public static IQueryable<LegislativeTermRow> LegislativeTerms(ArchiveContext db) => db.LegislativeTerms;

    public static IQueryable<OrganizationRow> Organizations(ArchiveContext db) => db.Organizations;

    public static IQueryable<OrganizationRow> WithDetails(this IQueryable<OrganizationRow> query) => query.Include(o => o.Memberships);

    public static IQueryable<PersonRow> Persons(ArchiveContext db) => db.Persons;

    public static IQueryable<PersonRow> WithDetails(this IQueryable<PersonRow> query) => query.Include(p => p.Memberships);

    public static IQueryable<MembershipRow> Memberships(ArchiveContext db) => db.Memberships;

    public static IQueryable<LocationRow> Locations(ArchiveContext db) => db.Locations;

    public static IQueryable<MeetingRow> Meetings(ArchiveContext db) => db.Meetings;

    public static IQueryable<MeetingRow> WithDetails(this IQueryable<MeetingRow> query) => query
        .Include(m => m.Organization)
        .Include(m => m.Location)
        .Include(m => m.Participants).ThenInclude(p => p.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Substitute)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Sections)
        .Include(m => m.AgendaItems).ThenInclude(i => i.CompetenceSteps)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Files)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Consultations)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Decisions).ThenInclude(d => d.Votes).ThenInclude(v => v.Person)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Person)
        .Include(m => m.AgendaItems).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Substitute)
        .AsSplitQuery();

    public static IQueryable<AgendaItemRow> AgendaItems(ArchiveContext db) => db.AgendaItems;

    public static IQueryable<AgendaItemRow> WithDetails(this IQueryable<AgendaItemRow> query) => query
        .Include(i => i.Meeting).ThenInclude(m => m.Organization)
        .Include(i => i.Sections)
        .Include(i => i.CompetenceSteps)
        .Include(i => i.Files)
        .Include(i => i.Consultations)
        .Include(i => i.Decisions).ThenInclude(d => d.Votes).ThenInclude(v => v.Person)
        .Include(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Person)
        .Include(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Substitute)
        .AsSplitQuery();

    public static IQueryable<PaperRow> Papers(ArchiveContext db) =>
        db.Papers.Where(p => p.Consultations.Any(c => c.AgendaItem.Public));

    public static IQueryable<PaperRow> WithDetails(this IQueryable<PaperRow> query) =>
        query.Include(p => p.Consultations).ThenInclude(c => c.AgendaItem).ThenInclude(i => i.Sections)
            .Include(p => p.Consultations).ThenInclude(c => c.AgendaItem).ThenInclude(i => i.Decisions)
            .Include(p => p.Consultations).ThenInclude(c => c.AgendaItem).ThenInclude(i => i.CompetenceSteps)
            .Include(p => p.Consultations).ThenInclude(c => c.AgendaItem).ThenInclude(i => i.Meeting).ThenInclude(m => m.Organization)
            .AsSplitQuery();

    public static IQueryable<ConsultationRow> Consultations(ArchiveContext db) => db.Consultations.Where(c => c.AgendaItem.Public);

    public static IQueryable<FileRow> Files(ArchiveContext db) => db.Files.Where(f => f.AgendaItem.Public);

    public static IQueryable<FileRow> WithDetails(this IQueryable<FileRow> query) => query.Include(f => f.AgendaItem);

    /// <summary>The meetings held at each of the given locations (for Location.meetings).</summary>
    public static Dictionary<long, List<long>> MeetingsByLocation(ArchiveContext db, IReadOnlyCollection<long> locationIds) =>
        db.Meetings.Where(m => m.LocationId != null && locationIds.Contains(m.LocationId.Value) && !m.Deleted)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { LocationId = m.LocationId!.Value, m.Id })
            .AsEnumerable()
            .GroupBy(m => m.LocationId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList());
}
