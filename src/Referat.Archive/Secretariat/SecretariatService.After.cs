using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Archive.Secretariat;

// After the meeting: the minutes approved (fixed from then on), signed by the members, published; the cases a
// committee recommended go on the forward plan of the next body in their chain; a published decision is corrected
// only by a new version with a note.
public sealed partial class SecretariatService
{
    /// <summary>
    /// Approves the minutes (a meeting not yet marked held is held first): they no longer change but by correction.
    /// Items without a decision are allowed (a standing item such as "Underskrift af protokol" has none); the
    /// workspace lists them before the secretary approves.
    /// </summary>
    public void Approve(Actor actor, long meetingId) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Referatet godkendes", InSession);
        if (loaded.Meeting.State == MeetingState.AgendaPublished)
            Move(loaded.Meeting, MeetingState.Held, actor);
        Move(loaded.Meeting, MeetingState.MinutesApproved, actor);
    });

    /// <summary>A member signs the approved minutes (Underskrift af protokol); each signature is recorded with its time.</summary>
    public void Sign(Actor actor, long meetingId) => Change(_ =>
    {
        var meeting = db.Meetings.AsTracking().SingleOrDefault(m => m.Id == meetingId && !m.Deleted) ?? throw new SecretariatException("Mødet findes ikke.");
        if (actor.Role != AccountRole.Member || !actor.WorksFor(meeting.OrganizationId))
            throw new SecretariatException("Kun udvalgets medlemmer underskriver referatet.");
        RequireState(meeting, "Referatet underskrives", MeetingState.MinutesApproved, MeetingState.MinutesPublished);
        if (db.Signatures.Any(s => s.MeetingId == meetingId && s.UserId == actor.UserId))
            throw new SecretariatException("Du har allerede underskrevet referatet.");
        var name = actor.PersonId is { } person ? db.Persons.Where(p => p.Id == person).Select(p => p.Name).SingleOrDefault() : null;
        db.Signatures.Add(new SignatureRow { MeetingId = meetingId, UserId = actor.UserId, PersonId = actor.PersonId, Name = name ?? actor.DisplayName ?? actor.UserName, SignedAt = Now });
        Audit(actor, "Referat underskrevet", Subject(meeting), null, name ?? actor.UserName);
    });

    /// <summary>Publishes the approved minutes, and puts every case the committee recommended on to the next body's forward plan.</summary>
    public void PublishMinutes(Actor actor, long meetingId) => Change(published =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Referatet offentliggøres", MeetingState.MinutesApproved);
        Audit(actor, MeetingState.MinutesPublished.DanishName(), Subject(loaded.Meeting), loaded.Meeting.State.DanishName(), MeetingState.MinutesPublished.DanishName());
        SendOn(loaded);
        var note = db.MeetingVersions.Any(v => v.MeetingId == meetingId) ? "Referat efter dagsordenen" : null;
        Publish(loaded, loaded.Minutes, MeetingState.MinutesPublished, "referat", note, published);
    });

    /// <summary>
    /// Corrects a published decision: the working copy changes, and a new version is published whose change note is
    /// the secretary's note with the summary of what changed; the earlier version stays in the archive.
    /// </summary>
    public void Correct(Actor actor, long meetingId, int order, DecisionInput input, string note) => Change(published =>
    {
        if (string.IsNullOrWhiteSpace(note))
            throw new SecretariatException("En rettelse skal have en bemærkning, der siger hvad og hvorfor.");
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Referatet rettes", MeetingState.MinutesPublished);
        var (minutes, before, after) = WithDecision(loaded, order, input);
        Save(loaded, minutes, actor);
        Audit(actor, "Referat rettet", $"{Subject(loaded.Meeting)}, punkt {order}: {note.Trim()}",
            before is null ? null : ModelJson.SerializeCompact(before), ModelJson.SerializeCompact(after));
        // The note shows what changed, word for word; a closed item's decision is never quoted.
        var item = ItemAt(minutes, order);
        var diff = item.IsClosed
            ? $"punkt {item.Number} (lukket punkt) er rettet"
            : $"punkt {item.Number}: «{before?.Text ?? ""}» blev til «{after.Text}»";
        Publish(loaded, minutes, MeetingState.MinutesPublished, "rettelse", $"Rettelse: {note.Trim().TrimEnd('.')}; {diff}", published);
    });

    /// <summary>The forward plan: each recommended item whose chain continues waits for the next body.</summary>
    private void SendOn(Loaded loaded)
    {
        var committee = loaded.Meeting.Organization.Name;
        foreach (var item in loaded.Minutes.Items)
        {
            var decision = OwnDecision(loaded, item);
            if (decision?.Outcome != DecisionOutcome.Recommended || CompetenceChain.NextAfter(item.Competence, committee) is not { Body: { } next } step)
                continue;
            var organization = NextBody(next, loaded.Meeting.Organization.BodyId);
            if (db.ForwardPlan.Any(f => f.FromMeetingId == loaded.Meeting.Id && f.FromItemOrder == item.Order && f.OrganizationId == organization.Id))
                continue;
            db.ForwardPlan.Add(new ForwardPlanRow
            {
                Organization = organization, Title = item.Title, CaseNumber = item.CaseNumber?.Text, Role = step.Role, IsClosed = item.IsClosed,
                FromMeetingId = loaded.Meeting.Id, FromItemNumber = item.Number, FromItemOrder = item.Order, FromBody = CommitteeNames.Display(committee),
                FromDate = loaded.Meeting.Date, Created = Now,
            });
        }
    }

    private OrganizationRow NextBody(string name, long bodyId)
    {
        var key = Names.Normalise(name);
        var existing = db.Organizations.AsTracking().FirstOrDefault(o => o.NormalisedName == key && !o.Deleted);
        if (existing is not null)
            return existing;
        var created = new OrganizationRow { BodyId = bodyId, Name = name, NormalisedName = key, Kind = Organization.KindOf(name), Created = Now, Modified = Now };
        db.Organizations.Add(created);
        return created;
    }
}
