using Microsoft.EntityFrameworkCore;
using Referat.Storage;
using Referat.Storage.Entities;

namespace Referat.Web.OParl;

/// <summary>
/// What the API may show, and what each projection needs loaded. Visibility: a closed item's files and consultations
/// are not published at all (they answer 404 like a missing object), nor is a case (Paper) treated only under closed
/// items; the closed item itself is published with its number and title only.
/// </summary>
public static class OParlQueries
{
    public static IQueryable<Body> Bodies(ArchiveContext db) => db.Bodies;

    public static IQueryable<Body> WithDetails(this IQueryable<Body> query) =>
        query.Include(b => b.LegislativeTerms).Include(b => b.Organizations).AsSplitQuery();

    public static IQueryable<LegislativeTerm> LegislativeTerms(ArchiveContext db) => db.LegislativeTerms;

    public static IQueryable<Organization> Organizations(ArchiveContext db) => db.Organizations;

    public static IQueryable<Organization> WithDetails(this IQueryable<Organization> query) => query.Include(o => o.Memberships);

    public static IQueryable<Person> Persons(ArchiveContext db) => db.Persons;

    public static IQueryable<Person> WithDetails(this IQueryable<Person> query) => query.Include(p => p.Memberships);

    public static IQueryable<Membership> Memberships(ArchiveContext db) => db.Memberships;

    public static IQueryable<Location> Locations(ArchiveContext db) => db.Locations;

    public static IQueryable<Meeting> Meetings(ArchiveContext db) => db.Meetings;

    public static IQueryable<Meeting> WithDetails(this IQueryable<Meeting> query) => query
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

    public static IQueryable<AgendaItem> AgendaItems(ArchiveContext db) => db.AgendaItems;

    public static IQueryable<AgendaItem> WithDetails(this IQueryable<AgendaItem> query) => query
        .Include(i => i.Sections)
        .Include(i => i.CompetenceSteps)
        .Include(i => i.Files)
        .Include(i => i.Consultations)
        .Include(i => i.Decisions).ThenInclude(d => d.Votes).ThenInclude(v => v.Person)
        .Include(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Person)
        .Include(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Substitute)
        .AsSplitQuery();

    public static IQueryable<Paper> Papers(ArchiveContext db) =>
        db.Papers.Where(p => p.Consultations.Any(c => c.AgendaItem.Public));

    public static IQueryable<Paper> WithDetails(this IQueryable<Paper> query) =>
        query.Include(p => p.Consultations).ThenInclude(c => c.AgendaItem).AsSplitQuery();

    public static IQueryable<Consultation> Consultations(ArchiveContext db) => db.Consultations.Where(c => c.AgendaItem.Public);

    public static IQueryable<FileRecord> Files(ArchiveContext db) => db.Files.Where(f => f.AgendaItem.Public);

    public static IQueryable<FileRecord> WithDetails(this IQueryable<FileRecord> query) => query.Include(f => f.AgendaItem);

    /// <summary>The meetings held at each of the given locations (for Location.meetings).</summary>
    public static Dictionary<long, List<long>> MeetingsByLocation(ArchiveContext db, IReadOnlyCollection<long> locationIds) =>
        db.Meetings.Where(m => m.LocationId != null && locationIds.Contains(m.LocationId.Value) && !m.Deleted)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { LocationId = m.LocationId!.Value, m.Id })
            .AsEnumerable()
            .GroupBy(m => m.LocationId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList());
}
