using Microsoft.EntityFrameworkCore;
using Referat.Storage;
using Entities = Referat.Storage.Entities;

namespace Referat.Archive.Export;

/// <summary>
/// Reads the archive for an export: current meetings in chunks (so that a large archive is never in memory at once),
/// cases, persons and organizations, projected onto the export model. Only current content: deleted objects (earlier
/// versions' items) are left out. A closed item becomes number, order and title; nothing of its content, decisions,
/// votes, absences, attachments or consultations is read into the result, and a case treated only under closed
/// items is not exported.
/// </summary>
public sealed class ExportSource(ArchiveContext db, ExportOptions? options = null)
{
    public const string ClosedItemTitle = "Lukket punkt";
    private const int ChunkSize = 100;

    private readonly ExportOptions _options = options ?? new ExportOptions();

    public IEnumerable<ExportMeeting> Meetings()
    {
        var ids = db.Meetings.AsNoTracking().Where(m => !m.Deleted).OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => m.Id).ToList();
        var versions = db.MeetingVersions.AsNoTracking().Where(v => v.IsCurrent)
            .Select(v => new { v.MeetingId, v.Number }).AsEnumerable()
            .GroupBy(v => v.MeetingId).ToDictionary(g => g.Key, g => g.Max(v => v.Number));
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var meetings = ArchiveMinutes.WithContent(db.Meetings.Where(m => chunk.Contains(m.Id))).ToDictionary(m => m.Id);
            foreach (var id in chunk)
                if (meetings.TryGetValue(id, out var meeting))
                    yield return Meeting(meeting, versions.TryGetValue(id, out var number) ? number : null);
        }
    }

    public List<ExportCase> Cases() =>
        db.Papers.AsNoTracking()
            .Where(p => !p.Deleted && p.Consultations.Any(c => !c.Deleted && c.AgendaItem.Public && !c.AgendaItem.Deleted))
            .Include(p => p.Consultations.Where(c => !c.Deleted && c.AgendaItem.Public && !c.AgendaItem.Deleted))
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .AsEnumerable()
            .Select(p => new ExportCase(p.Id, p.Reference, p.Name, p.KleSubject, p.Facet, p.Serial, p.Year,
                p.Consultations.OrderBy(c => c.Id)
                    .Select(c => new ExportConsultation(c.Id, c.PaperId, c.MeetingId, c.AgendaItemId, c.OrganizationId, c.Role, c.Authoritative))
                    .ToList()))
            .ToList();

    public List<ExportPerson> Persons() =>
        db.Persons.AsNoTracking().Where(p => !p.Deleted)
            .Include(p => p.Memberships.Where(m => !m.Deleted)).ThenInclude(m => m.Organization)
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .AsEnumerable()
            .Select(p => new ExportPerson(p.Id, p.Name, p.Party, p.Memberships.OrderBy(m => m.Id)
                .Select(m => new ExportMembership(m.Id, m.OrganizationId, m.Organization.Name, m.Role, m.Party, m.StartDate, m.EndDate))
                .ToList()))
            .ToList();

    public List<ExportOrganization> Organizations() =>
        db.Organizations.AsNoTracking().Where(o => !o.Deleted).Include(o => o.Body).OrderBy(o => o.Id).AsEnumerable()
            .Select(o => new ExportOrganization(o.Id, o.BodyId, o.Body.Name, o.Name, ExportNames.Camel(o.Kind)))
            .ToList();

    private ExportMeeting Meeting(Entities.Meeting m, int? version) => new(
        m.Id, m.OrganizationId, m.Organization.Name, m.Name, m.Date, m.StartTime, m.EndTime,
        m.Location is { Deleted: false } location ? location.Description : null,
        m.LegislativeTermName, m.MeetingState, m.Cancelled, version, m.Created, m.Modified,
        m.Participants.OrderBy(p => p.Order).ThenBy(p => p.Id).Select(p => new ExportParticipant(p.PersonId, p.Person.Name, p.Party)).ToList(),
        m.Absences.OrderBy(a => a.Id).Select(Absence).ToList(),
        m.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ThenBy(i => i.Id).Select(Item).ToList());

    private ExportItem Item(Entities.AgendaItem i)
    {
        if (!i.Public)
            return new ExportItem(i.Id, i.Number, i.Order, ClosedTitle(i), false);
        return new ExportItem(
            i.Id, i.Number, i.Order, i.Name, true,
            Types: string.IsNullOrWhiteSpace(i.Types) ? [] : i.Types.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            CaseNumber: i.CaseNumber,
            Result: i.Result,
            Sections: i.Sections.OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new ExportSection(s.Heading, ExportNames.Camel(s.Kind), s.Text)).ToList(),
            Competence: i.CompetenceSteps.OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new ExportCompetenceStep(s.Text, s.BodyName, ExportNames.Role(s.Role))).ToList(),
            Decisions: i.Decisions.OrderBy(d => d.Order).ThenBy(d => d.Id).Select(Decision).ToList(),
            Attachments: i.Files.Where(f => !f.Deleted).OrderBy(f => f.Order).ThenBy(f => f.Id)
                .Select(f => new ExportAttachment(f.Id, f.Name, f.FileName, f.MimeType, f.Data is not null)).ToList());
    }

    /// <summary>The title a closed item is shown with.</summary>
    public string ClosedTitle(Entities.AgendaItem item) =>
        _options.ShowClosedItemTitles && !string.IsNullOrWhiteSpace(item.Name) ? item.Name : ClosedItemTitle;

    private static ExportDecision Decision(Entities.DecisionRecord d) => new(
        d.Id, d.Order, d.BodyName, d.OrganizationId, d.Date, d.Text, ExportNames.Camel(d.Outcome),
        string.IsNullOrWhiteSpace(d.Points) ? null : d.Points.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        d.Votes.OrderBy(v => v.Id).Select(v => new ExportVote(v.Id, ExportNames.Camel(v.Position), v.PersonId, v.Person?.Name, v.Party)).ToList(),
        d.Absences.OrderBy(a => a.Id).Select(Absence).ToList());

    private static ExportAbsence Absence(Entities.AbsenceRecord a) =>
        new(a.Id, a.PersonId, a.Person.Name, a.SubstituteId, a.Substitute?.Name, a.Note);
}
