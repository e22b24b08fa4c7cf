using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Entities = Referat.Storage.Entities;

namespace Referat.Archive;

/// <summary>
/// Reads a stored meeting back into the domain model, so that what works on minutes (search documents, the
/// renderer's PDF) works on the archive. Sections come back as the paragraphs they were stored as.
/// </summary>
public static class ArchiveMinutes
{
    public static IQueryable<Entities.Meeting> WithContent(IQueryable<Entities.Meeting> meetings) => meetings
        .AsNoTracking()
        .AsSplitQuery()
        .Include(m => m.Organization)
        .Include(m => m.Location)
        .Include(m => m.Participants).ThenInclude(p => p.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Substitute)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Sections)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.CompetenceSteps)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Files)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Votes).ThenInclude(v => v.Person)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Person)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Substitute);

    public static MinutesDocument? Load(ArchiveContext db, long meetingId) =>
        WithContent(db.Meetings.Where(m => m.Id == meetingId && !m.Deleted)).FirstOrDefault() is { } meeting ? ToDomain(meeting) : null;

    public static MinutesDocument ToDomain(Entities.Meeting meeting)
    {
        LegislativeTerm? term = LegislativeTerm.TryParse(meeting.LegislativeTermName ?? "", out var parsed) ? parsed : null;
        return new MinutesDocument
        {
            Meeting = new MeetingHeader
            {
                Committee = meeting.Organization.Name,
                Term = term,
                Date = meeting.Date,
                Start = meeting.StartTime,
                End = meeting.EndTime,
                Location = meeting.Location?.Description,
                Participants = meeting.Participants.OrderBy(p => p.Order).Select(p => new PartyMember(p.Person.Name, p.Party)).ToList(),
                Absences = meeting.Absences.Select(Absence).ToList(),
            },
            Items = meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).Select(Item).ToList(),
        };
    }

    private static AgendaItem Item(Entities.AgendaItem item)
    {
        CaseNumber.TryParse(item.CaseNumber ?? "", out var caseNumber);
        if (caseNumber is null && item.CaseNumber is not null)
            caseNumber = new CaseNumber(item.CaseNumber, item.CaseNumber.Split('-')[0], "", 0, 0);
        return new AgendaItem
        {
            Number = item.Number,
            Order = item.Order,
            Title = item.Name,
            Types = string.IsNullOrEmpty(item.Types) ? [] : item.Types.Split("; "),
            CaseNumber = caseNumber,
            IsClosed = !item.Public,
            Sections = item.Sections.OrderBy(s => s.Order)
                .Select(s => new Section(s.Heading, s.Kind, s.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => (Block)new Paragraph(p)).ToList()))
                .ToList(),
            Competence = item.CompetenceSteps.OrderBy(c => c.Order).Select(c => new CompetenceStep(c.Text, c.BodyName, c.Role)).ToList(),
            Decisions = item.Decisions.OrderBy(d => d.Order).Select(Decision).ToList(),
            Attachments = item.Files.Where(f => !f.Deleted).OrderBy(f => f.Order).Select(f => new Attachment(f.Name)).ToList(),
        };
    }

    private static Decision Decision(Entities.DecisionRecord decision) => new()
    {
        Body = decision.BodyName,
        Date = decision.Date,
        Text = decision.Text,
        Outcome = decision.Outcome,
        Points = string.IsNullOrEmpty(decision.Points) ? [] : decision.Points.Split(',').Select(int.Parse).ToList(),
        Votes = decision.Votes.Select(v => new Vote(v.Position, v.Person is null ? null : new PartyMember(v.Person.Name, v.Party), v.Party)).ToList(),
        Absences = decision.Absences.Select(Absence).ToList(),
    };

    private static Absence Absence(Entities.AbsenceRecord absence) => new(
        new PartyMember(absence.Person.Name, absence.Person.Party),
        absence.Substitute is null ? null : new PartyMember(absence.Substitute.Name, absence.Substitute.Party),
        absence.Note);
}
