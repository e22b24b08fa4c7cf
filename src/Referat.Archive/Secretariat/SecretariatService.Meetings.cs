using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Archive.Secretariat;

// Before the meeting: meetings from the calendar or by hand, with the template's standing items and the committee's
// members; the agenda published, and published again as a supplementary agenda (tillægsdagsorden).
public sealed partial class SecretariatService
{
    /// <summary>Creates a planned meeting of a committee with its standing items and its roster's members.</summary>
    public long CreateMeeting(Actor actor, long organizationId, DateOnly date, TimeOnly start, TimeOnly? end, string location) =>
        Change(_ => AddMeeting(actor, organizationId, date, start, end, location));

    /// <summary>Creates the year's meetings of the calendar for the committees the actor works for; those that exist stay.</summary>
    public IReadOnlyList<long> CreateFromCalendar(Actor actor, int year, string? committee = null) => Change(_ =>
    {
        var organizations = db.Organizations.Where(o => !o.Deleted).Select(o => new { o.Id, o.NormalisedName }).ToList();
        var created = new List<long>();
        foreach (var planned in Settings.Calendar.Plan(year))
        {
            if (committee is not null && Names.Normalise(planned.Committee) != Names.Normalise(committee))
                continue;
            var organization = organizations.FirstOrDefault(o => o.NormalisedName == Names.Normalise(planned.Committee));
            if (organization is null || !actor.WorksFor(organization.Id) || actor.Role == AccountRole.Member)
                continue;
            if (db.Meetings.Any(m => m.OrganizationId == organization.Id && m.Date == planned.Date))
                continue;
            created.Add(AddMeeting(actor, organization.Id, planned.Date, planned.Start, planned.End, planned.Location));
        }
        return (IReadOnlyList<long>)created;
    });

    private long AddMeeting(Actor actor, long organizationId, DateOnly date, TimeOnly start, TimeOnly? end, string location)
    {
        actor.RequireSecretaryOf(organizationId);
        var organization = db.Organizations.AsTracking().SingleOrDefault(o => o.Id == organizationId && !o.Deleted)
            ?? throw new SecretariatException("Udvalget findes ikke.");
        if (db.Meetings.Any(m => m.OrganizationId == organizationId && m.Date == date && !m.Deleted))
            throw new SecretariatException($"{organization.Name} har allerede et møde den {DanishDates.Long(date)}.");
        if (end is { } e && e <= start)
            throw new SecretariatException("Mødet skal slutte efter det begynder.");
        var term = LegislativeTerm.Containing(date);
        var meeting = new MeetingRow
        {
            Organization = organization, Name = $"{CommitteeNames.Display(organization.Name)} {date:yyyy-MM-dd}", Committee = organization.Name,
            Date = date, StartTime = start, EndTime = end, LocationText = location.Trim(), State = MeetingState.Planned,
            LegislativeTermName = term.ToString(), Created = Now, Modified = Now,
        };
        db.Meetings.Add(meeting);
        var template = Settings.Template;
        var members = Settings.RosterOf(organization.Name)?.Members.Select(m => m.AsPartyMember()).ToValueList() ?? [];
        var items = template.OpeningItems.Concat(template.ClosingItems)
            .Select((title, i) => new AgendaItem { Number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Order = i + 1, Title = title })
            .ToValueList();
        var minutes = new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = organization.Name, Term = term, Date = date, Start = start, End = end, Location = location.Trim(), Participants = members },
            Items = items,
        };
        var json = ModelJson.SerializeCompact(minutes);
        db.MeetingDrafts.Add(new MeetingDraftRow { Meeting = meeting, MinutesJson = json, Modified = Now, ModifiedBy = actor.UserName });
        db.SaveChanges();
        Audit(actor, "Møde oprettet", Subject(meeting), null, json);
        return meeting.Id;
    }

    /// <summary>
    /// Publishes the agenda: the meeting's items (with the forward plan filled into "Kommende sager") become public.
    /// Published again, it is a supplementary agenda: a new version whose note says what was added.
    /// </summary>
    public void PublishAgenda(Actor actor, long meetingId) => Change(published =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Dagsordenen offentliggøres", MeetingState.Planned, MeetingState.AgendaPublished);
        var supplementary = loaded.Meeting.State == MeetingState.AgendaPublished;
        var minutes = WithForwardPlan(loaded.Minutes, loaded.Meeting);
        Save(loaded, minutes, actor);
        if (!supplementary)
            Move(loaded.Meeting, MeetingState.AgendaPublished, actor);
        else
            Audit(actor, "Tillægsdagsorden offentliggjort", Subject(loaded.Meeting), null, null);
        Publish(loaded, minutes, MeetingState.AgendaPublished, supplementary ? "tillægsdagsorden" : "dagsorden",
            supplementary ? "Tillægsdagsorden" : "Dagsorden", published);
    });

    /// <summary>Cancels a meeting that has not been held (aflyst); the public sees it as cancelled.</summary>
    public void Cancel(Actor actor, long meetingId) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        Move(loaded.Meeting, MeetingState.Cancelled, actor);
    });

    /// <summary>"Kommende sager" lists the cases waiting on this body's forward plan.</summary>
    private MinutesDocument WithForwardPlan(MinutesDocument minutes, MeetingRow meeting)
    {
        var waiting = db.ForwardPlan.Where(f => f.OrganizationId == meeting.OrganizationId && f.TakenUpMeetingId == null && !f.IsClosed)
            .OrderBy(f => f.FromDate).ThenBy(f => f.Id).ToList();
        var entries = waiting.Select(f => $"{f.Title} ({f.FromBody} {f.Role switch { CompetenceRole.Decides => "har anbefalet til beslutning", _ => "har anbefalet" }} {DanishDates.Long(f.FromDate)})").ToValueList();
        return minutes with
        {
            Items = minutes.Items.Select(i => i.Title != StandingItems.ForwardPlan ? i : i with
            {
                Sections = entries.Count == 0
                    ? [new Section("Resume", SectionKind.Resume, [new Paragraph("Der er ingen kommende sager.")])]
                    : [new Section("Resume", SectionKind.Resume, [new BulletList(entries)])],
            }).ToValueList(),
        };
    }
}
