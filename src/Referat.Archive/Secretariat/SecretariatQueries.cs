using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Archive.Secretariat;

/// <summary>A meeting in the secretariat's list.</summary>
public sealed record SecretariatMeeting(long Id, long OrganizationId, string Committee, DateOnly Date, TimeOnly? Start, MeetingState State, bool Prepared);

/// <summary>Everything the meeting workspace shows: the meeting, its working copy, the roster, signatures, versions,
/// and the cases the forward plan proposes for it.</summary>
public sealed record MeetingWorkspace(
    SecretariatMeeting Meeting, string? Location, TimeOnly? End, MinutesDocument Minutes, CommitteeRoster? Roster,
    IReadOnlyList<Signature> Signatures, IReadOnlyList<ForwardPlanEntry> Proposed, IReadOnlyList<PublishedVersion> Versions,
    ItemTemplate Template);

public sealed record Signature(string Name, DateTime SignedAt);

public sealed record PublishedVersion(int Number, DateTime At, string Changes);

/// <summary>A case waiting on a body's forward plan, and the body's next meeting it is proposed for.</summary>
public sealed record ForwardPlanEntry(
    long Id, string Title, string? CaseNumber, bool IsClosed, string FromBody, DateOnly FromDate, string FromItemNumber, long FromMeetingId,
    CompetenceRole Role, long? ProposedMeetingId, DateOnly? ProposedDate);

public sealed record AuditEntry(DateTime At, string UserName, string Action, string Subject, string? Before, string? After);

/// <summary>A committee the actor may work for.</summary>
public sealed record CommitteeChoice(long Id, string Name, OrganizationKind Kind);

/// <summary>The secretariat's reads: records for its pages, never entities.</summary>
public sealed class SecretariatQueries(ArchiveContext db, TimeProvider clock)
{
    public IReadOnlyList<CommitteeChoice> Committees(Actor actor) =>
        db.Organizations.AsNoTracking().Where(o => !o.Deleted).OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new CommitteeChoice(o.Id, o.Name, o.Kind)).AsEnumerable().Where(o => actor.WorksFor(o.Id)).ToList();

    /// <summary>The actor's committees' meetings from a date on, prepared here or not.</summary>
    public IReadOnlyList<SecretariatMeeting> Meetings(Actor actor, DateOnly from, int take = 200)
    {
        var prepared = db.MeetingDrafts.Select(d => d.MeetingId);
        return db.Meetings.AsNoTracking().Where(m => !m.Deleted && m.Date >= from).OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new SecretariatMeeting(m.Id, m.OrganizationId, m.Organization.Name, m.Date, m.StartTime, m.State, prepared.Contains(m.Id)))
            .AsEnumerable().Where(m => actor.WorksFor(m.OrganizationId)).Take(take).ToList();
    }

    public MeetingWorkspace? Workspace(Actor actor, long meetingId)
    {
        var meeting = db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && !m.Deleted)
            .Select(m => new { m.Id, m.OrganizationId, Committee = m.Organization.Name, m.Date, m.StartTime, m.EndTime, m.LocationText, m.State })
            .SingleOrDefault();
        if (meeting is null || !actor.WorksFor(meeting.OrganizationId))
            return null;
        var json = db.MeetingDrafts.AsNoTracking().Where(d => d.MeetingId == meetingId).Select(d => d.MinutesJson).SingleOrDefault();
        if (json is null)
            return null;
        var settings = new SecretariatSettings(db, clock);
        var signatures = db.Signatures.AsNoTracking().Where(s => s.MeetingId == meetingId).OrderBy(s => s.SignedAt)
            .Select(s => new Signature(s.Name, s.SignedAt)).ToList();
        var versions = db.MeetingVersions.AsNoTracking().Where(v => v.MeetingId == meetingId).OrderBy(v => v.Number)
            .Select(v => new PublishedVersion(v.Number, v.ImportedAt, v.Changes)).ToList();
        var proposed = ForwardPlan(meeting.OrganizationId, includeClosed: true).Where(e => e.ProposedMeetingId == meetingId).ToList();
        return new MeetingWorkspace(
            new SecretariatMeeting(meeting.Id, meeting.OrganizationId, meeting.Committee, meeting.Date, meeting.StartTime, meeting.State, true),
            meeting.LocationText, meeting.EndTime, ModelJson.Deserialize<MinutesDocument>(json), settings.RosterOf(meeting.Committee),
            signatures, proposed, versions, settings.Template);
    }

    /// <summary>
    /// The cases waiting on a body's forward plan, each proposed for the body's first meeting after the recommending
    /// meeting whose agenda is not yet published. The public plan leaves closed items out.
    /// </summary>
    public IReadOnlyList<ForwardPlanEntry> ForwardPlan(long organizationId, bool includeClosed = false)
    {
        var entries = db.ForwardPlan.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.TakenUpMeetingId == null && (includeClosed || !f.IsClosed))
            .OrderBy(f => f.FromDate).ThenBy(f => f.Id).ToList();
        if (entries.Count == 0)
            return [];
        var upcoming = db.Meetings.AsNoTracking().Where(m => m.OrganizationId == organizationId && !m.Deleted && m.State == MeetingState.Planned)
            .OrderBy(m => m.Date).Select(m => new { m.Id, m.Date }).ToList();
        return entries.Select(f =>
        {
            var next = upcoming.FirstOrDefault(m => m.Date > f.FromDate);
            return new ForwardPlanEntry(f.Id, f.Title, f.CaseNumber, f.IsClosed, f.FromBody, f.FromDate, f.FromItemNumber, f.FromMeetingId, f.Role, next?.Id, next?.Date);
        }).ToList();
    }

    public IReadOnlyList<AuditEntry> Audit(Actor actor, int take = 500)
    {
        actor.RequireAdministrator();
        return db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditEntry(a.At, a.UserName, a.Action, a.Subject, a.Before, a.After)).ToList();
    }

    /// <summary>The calendar's meetings of a year for the actor's committees, and whether each already exists.</summary>
    public IReadOnlyList<(PlannedMeeting Planned, bool Exists)> Calendar(Actor actor, int year)
    {
        var committees = Committees(actor).ToDictionary(c => Names.Normalise(c.Name), c => c.Id);
        var existing = db.Meetings.AsNoTracking().Where(m => !m.Deleted && m.Date.Year == year).Select(m => new { m.OrganizationId, m.Date }).ToList()
            .Select(m => (m.OrganizationId, m.Date)).ToHashSet();
        return new SecretariatSettings(db, clock).Calendar.Plan(year)
            .Where(p => committees.ContainsKey(Names.Normalise(p.Committee)))
            .Select(p => (p, existing.Contains((committees[Names.Normalise(p.Committee)], p.Date)))).ToList();
    }
}
