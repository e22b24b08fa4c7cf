using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Entities;
using LegislativeTerm = Referat.Domain.LegislativeTerm;
using StoredItem = Referat.Storage.Entities.AgendaItem;

namespace Referat.Archive.Queries;

/// <summary>
/// Read-only questions to the archive: a meeting, a case's way through the bodies, a person's attendance, a
/// committee's attendance statistics. LINQ over the stored model only; the CLI formats what comes back.
/// Only current content counts: soft-deleted items (earlier versions of a meeting) are left out.
/// </summary>
/// <remarks>
/// Attendance. The minutes name participants (when the layout lists them), absences for the whole meeting and
/// absences under a decision ("X var fraværende. I stedet deltog Y"). A decision counts for the meeting whose
/// minutes record it only when it is that meeting's own (same body, same date, or no body or date given): the
/// decision history repeated under an item belongs to earlier meetings. A person is expected at a meeting when
/// they are listed as a participant, absent or substitute there, or, when the meeting lists no participants,
/// when they are a member of its committee (a membership, or an absence at any of its meetings).
/// </remarks>
public sealed class ArchiveQueries(ArchiveContext db)
{
    // ---- organizations and persons ----

    /// <summary>
    /// The organization a name means: its normalised name equal to the query, else the one whose name starts with
    /// it (case-insensitive). Throws <see cref="QueryException"/> when none or several match.
    /// </summary>
    public Organization FindOrganization(string name)
    {
        var key = Names.Normalise(name);
        var all = db.Organizations.AsNoTracking().Where(o => !o.Deleted).ToList();
        var exact = all.Where(o => o.NormalisedName == key).ToList();
        if (exact.Count == 1)
            return exact[0];
        var prefix = all.Where(o => o.NormalisedName.StartsWith(key, StringComparison.Ordinal)).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        return prefix.Count switch
        {
            1 => prefix[0],
            0 => throw new QueryException($"intet udvalg hedder \"{name}\"" + Known(all.Select(o => o.Name))),
            _ => throw new QueryException($"\"{name}\" passer på flere udvalg: {string.Join(", ", prefix.Select(o => o.Name))}"),
        };
    }

    /// <summary>The person a name means: equal normalised name, else the only one whose name contains every word of it.</summary>
    public Person FindPerson(string name)
    {
        var key = Names.Normalise(name);
        var all = db.Persons.AsNoTracking().Where(p => !p.Deleted).ToList();
        var exact = all.Where(p => p.NormalisedName == key).ToList();
        if (exact.Count == 1)
            return exact[0];
        var words = key.Split(' ');
        var partial = all.Where(p => words.All(w => p.NormalisedName.Contains(w, StringComparison.Ordinal))).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        return partial.Count switch
        {
            1 => partial[0],
            0 => throw new QueryException($"ingen person hedder \"{name}\""),
            _ => throw new QueryException($"\"{name}\" passer på flere personer: {string.Join(", ", partial.Select(p => p.Name))}"),
        };
    }

    private static string Known(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? " (arkivet har ingen udvalg)" : $" (kendte udvalg: {string.Join(", ", list)})";
    }

    // ---- show meeting ----

    /// <summary>The meeting of the committee on the date, as its current version has it; null when not archived.</summary>
    public MeetingView? GetMeeting(string committee, DateOnly date)
    {
        var organization = FindOrganization(committee);
        var meeting = LoadMeetings(db.Meetings.Where(m => m.OrganizationId == organization.Id && m.Date == date)).SingleOrDefault();
        return meeting is null ? null : ToView(meeting);
    }

    /// <summary>The meeting with this archive id, as its current version has it; null when there is none (or it is deleted).</summary>
    public MeetingView? GetMeeting(long meetingId) =>
        LoadMeetings(db.Meetings.Where(m => m.Id == meetingId)).SingleOrDefault() is { } meeting ? ToView(meeting) : null;

    private static MeetingView ToView(Meeting meeting)
    {
        var organization = meeting.Organization;
        var items = meeting.AgendaItems.OrderBy(i => i.Order).Select(i => new ItemView(
            i.Number, i.Order, i.Name, i.Types, i.Public, i.Public ? i.CaseNumber : null,
            i.Public ? i.Decisions.OrderBy(d => d.Order).Select(ToView).ToList() : [])).ToList();
        return new MeetingView(
            organization.Name, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Location?.Description, meeting.LegislativeTermName,
            meeting.Versions.Where(v => v.IsCurrent).Select(v => v.Number).DefaultIfEmpty(meeting.Versions.Count).Max(),
            meeting.Participants.OrderBy(p => p.Order).Select(p => new PersonRef(p.Person.Name, p.Party ?? p.Person.Party)).ToList(),
            meeting.Absences.Select(ToView).ToList(),
            items);
    }

    private static DecisionView ToView(DecisionRecord d) =>
        new(d.Organization?.Name ?? d.BodyName, d.Date, d.Text, d.Outcome, d.Points, d.Absences.Select(ToView).ToList());

    private static AbsenceView ToView(AbsenceRecord a) =>
        new(Ref(a.Person), a.Substitute is null ? null : Ref(a.Substitute), a.Note);

    private static PersonRef Ref(Person p) => new(p.Name, p.Party);

    // ---- show case ----

    /// <summary>
    /// The case with this number: every body's decision on it in date order (from the archived meetings and from the
    /// decision history their minutes repeat), and the bodies in its competence chain that have not yet treated it.
    /// Null when no archived item carries the number.
    /// </summary>
    public CaseView? GetCase(string reference)
    {
        var wanted = reference.Trim();
        var paper = db.Papers.AsNoTracking().FirstOrDefault(p => p.Reference == wanted && !p.Deleted)
            ?? db.Papers.AsNoTracking().Where(p => !p.Deleted).AsEnumerable()
                .FirstOrDefault(p => string.Equals(p.Reference, wanted, StringComparison.OrdinalIgnoreCase));
        var caseNumber = paper?.Reference ?? wanted;
        var items = db.AgendaItems.AsNoTracking().AsSplitQuery()
            .Where(i => !i.Deleted && i.CaseNumber == caseNumber)
            .Include(i => i.Meeting).ThenInclude(m => m.Organization)
            .Include(i => i.Decisions).ThenInclude(d => d.Organization)
            .Include(i => i.CompetenceSteps)
            .Include(i => i.Consultations.Where(c => !c.Deleted))
            .ToList()
            .OrderBy(i => i.Meeting.Date).ThenBy(i => i.Meeting.Id).ThenBy(i => i.Order)
            .ToList();
        if (items.Count == 0)
            return null;

        var latest = items[^1];
        // A closed item's content (its decision history and competence chain) stays on the server: the chain comes
        // from the latest public item, and a closed item adds only its own treatment (body, date, number, title).
        var chain = (items.LastOrDefault(i => i.Public) ?? latest).CompetenceSteps.Where(_ => items.Any(i => i.Public))
            .OrderBy(s => s.Order).ToList();
        string? RoleFromChain(string bodyKey) =>
            chain.FirstOrDefault(s => StepMatches(s, bodyKey)) is { } step ? RoleName(step.Role) : null;

        // One step per body and date: the meeting's own minutes win over the history repeated in later minutes.
        var steps = new List<(CaseStep Step, string Key, bool Own)>();
        foreach (var item in items)
        {
            var meeting = item.Meeting;
            var meetingKey = meeting.Organization.NormalisedName;
            var hasOwn = false;
            foreach (var decision in item.Public ? item.Decisions.OrderBy(d => d.Order) : Enumerable.Empty<DecisionRecord>())
            {
                var body = decision.Organization?.Name ?? decision.BodyName ?? meeting.Organization.Name;
                var key = decision.Organization?.NormalisedName ?? Names.Normalise(body);
                var date = decision.Date ?? (key == meetingKey ? meeting.Date : null);
                var own = key == meetingKey && date == meeting.Date;
                hasOwn |= own;
                var role = own ? item.Consultations.FirstOrDefault()?.Role ?? RoleFromChain(key) : RoleFromChain(key);
                var step = new CaseStep(
                    body, date, own, own ? item.Number : null, item.Name, role,
                    item.Public ? decision.Text : null, item.Public ? decision.Outcome : null, meeting.Name);
                var index = steps.FindIndex(s => s.Key == key && s.Step.Date == date);
                if (index < 0)
                    steps.Add((step, key, own));
                else if (own || !steps[index].Own)
                    steps[index] = (step, key, own);
            }
            if (!hasOwn)
                steps.Add((new CaseStep(meeting.Organization.Name, meeting.Date, true, item.Number, item.Name,
                    item.Consultations.FirstOrDefault()?.Role ?? RoleFromChain(meetingKey), null, null, meeting.Name), meetingKey, true));
        }
        var timeline = steps.Select((s, n) => (s, n))
            .OrderBy(x => x.s.Step.Date is null).ThenBy(x => x.s.Step.Date).ThenBy(x => x.n)
            .Select(x => x.s).ToList();

        // A body has treated the case when it decided something other than postponing it, or its meeting is archived.
        bool Treated(CompetenceStepRecord s) => timeline.Any(t => StepMatches(s, t.Key)
            && (t.Step.Outcome is { } outcome ? outcome != DecisionOutcome.Postponed : t.Own && !latest.Public));
        var chainView = chain.Select(s => new ChainStep(s.BodyName ?? s.Text, RoleName(s.Role) ?? "", s.Text, Treated(s))).ToList();
        return new CaseView(
            caseNumber, latest.Public ? paper?.Name ?? latest.Name : latest.Name, timeline.Select(t => t.Step).ToList(), chainView,
            chainView.Where(s => !s.Treated).Select(s => s.Body).ToList());
    }

    private static bool StepMatches(CompetenceStepRecord step, string bodyKey) =>
        step.BodyName is not null ? Names.Normalise(step.BodyName) == bodyKey : Names.Normalise(step.Text).StartsWith(bodyKey, StringComparison.Ordinal);

    private static string? RoleName(CompetenceRole role) => role switch
    {
        CompetenceRole.Recommends => "recommend",
        CompetenceRole.Decides => "decide",
        CompetenceRole.IsInformed => "inform",
        _ => null,
    };

    // ---- show person ----

    /// <summary>The person's memberships and attendance at every archived meeting they were expected at or sat in on.</summary>
    public PersonView GetPerson(string name) => GetPerson(FindPerson(name));

    /// <summary>The person with this archive id; null when there is none (or it is deleted).</summary>
    public PersonView? GetPerson(long personId) =>
        db.Persons.AsNoTracking().FirstOrDefault(p => p.Id == personId && !p.Deleted) is { } person ? GetPerson(person) : null;

    private PersonView GetPerson(Person person)
    {
        var memberships = db.Memberships.AsNoTracking().Include(m => m.Organization)
            .Where(m => m.PersonId == person.Id && !m.Deleted).ToList();
        var seenIn = db.Meetings.Where(m => !m.Deleted && (
                m.Participants.Any(p => p.PersonId == person.Id)
                || m.Absences.Any(a => a.PersonId == person.Id || a.SubstituteId == person.Id)
                || m.AgendaItems.Any(i => !i.Deleted && i.Decisions.Any(d => d.Absences.Any(a => a.PersonId == person.Id || a.SubstituteId == person.Id)))))
            .Select(m => m.OrganizationId).Distinct().ToList();
        var organizationIds = seenIn.Union(memberships.Select(m => m.OrganizationId)).ToList();
        var meetings = LoadMeetings(db.Meetings.Where(m => organizationIds.Contains(m.OrganizationId)));

        var records = new List<MeetingAttendance>();
        var byOrganization = new Dictionary<long, List<MeetingAttendance>>();
        foreach (var group in meetings.GroupBy(m => m.OrganizationId))
        {
            var members = Members(group, memberships.Where(m => m.OrganizationId == group.Key).Select(m => m.PersonId));
            foreach (var meeting in group)
            {
                var facts = new MeetingFacts(meeting);
                if (facts.For(person.Id, members.Contains(person.Id)) is not { } attendance)
                    continue;
                records.Add(attendance);
                (byOrganization.TryGetValue(group.Key, out var list) ? list : byOrganization[group.Key] = []).Add(attendance);
            }
        }
        records = records.OrderBy(r => r.Date).ThenBy(r => r.Committee, StringComparer.Ordinal).ToList();

        var membershipViews = new List<MembershipView>();
        foreach (var organizationId in organizationIds)
        {
            var organization = meetings.FirstOrDefault(m => m.OrganizationId == organizationId)?.Organization
                ?? memberships.First(m => m.OrganizationId == organizationId).Organization;
            var attended = byOrganization.GetValueOrDefault(organizationId) ?? [];
            var membership = memberships.FirstOrDefault(m => m.OrganizationId == organizationId);
            var asMember = attended.Where(a => a.Status != "substitute").ToList();
            if (membership is null && asMember.Count == 0 && attended.Count == 0)
                continue;
            var role = membership?.Role ?? (asMember.Count > 0 ? "medlem" : "stedfortræder");
            var dates = (asMember.Count > 0 ? asMember : attended).Select(a => a.Date).ToList();
            membershipViews.Add(new MembershipView(organization.Name, role, membership?.Party ?? person.Party,
                dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max()));
        }
        membershipViews = membershipViews.OrderBy(m => m.FirstMeeting).ThenBy(m => m.Organization, StringComparer.Ordinal).ToList();

        var counts = new AttendanceCounts(
            records.Count,
            records.Count(r => r.Status == "present"),
            records.Count(r => r.Status == "absent"),
            records.Count(r => r.Status == "substitute"),
            records.Sum(r => r.ItemsAttended),
            records.Sum(r => r.ItemsAbsent),
            records.Where(r => r.SubstituteFor.Count > 0).Sum(r => r.ItemsAttended));
        return new PersonView(person.Name, person.Party, membershipViews, records, counts);
    }

    // ---- stats attendance ----

    /// <summary>Per member of the committee: meetings expected at, present, absent, absent with a substitute, rate.</summary>
    public AttendanceReport Attendance(string committee, LegislativeTerm? term = null)
    {
        var organization = FindOrganization(committee);
        DateOnly? from = term is { } t1 ? new DateOnly(t1.FirstYear, 1, 1) : null;
        DateOnly? to = term is { } t2 ? new DateOnly(t2.LastYear, 12, 31) : null;
        var query = db.Meetings.Where(m => m.OrganizationId == organization.Id);
        if (from is { } start && to is { } end)
            query = query.Where(m => m.Date >= start && m.Date <= end);
        var meetings = LoadMeetings(query);
        var membershipIds = db.Memberships.Where(m => m.OrganizationId == organization.Id && !m.Deleted).Select(m => m.PersonId).ToList();
        var members = Members(meetings, membershipIds);
        var persons = db.Persons.AsNoTracking().Where(p => !p.Deleted).ToDictionary(p => p.Id);

        var facts = meetings.Select(m => new MeetingFacts(m)).ToList();
        var everyone = facts.SelectMany(f => f.People).Union(members).Distinct().ToList();
        var lines = new List<MemberAttendance>();
        foreach (var id in everyone)
        {
            var records = facts.Select(f => (Facts: f, Attendance: f.For(id, members.Contains(id)))).Where(x => x.Attendance is not null).ToList();
            var expected = records.Where(r => r.Attendance!.Status != "substitute").ToList();
            var asSubstitute = records.Count(r => r.Attendance!.Status == "substitute");
            if (expected.Count == 0 && asSubstitute == 0)
                continue;
            var present = expected.Count(r => r.Attendance!.Status == "present");
            var absent = expected.Count(r => r.Attendance!.Status == "absent");
            var substitutedFor = expected.Count(r => r.Attendance!.SubstitutedBy.Count > 0);
            var person = persons[id];
            lines.Add(new MemberAttendance(person.Name, person.Party, expected.Count, present, absent, substitutedFor, asSubstitute,
                expected.Count == 0 ? null : Math.Round((double)present / expected.Count, 3)));
        }
        lines = lines.OrderBy(l => l.Meetings == 0).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        return new AttendanceReport(organization.Name, term?.ToString(), from, to, meetings.Count, lines);
    }

    // ---- shared ----

    /// <summary>Meetings with everything attendance and display need: current items, their decisions and absences.</summary>
    private List<Meeting> LoadMeetings(IQueryable<Meeting> meetings) => meetings
        .Where(m => !m.Deleted)
        .AsNoTracking().AsSplitQuery()
        .Include(m => m.Organization)
        .Include(m => m.Location)
        .Include(m => m.Versions)
        .Include(m => m.Participants).ThenInclude(p => p.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Person)
        .Include(m => m.Absences).ThenInclude(a => a.Substitute)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Organization)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Person)
        .Include(m => m.AgendaItems.Where(i => !i.Deleted)).ThenInclude(i => i.Decisions).ThenInclude(d => d.Absences).ThenInclude(a => a.Substitute)
        .OrderBy(m => m.Date)
        .ToList();

    /// <summary>The committee's members: memberships, participants and everyone absent (not as a substitute) at its meetings.</summary>
    private static HashSet<long> Members(IEnumerable<Meeting> meetings, IEnumerable<long> membershipIds)
    {
        var members = new HashSet<long>(membershipIds);
        foreach (var meeting in meetings)
        {
            var facts = new MeetingFacts(meeting);
            members.UnionWith(meeting.Participants.Select(p => p.PersonId));
            members.UnionWith(facts.Absentees);
        }
        return members;
    }

    /// <summary>Who was where at one meeting, from its participants and its own absences.</summary>
    private sealed class MeetingFacts
    {
        private readonly Meeting _meeting;
        private readonly List<StoredItem> _items;
        private readonly List<AbsenceRecord> _meetingAbsences;
        private readonly Dictionary<long, List<AbsenceRecord>> _itemAbsences;
        private readonly HashSet<long> _participants;

        public MeetingFacts(Meeting meeting)
        {
            _meeting = meeting;
            // Attendance is recorded under decisions: the items that count are those with a decision of this meeting
            // (announcements and forward plans have none), or every item when the minutes record no decisions.
            var items = meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ToList();
            _items = items.Where(i => i.Decisions.Any(IsOwn)).ToList() is { Count: > 0 } decided ? decided : items;
            _meetingAbsences = meeting.Absences.ToList();
            _participants = meeting.Participants.Select(p => p.PersonId).ToHashSet();
            _itemAbsences = _items.ToDictionary(i => i.Id, i => i.Decisions.Where(IsOwn).SelectMany(d => d.Absences).ToList());
        }

        /// <summary>Whether the decision is this meeting's own rather than an earlier body's, repeated in the history.</summary>
        private bool IsOwn(DecisionRecord d) =>
            (d.OrganizationId is null || d.OrganizationId == _meeting.OrganizationId) && (d.Date is null || d.Date == _meeting.Date);

        private IEnumerable<AbsenceRecord> AllAbsences => _meetingAbsences.Concat(_itemAbsences.Values.SelectMany(a => a));

        public IEnumerable<long> Absentees => AllAbsences.Select(a => a.PersonId).Distinct();

        public IEnumerable<long> People => _participants.Concat(AllAbsences.Select(a => a.PersonId))
            .Concat(AllAbsences.Where(a => a.SubstituteId is not null).Select(a => a.SubstituteId!.Value)).Distinct();

        public MeetingAttendance? For(long personId, bool member)
        {
            var absentAll = _meetingAbsences.Any(a => a.PersonId == personId);
            var absentItems = absentAll ? _items.Count : _items.Count(i => _itemAbsences[i.Id].Any(a => a.PersonId == personId));
            var substituteAll = _meetingAbsences.Where(a => a.SubstituteId == personId).ToList();
            var substituteItems = substituteAll.Count > 0 ? _items.Count
                : _items.Count(i => _itemAbsences[i.Id].Any(a => a.SubstituteId == personId));
            var participant = _participants.Contains(personId);
            var expected = participant || absentItems > 0 || absentAll || (_participants.Count == 0 && member);
            if (!expected && substituteItems == 0)
                return null;

            var substituteFor = AllAbsences.Where(a => a.SubstituteId == personId).Select(a => a.Person.Name).Distinct().ToList();
            var substitutedBy = AllAbsences.Where(a => a.PersonId == personId && a.Substitute is not null).Select(a => a.Substitute!.Name).Distinct().ToList();
            string status;
            int attended;
            if (absentAll || (_items.Count > 0 && absentItems == _items.Count))
                (status, attended) = ("absent", 0);
            else if (!expected)
                (status, attended) = ("substitute", substituteItems);
            else
                (status, attended) = ("present", _items.Count - absentItems);
            return new MeetingAttendance(_meeting.Organization.Name, _meeting.Date, status, attended, absentItems, substituteFor, substitutedBy);
        }
    }
}
