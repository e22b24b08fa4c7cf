using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Reading;

/// <summary>
/// Reads a stored meeting back into the domain model exactly as it was imported: names as printed, section blocks,
/// tables with their cells and numbers, votes, attendance, attachments, competence, the table of contents and the
/// attachments part of the current version. <c>Read(Import(m)) == m</c> for every document the importer accepts.
/// </summary>
public static class StoredMinutes
{
    /// <summary>Meetings with every row their minutes are read from (current items only).</summary>
    public static IQueryable<MeetingRow> WithContent(IQueryable<MeetingRow> meetings) => meetings
        .AsNoTracking()
        .AsSplitQuery()
        .Include(m => m.Organization)
        .Include(m => m.Location)
        .Include(m => m.Versions.Where(v => v.IsCurrent))
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

    /// <summary>The minutes of a meeting loaded with <see cref="WithContent"/>.</summary>
    public static MinutesDocument ToDomain(MeetingRow meeting)
    {
        var version = meeting.Versions.Where(v => v.IsCurrent).MaxBy(v => v.Number);
        return new MinutesDocument
        {
            Meeting = new MeetingHeader
            {
                Committee = meeting.Committee,
                Term = LegislativeTerm.TryParse(meeting.LegislativeTermName ?? "", out var term) ? term : null,
                Date = meeting.Date,
                Start = meeting.StartTime,
                End = meeting.EndTime,
                Location = meeting.LocationText,
                Participants = meeting.Participants.OrderBy(p => p.Order).Select(p => new PartyMember(p.Name, p.Party)).ToValueList(),
                Absences = meeting.Absences.OrderBy(a => a.Order).ThenBy(a => a.Id).Select(Absence).ToValueList(),
            },
            TableOfContents = (version?.TableOfContents ?? []).ToValueList(),
            Items = meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ThenBy(i => i.Id).Select(Item).ToValueList(),
            AttachmentsPart = (version?.AttachmentsPart ?? []).ToValueList(),
        };
    }

    public static AgendaItem Item(AgendaItemRow item) => new()
    {
        Number = item.Number,
        Order = item.Order,
        Title = item.Name,
        Types = item.Types.ToValueList(),
        CaseNumber = CaseNumber.From(item.CaseNumber),
        IsClosed = !item.Public,
        Sections = item.Sections.OrderBy(s => s.Order).Select(s => new Section(s.Heading, s.Kind, s.Blocks.ToValueList())).ToValueList(),
        Competence = item.CompetenceSteps.OrderBy(c => c.Order).Select(c => new CompetenceStep(c.Text, c.BodyName, c.Role)).ToValueList(),
        Decisions = item.Decisions.OrderBy(d => d.Order).Select(Decision).ToValueList(),
        Attachments = item.Files.Where(f => !f.Deleted).OrderBy(f => f.Order).Select(f => new Attachment(f.Name)).ToValueList(),
    };

    public static Decision Decision(DecisionRow decision) => new()
    {
        Body = decision.BodyName,
        Date = decision.Date,
        Text = decision.Text,
        Outcome = decision.Outcome,
        Points = decision.Points.ToValueList(),
        Votes = decision.Votes.OrderBy(v => v.Order).ThenBy(v => v.Id)
            .Select(v => new Vote(v.Position, v.Name is null ? null : new PartyMember(v.Name, v.MemberParty), v.Party)).ToValueList(),
        Absences = decision.Absences.OrderBy(a => a.Order).ThenBy(a => a.Id).Select(Absence).ToValueList(),
    };

    public static Absence Absence(AbsenceRow absence) => new(
        new PartyMember(absence.Name, absence.Party),
        absence.SubstituteName is null ? null : new PartyMember(absence.SubstituteName, absence.SubstituteParty),
        absence.Note);
}
