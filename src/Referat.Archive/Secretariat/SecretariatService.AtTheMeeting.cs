using Referat.Domain;

namespace Referat.Archive.Secretariat;

// At the meeting: who is absent and who takes the seat, and a decision per item with its points, votes and the members
// absent under it.
public sealed partial class SecretariatService
{
    private static readonly MeetingState[] InSession = [MeetingState.AgendaPublished, MeetingState.Held];

    /// <summary>
    /// Records a member as absent from the meeting. Without a substitute named, the next substitute of the member's
    /// party in the committee's order is proposed and recorded ("I stedet deltog …"); returns the substitute, if any.
    /// </summary>
    public PartyMember? RecordAbsence(Actor actor, long meetingId, string member, string? substitute = null) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Fravær registreres", InSession);
        var header = loaded.Minutes.Meeting;
        var roster = Settings.RosterOf(loaded.Meeting.Organization.Name);
        var absent = header.Participants.FirstOrDefault(p => Names.Normalise(p.Name) == Names.Normalise(member))
            ?? throw new SecretariatException($"{member} er ikke medlem af udvalget.");
        if (header.Absences.Any(a => a.Member.Name == absent.Name))
            throw new SecretariatException($"{absent.Name} er allerede registreret som fraværende.");
        var seated = header.Participants.Select(p => p.Name).Concat(header.Absences.Where(a => a.Substitute is not null).Select(a => a.Substitute!.Name)).ToList();
        var taking = string.IsNullOrWhiteSpace(substitute)
            ? roster?.SubstituteFor(absent, seated)
            : roster?.Substitutes.FirstOrDefault(s => Names.Normalise(s.Name) == Names.Normalise(substitute)) ?? new PartyMember(Names.Clean(substitute), absent.Party);
        var absence = new Absence(absent, taking);
        var minutes = loaded.Minutes with { Meeting = header with { Absences = header.Absences.Append(absence).ToValueList() } };
        Save(loaded, minutes, actor);
        Audit(actor, "Fravær registreret", Subject(loaded.Meeting), null,
            taking is null ? $"{absent} var fraværende." : $"{absent} var fraværende. I stedet deltog {taking}.");
        return taking;
    });

    public void RemoveAbsence(Actor actor, long meetingId, string member) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Fravær fjernes", InSession);
        var header = loaded.Minutes.Meeting;
        var absence = header.Absences.FirstOrDefault(a => Names.Normalise(a.Member.Name) == Names.Normalise(member))
            ?? throw new SecretariatException($"{member} er ikke registreret som fraværende.");
        Save(loaded, loaded.Minutes with { Meeting = header with { Absences = header.Absences.Where(a => a != absence).ToValueList() } }, actor);
        Audit(actor, "Fravær fjernet", Subject(loaded.Meeting), absence.Member.ToString(), null);
    });

    /// <summary>Records (or replaces) the meeting's own decision on an item.</summary>
    public void RecordDecision(Actor actor, long meetingId, int order, DecisionInput input) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "En beslutning registreres", InSession);
        var (minutes, before, after) = WithDecision(loaded, order, input);
        Save(loaded, minutes, actor);
        Audit(actor, "Beslutning registreret", $"{Subject(loaded.Meeting)}, punkt {order}",
            before is null ? null : ModelJson.SerializeCompact(before), ModelJson.SerializeCompact(after));
    });

    /// <summary>Marks the meeting as held: from here only decisions and attendance change until the minutes are approved.</summary>
    public void MarkHeld(Actor actor, long meetingId) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        Move(loaded.Meeting, MeetingState.Held, actor);
    });

    private (MinutesDocument Minutes, Decision? Before, Decision After) WithDecision(Loaded loaded, int order, DecisionInput input)
    {
        var item = ItemAt(loaded.Minutes, order);
        var header = loaded.Minutes.Meeting;
        var committee = loaded.Meeting.Organization.Name;
        var people = header.Participants.Concat(header.Absences.Where(a => a.Substitute is not null).Select(a => a.Substitute!)).ToList();
        PartyMember Person(string name) => people.FirstOrDefault(p => Names.Normalise(p.Name) == Names.Normalise(name))
            ?? throw new SecretariatException($"\"{name}\" er hverken et parti eller et medlem, der deltog i mødet.");
        var parties = people.Select(p => p.Party).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var votes = (input.Votes ?? []).Where(v => !string.IsNullOrWhiteSpace(v.Who)).Select(v =>
        {
            var who = v.Who.Trim();
            return parties.Contains(who) ? new Vote(v.Position, null, who.ToUpperInvariant()) : new Vote(v.Position, Person(who), null);
        }).ToValueList();
        var absent = (input.AbsentUnderItem ?? []).Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => new Absence(Person(n), null, "under punktet")).ToValueList();
        var points = (input.Points ?? []).Distinct().Order().ToValueList();
        if (points.Any(p => p < 1))
            throw new SecretariatException("Indstillingens punkter tælles fra 1.");
        var text = string.IsNullOrWhiteSpace(input.Text) ? input.Outcome.DanishName() + "." : input.Text.Trim();
        var decision = new Decision
        {
            Body = committee, Date = loaded.Meeting.Date, Text = text, Outcome = input.Outcome, Points = points, Votes = votes,
            Absences = absent,   // the meeting's own absences are the header's, stated once
        };
        var own = OwnDecision(loaded, item);
        var decisions = own is null ? item.Decisions.Append(decision) : item.Decisions.Select(d => d == own ? decision : d);
        var changed = item with { Decisions = decisions.ToValueList() };
        return (loaded.Minutes with { Items = loaded.Minutes.Items.Select(i => i.Order == order ? changed : i).ToValueList() }, own, decision);
    }

    private static Decision? OwnDecision(Loaded loaded, AgendaItem item) => item.OwnDecision(loaded.Meeting.Organization.Name, loaded.Meeting.Date);
}
