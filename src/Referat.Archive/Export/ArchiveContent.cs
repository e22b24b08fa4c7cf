using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;
using Referat.Storage.Rows;

namespace Referat.Archive.Export;

/// <summary>
/// The archive's current content for an export: meetings in chunks (a large archive is never in memory at once), and
/// the cases, persons and organizations as domain records. Only current content: deleted objects (earlier versions'
/// items) are left out; a case treated only under closed items is not exported.
/// </summary>
public sealed class ArchiveContent(ArchiveContext db)
{
    private const int ChunkSize = 100;

    public PublicationPolicy Policy { get; } = StoredPolicy.Read(db);

    /// <summary>Every current meeting with its content rows (<see cref="StoredMinutes.WithContent"/>), by date.</summary>
    public IEnumerable<MeetingRow> Meetings()
    {
        var ids = db.Meetings.AsNoTracking().Where(m => !m.Deleted).OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => m.Id).ToList();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var meetings = StoredMinutes.WithContent(db.Meetings.Where(m => chunk.Contains(m.Id))).ToDictionary(m => m.Id);
            foreach (var id in chunk)
                if (meetings.TryGetValue(id, out var meeting))
                    yield return meeting;
        }
    }

    /// <summary>Cases with their consultations, of public items only.</summary>
    public List<(Case Case, List<Consultation> Consultations)> Cases() =>
        db.Papers.AsNoTracking()
            .Where(p => !p.Deleted && p.Consultations.Any(c => !c.Deleted && c.AgendaItem.Public && !c.AgendaItem.Deleted))
            .Include(p => p.Consultations.Where(c => !c.Deleted && c.AgendaItem.Public && !c.AgendaItem.Deleted))
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .AsEnumerable()
            .Select(p => (StoredRecords.Case(p), p.Consultations.OrderBy(c => c.Id).Select(StoredRecords.Consultation).ToList()))
            .ToList();

    public List<(Person Person, List<Membership> Memberships)> Persons() =>
        db.Persons.AsNoTracking().Where(p => !p.Deleted)
            .Include(p => p.Aliases)
            .Include(p => p.Memberships.Where(m => !m.Deleted)).ThenInclude(m => m.LegislativeTerm)
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .AsEnumerable()
            .Select(p => (StoredRecords.Person(p), p.Memberships.OrderBy(m => m.Id).Select(StoredRecords.Membership).ToList()))
            .ToList();

    public List<Organization> Organizations() =>
        db.Organizations.AsNoTracking().Where(o => !o.Deleted).Include(o => o.Names).OrderBy(o => o.Id).AsEnumerable()
            .Select(StoredRecords.Organization).ToList();
}
