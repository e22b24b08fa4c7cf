using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;
using Referat.Storage.Rows;
using Referat.Storage.Resolution;

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
    private PublicationPolicy? _policy;

    /// <summary>What of the archive may be shown: the body's publication policy (read once per query object).</summary>
    public PublicationPolicy Policy => _policy ??= StoredPolicy.Read(db);

    // ---- organizations and persons ----

    /// <summary>
    /// The organization a name means. Every name the organization has had or been written with counts (its
    /// <see cref="OrganizationName"/> rows: former names after a rename, spelling variants, and its current name):
    /// an organization one of whose names is the query (normalised, or the same variant key), else the one one of whose
    /// names starts with it (case-insensitive). Throws <see cref="QueryException"/> when no organization or several
    /// different organizations match; several names of one organization matching is not ambiguous.
    /// </summary>
    public OrganizationRow FindOrganization(string name)
    {
        var key = Names.Normalise(name);
        var variant = CommitteeNames.Key(name);
        var all = db.Organizations.AsNoTracking().Where(o => !o.Deleted).ToList();
        var names = OrganizationNames();
        var exact = all.Where(o => o.NormalisedName == key
            || names.Any(n => n.OrganizationId == o.Id && (n.NormalisedName == key || variant.Length > 0 && n.Key == variant))).ToList();
        if (exact.Count == 1)
            return exact[0];
        var prefix = all.Where(o => o.NormalisedName.StartsWith(key, StringComparison.Ordinal)
                || names.Any(n => n.OrganizationId == o.Id && n.NormalisedName.StartsWith(key, StringComparison.Ordinal)))
            .OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        return prefix.Count switch
        {
            1 => prefix[0],
            0 => throw new QueryException($"intet udvalg hedder \"{name}\"" + Known(all.Select(o => o.Name))),
            _ => throw new QueryException($"\"{name}\" passer på flere udvalg: {string.Join(", ", prefix.Select(o => Described(o, names, key)))}"),
        };
    }

    /// <summary>The organization's current name, and the former names or variants the query matched, if others.</summary>
    private static string Described(OrganizationRow organization, List<OrganizationNameRow> names, string key)
    {
        var matched = names.Where(n => n.OrganizationId == organization.Id && n.NormalisedName.StartsWith(key, StringComparison.Ordinal)
                && n.NormalisedName != Names.Normalise(organization.Name))
            .Select(n => n.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return matched.Count == 0 ? organization.Name : $"{organization.Name} (også {string.Join(", ", matched)})";
    }

    private List<OrganizationNameRow>? _organizationNames;

    /// <summary>Every name of every current organization (read once per query object).</summary>
    private List<OrganizationNameRow> OrganizationNames() => _organizationNames ??=
        db.OrganizationNames.AsNoTracking().Where(n => !n.Organization.Deleted).ToList();

    /// <summary>
    /// The person a name means. Every spelling the person has been seen under counts (<see cref="PersonAlias"/>):
    /// a person with a spelling equal to the query (normalised), else the only one with a spelling containing every
    /// word of it. Several spellings of one person matching is not ambiguous.
    /// </summary>
    public PersonRow FindPerson(string name)
    {
        var key = Names.Normalise(name);
        var all = db.Persons.AsNoTracking().Where(p => !p.Deleted).ToList();
        var spellings = db.PersonAliases.AsNoTracking().Where(a => !a.Person.Deleted)
            .Select(a => new { a.PersonId, a.NormalisedSpelling }).ToList()
            .ToLookup(a => a.PersonId, a => a.NormalisedSpelling);
        IEnumerable<string> NamesOf(PersonRow p) => spellings[p.Id].Prepend(p.NormalisedName);
        var exact = all.Where(p => NamesOf(p).Contains(key)).ToList();
        if (exact.Count == 1)
            return exact[0];
        var words = key.Split(' ');
        var partial = all.Where(p => NamesOf(p).Any(n => words.All(w => n.Contains(w, StringComparison.Ordinal))))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        return partial.Count switch
        {
            1 => partial[0],
            0 => throw new QueryException($"ingen person hedder \"{name}\""),
            _ => throw new QueryException($"\"{name}\" passer på flere personer: {string.Join(", ", partial.Select(p => p.Name))}"),
        };
    }

    /// <summary>
    /// The committee name as printed in the meeting's own header, tidied (<see cref="CommitteeNames.Display"/>); the
    /// organization's name is its current name, which may be a later one.
    /// </summary>
    internal static string Printed(MeetingRow meeting) => CommitteeNames.Display(meeting.Committee);

    /// <summary>The organization's current name when it differs from the name printed (null when the same).</summary>
    private static string? CurrentIfOther(OrganizationRow organization, string printed) =>
        Names.Normalise(organization.Name) == Names.Normalise(printed) ? null : organization.Name;

    /// <summary>
    /// The name the organization had on a date, for a membership known without an archived meeting: the name seen
    /// around that date, else the name valid in that term, else the current name.
    /// </summary>
    private string NameAt(OrganizationRow organization, DateOnly? date)
    {
        if (date is not { } day)
            return organization.Name;
        var names = OrganizationNames().Where(n => n.OrganizationId == organization.Id).ToList();
        return (names.Where(n => n.FirstSeen <= day && day <= n.LastSeen).OrderByDescending(n => n.Occurrences).FirstOrDefault()
            ?? names.Where(n => n.LastSeen is not null && n.ValidFrom <= day && day <= n.ValidTo)
                .OrderByDescending(n => n.Occurrences).ThenByDescending(n => n.LastSeen).FirstOrDefault())?.Name
            ?? organization.Name;
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
        var meeting = StoredMinutes.WithContent(db.Meetings.Where(m => m.OrganizationId == organization.Id && m.Date == date && !m.Deleted)).SingleOrDefault();
        return meeting is null ? null : ToView(meeting);
    }

    /// <summary>The meeting with this archive id, as its current version has it; null when there is none (or it is deleted).</summary>
    public MeetingView? GetMeeting(long meetingId) =>
        StoredMinutes.WithContent(db.Meetings.Where(m => m.Id == meetingId && !m.Deleted)).SingleOrDefault() is { } meeting ? ToView(meeting) : null;

    /// <summary>The meeting's minutes as the publication policy lets them out, with the ids the portal links to.</summary>
    private MeetingView ToView(MeetingRow meeting)
    {
        var policy = Policy;
        var printed = Printed(meeting);
        var minutes = policy.Publish(StoredMinutes.ToDomain(meeting));
        var items = meeting.AgendaItems.Where(i => !i.Deleted).ToList();
        // a public view reads a withheld file without its bytes; the database still says it has them
        var stored = db.PublicRedactions is not { IsEmpty: false } ? [] : db.Files.Where(f => f.AgendaItem.MeetingId == meeting.Id && f.Data != null).Select(f => f.Id).ToHashSet();
        var files = items.Where(i => i.Public).SelectMany(i => i.Files.Where(f => !f.Deleted).OrderBy(f => f.Order)
            .Select(f => new FileLink(f.Id, i.Order, f.Name, f.Data is not null, f.Data is null && stored.Contains(f.Id)))).ToList();
        var people = new Dictionary<string, long>(StringComparer.Ordinal);
        void Link(string? name, long? personId)
        {
            if (name is not null && personId is { } id)
                people.TryAdd(name, id);
        }
        foreach (var p in meeting.Participants)
            Link(p.Name, p.PersonId);
        var absences = meeting.Absences.Concat(items.Where(i => i.Public).SelectMany(i => i.Decisions).SelectMany(d => d.Absences));
        foreach (var a in absences)
        {
            Link(a.Name, a.PersonId);
            Link(a.SubstituteName, a.SubstituteId);
        }
        foreach (var v in items.Where(i => i.Public).SelectMany(i => i.Decisions).SelectMany(d => d.Votes))
            Link(v.Name, v.PersonId);
        var current = db.MeetingVersions.Where(v => v.MeetingId == meeting.Id && v.IsCurrent)
            .Select(v => new { v.SourceDocument.Uncertain, v.Changes }).FirstOrDefault();
        return new MeetingView(StoredRecords.Meeting(meeting), printed, CurrentIfOther(meeting.Organization, printed), minutes, files, people)
        {
            Uncertain = current?.Uncertain ?? [], Changes = current?.Changes,
        };
    }

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
        // Bodies are compared as organizations: a body printed under a former name or another spelling ("Fritids- og
        // Kulturudvalget" in a decision, "Kultur- og Fritidsudvalget" in the chain) is the same organization.
        var chainKeys = chain.ToDictionary(s => s, StepKey);
        bool StepMatches(CompetenceStepRow step, string bodyKey) =>
            chainKeys[step] is { } stepKey ? stepKey == bodyKey
            : step.BodyName is not null ? Names.Normalise(step.BodyName) == bodyKey
            : Names.Normalise(step.Text).StartsWith(bodyKey, StringComparison.Ordinal);
        CompetenceRole RoleFromChain(string bodyKey) =>
            chain.FirstOrDefault(s => StepMatches(s, bodyKey)) is { } step ? step.Role : CompetenceRole.Unspecified;
        // The role the meeting's own consultation records, else the chain's.
        CompetenceRole OwnRole(AgendaItemRow item, string bodyKey) =>
            item.Consultations.FirstOrDefault(c => c.MeetingId == item.MeetingId) is { Role: not CompetenceRole.Unspecified } own ? own.Role : RoleFromChain(bodyKey);
        var policy = Policy;

        // One step per body and date: the meeting's own minutes win over the history repeated in later minutes.
        var steps = new List<(CaseStep Step, string Key, bool Own)>();
        foreach (var item in items)
        {
            var meeting = item.Meeting;
            var meetingKey = OrganizationKey(meeting.OrganizationId);
            var printed = Printed(meeting);
            var hasOwn = false;
            foreach (var decision in item.Public ? item.Decisions.OrderBy(d => d.Order) : Enumerable.Empty<DecisionRow>())
            {
                var body = decision.BodyName is { } name ? Names.Clean(name) : decision.Organization?.Name ?? printed;
                var key = decision.OrganizationId is { } id ? OrganizationKey(id)
                    : decision.BodyName is null ? meetingKey : Names.Normalise(body);
                var date = decision.Date ?? (key == meetingKey ? meeting.Date : null);
                var own = key == meetingKey && date == meeting.Date;
                hasOwn |= own;
                var role = own ? OwnRole(item, key) : RoleFromChain(key);
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
                steps.Add((new CaseStep(printed, meeting.Date, true, item.Number, policy.TitleOf(item.Name, !item.Public),
                    OwnRole(item, meetingKey), null, null, meeting.Name), meetingKey, true));
        }
        var timeline = steps.Select((s, n) => (s, n))
            .OrderBy(x => x.s.Step.Date is null).ThenBy(x => x.s.Step.Date).ThenBy(x => x.n)
            .Select(x => x.s).ToList();

        // A body has treated the case when it decided something other than postponing it, or its meeting is archived.
        bool Treated(CompetenceStepRow s) => timeline.Any(t => StepMatches(s, t.Key)
            && (t.Step.Outcome is { } outcome ? outcome != DecisionOutcome.Postponed : t.Own && !latest.Public));
        var chainView = chain.Select(s => new ChainStep(s.BodyName ?? s.Text, s.Role, s.Text, Treated(s))).ToList();
        return new CaseView(
            caseNumber, latest.Public ? paper?.Name ?? latest.Name : policy.TitleOf(latest.Name, isClosed: true), timeline.Select(t => t.Step).ToList(), chainView,
            chainView.Where(s => !s.Treated).Select(s => s.Body).ToList());
    }

    private static string OrganizationKey(long organizationId) => $"#{organizationId}";

    /// <summary>
    /// The organization a competence step names, as <see cref="OrganizationKey"/>: its body by any of the organization's
    /// names (normalised, or the same variant key), or, without a body, the longest name its text starts with. Null
    /// when no archived organization has that name.
    /// </summary>
    private string? StepKey(CompetenceStepRow step)
    {
        var names = OrganizationNames();
        if (step.BodyName is { } body)
        {
            var normalised = Names.Normalise(body);
            var variant = CommitteeNames.Key(body);
            var ids = names.Where(n => n.NormalisedName == normalised).Select(n => n.OrganizationId).Distinct().ToList();
            if (ids.Count == 0 && variant.Length > 0)
                ids = names.Where(n => n.Key == variant).Select(n => n.OrganizationId).Distinct().ToList();
            if (ids.Count == 0)
                ids = db.Organizations.AsNoTracking().Where(o => !o.Deleted && o.NormalisedName == normalised).Select(o => o.Id).ToList();
            return ids.Count == 1 ? OrganizationKey(ids[0]) : null;
        }
        var text = Names.Normalise(step.Text);
        var hit = names.Where(n => n.NormalisedName.Length > 0 && text.StartsWith(n.NormalisedName, StringComparison.Ordinal))
            .OrderByDescending(n => n.NormalisedName.Length).FirstOrDefault();
        return hit is null ? null : OrganizationKey(hit.OrganizationId);
    }

    // ---- show person ----

    /// <summary>The person's memberships and attendance at every archived meeting they were expected at or sat in on.</summary>
    public PersonView GetPerson(string name) => GetPerson(FindPerson(name));

    /// <summary>The person with this archive id; null when there is none (or it is deleted).</summary>
    public PersonView? GetPerson(long personId) =>
        db.Persons.AsNoTracking().FirstOrDefault(p => p.Id == personId && !p.Deleted) is { } person ? GetPerson(person) : null;

    private PersonView GetPerson(PersonRow person)
    {
        var memberships = db.Memberships.AsNoTracking().Include(m => m.Organization).Include(m => m.LegislativeTerm)
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
            var members = Members(group, memberships.Where(m => m.OrganizationId == group.Key));
            foreach (var meeting in group)
            {
                var facts = new MeetingFacts(meeting);
                if (facts.For(person.Id, members.Contains(meeting, person.Id)) is not { } attendance)
                    continue;
                records.Add(attendance);
                (byOrganization.TryGetValue(group.Key, out var list) ? list : byOrganization[group.Key] = []).Add(attendance);
            }
        }
        records = records.OrderBy(r => r.Date).ThenBy(r => r.Committee, StringComparer.Ordinal).ToList();

        // One line per organization and the name it had at the person's meetings there: a committee renamed between
        // terms is one organization, but a member of it in both terms sat in it under two names.
        var membershipViews = new List<MembershipView>();
        foreach (var organizationId in organizationIds)
        {
            var organization = meetings.FirstOrDefault(m => m.OrganizationId == organizationId)?.Organization
                ?? memberships.First(m => m.OrganizationId == organizationId).Organization;
            var attended = byOrganization.GetValueOrDefault(organizationId) ?? [];
            var rows = memberships.Where(m => m.OrganizationId == organizationId).ToList();
            if (attended.Count == 0)
            {
                // Known from the minutes (an absence under the body's decision, a vote) without an archived meeting of it.
                if (rows.Count == 0)
                    continue;
                var membership = rows.OrderBy(m => m.Role == MembershipRole.Member ? 0 : 1).ThenBy(m => m.FirstSeen).First();
                var first = rows.Min(m => m.FirstSeen);
                var printed = NameAt(organization, first);
                membershipViews.Add(new MembershipView(printed, membership.Role, membership.Party ?? person.Party, first, rows.Max(m => m.LastSeen),
                    CurrentIfOther(organization, printed)));
                continue;
            }
            foreach (var byName in attended.GroupBy(a => a.Committee))
            {
                var asMember = byName.Where(a => a.Status != AttendanceStatus.Substitute).ToList();
                var dates = (asMember.Count > 0 ? asMember : byName.ToList()).Select(a => a.Date).ToList();
                var (firstDate, lastDate) = (dates.Min(), dates.Max());
                var during = rows.Where(m => m.FirstSeen is null || m.LastSeen is null || m.FirstSeen <= lastDate && m.LastSeen >= firstDate).ToList();
                var membership = (during.Count > 0 ? during : rows)
                    .OrderBy(m => (m.Role == MembershipRole.Member) == (asMember.Count > 0) ? 0 : 1).ThenBy(m => m.FirstSeen).FirstOrDefault();
                var role = asMember.Count > 0
                    ? membership?.Role is { } r && r != MembershipRole.Substitute ? r : MembershipRole.Member
                    : membership?.Role ?? MembershipRole.Substitute;
                membershipViews.Add(new MembershipView(byName.Key, role, membership?.Party ?? person.Party, firstDate, lastDate,
                    CurrentIfOther(organization, byName.Key)));
            }
        }
        membershipViews = membershipViews.OrderBy(m => m.FirstMeeting is null).ThenBy(m => m.FirstMeeting)
            .ThenBy(m => m.Organization, StringComparer.Ordinal).ToList();

        var counts = new AttendanceCounts(
            records.Count,
            records.Count(r => r.Status == AttendanceStatus.Present),
            records.Count(r => r.Status == AttendanceStatus.Absent),
            records.Count(r => r.Status == AttendanceStatus.Substitute),
            records.Sum(r => r.ItemsAttended),
            records.Sum(r => r.ItemsAbsent),
            records.Where(r => r.SubstituteFor.Count > 0).Sum(r => r.ItemsAttended));
        var aliases = db.PersonAliases.AsNoTracking().Where(a => a.PersonId == person.Id).Select(a => a.Spelling).ToList()
            .Where(a => a != person.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return new PersonView(person.Name, person.Party, aliases, membershipViews, records, counts);
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
        var memberships = db.Memberships.AsNoTracking().Include(m => m.LegislativeTerm)
            .Where(m => m.OrganizationId == organization.Id && !m.Deleted).ToList();
        var members = Members(meetings, memberships);
        var persons = db.Persons.AsNoTracking().ToDictionary(p => p.Id);

        var facts = meetings.Select(m => new MeetingFacts(m)).ToList();
        var everyone = facts.SelectMany(f => f.People).Union(meetings.SelectMany(members.Of)).Distinct().ToList();
        var lines = new List<MemberAttendance>();
        foreach (var id in everyone)
        {
            var records = facts.Select(f => (Facts: f, Attendance: f.For(id, members.Contains(f.Meeting, id)))).Where(x => x.Attendance is not null).ToList();
            var expected = records.Where(r => r.Attendance!.Status != AttendanceStatus.Substitute).ToList();
            var asSubstitute = records.Count(r => r.Attendance!.Status == AttendanceStatus.Substitute);
            if (expected.Count == 0 && asSubstitute == 0)
                continue;
            var present = expected.Count(r => r.Attendance!.Status == AttendanceStatus.Present);
            var absent = expected.Count(r => r.Attendance!.Status == AttendanceStatus.Absent);
            var substitutedFor = expected.Count(r => r.Attendance!.SubstitutedBy.Count > 0);
            var person = persons[id];
            lines.Add(new MemberAttendance(person.Name, person.Party, expected.Count, present, absent, substitutedFor, asSubstitute,
                expected.Count == 0 ? null : Math.Round((double)present / expected.Count, 3)));
        }
        lines = lines.OrderBy(l => l.Meetings == 0).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        // The committee under the name printed at the period's meetings (the latest, if it was renamed within it).
        var printed = meetings.Count > 0 ? Printed(meetings[^1]) : from is null ? organization.Name : NameAt(organization, to);
        return new AttendanceReport(printed, CurrentIfOther(organization, printed), term?.ToString(), from, to, meetings.Count, lines);
    }

    // ---- shared ----

    /// <summary>Meetings with everything attendance and display need: current items, their decisions and absences.</summary>
    private List<MeetingRow> LoadMeetings(IQueryable<MeetingRow> meetings) => meetings
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

    /// <summary>
    /// The committee's members in each legislative term: memberships (as a member, not as a substitute) of that term,
    /// and the participants and everyone absent (not as a substitute) at its meetings of that term. An organization
    /// can span terms (a committee renamed at a new term is one organization), and who was a member changes with them.
    /// </summary>
    private static MemberSets Members(IEnumerable<MeetingRow> meetings, IEnumerable<MembershipRow> memberships)
    {
        var sets = new MemberSets();
        foreach (var membership in memberships.Where(m => !m.Deleted && m.Role != MembershipRole.Substitute))
            (membership.LegislativeTerm?.Name is { } term ? sets.Term(term) : sets.Always).Add(membership.PersonId);
        foreach (var meeting in meetings)
        {
            var facts = new MeetingFacts(meeting);
            var set = sets.Term(MemberSets.TermOf(meeting));
            set.UnionWith(meeting.Participants.Select(p => p.PersonId));
            set.UnionWith(facts.Absentees);
        }
        return sets;
    }

    private sealed class MemberSets
    {
        private readonly Dictionary<string, HashSet<long>> _byTerm = [];

        /// <summary>Members without a term (archives from before memberships were dated): members in every term.</summary>
        public HashSet<long> Always { get; } = [];

        public HashSet<long> Term(string term) => _byTerm.TryGetValue(term, out var set) ? set : _byTerm[term] = [];

        public static string TermOf(MeetingRow meeting) => meeting.LegislativeTermName ?? LegislativeTerm.Containing(meeting.Date).ToString();

        public bool Contains(MeetingRow meeting, long personId) =>
            Always.Contains(personId) || _byTerm.TryGetValue(TermOf(meeting), out var set) && set.Contains(personId);

        /// <summary>The members at the meeting.</summary>
        public IEnumerable<long> Of(MeetingRow meeting) =>
            Always.Concat(_byTerm.TryGetValue(TermOf(meeting), out var set) ? set : []);
    }

    /// <summary>Who was where at one meeting, from its participants and its own absences.</summary>
    private sealed class MeetingFacts
    {
        private readonly MeetingRow _meeting;
        private readonly List<AgendaItemRow> _items;
        private readonly List<AbsenceRow> _meetingAbsences;
        private readonly Dictionary<long, List<AbsenceRow>> _itemAbsences;
        private readonly HashSet<long> _participants;

        public MeetingRow Meeting => _meeting;

        public MeetingFacts(MeetingRow meeting)
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
        private static bool IsOwn(DecisionRow d) => d.IsOwn;

        private IEnumerable<AbsenceRow> AllAbsences => _meetingAbsences.Concat(_itemAbsences.Values.SelectMany(a => a));

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
            AttendanceStatus status;
            int attended;
            if (absentAll || (_items.Count > 0 && absentItems == _items.Count))
                (status, attended) = (AttendanceStatus.Absent, 0);
            else if (!expected)
                (status, attended) = (AttendanceStatus.Substitute, substituteItems);
            else
                (status, attended) = (AttendanceStatus.Present, _items.Count - absentItems);
            return new MeetingAttendance(Printed(_meeting), _meeting.Date, status, attended, absentItems, substituteFor, substitutedBy);
        }
    }
}
