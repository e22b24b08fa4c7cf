using Referat.Domain;

namespace Referat.Archive.Queries;

/// <summary>A question the archive cannot answer as asked: nothing matches, or more than one thing does.</summary>
public sealed class QueryException(string message) : Exception(message);

/// <summary>
/// A file of an item the portal can link to: its id, the item (by order), its title, whether the archive holds it and
/// may serve it, and whether it holds it but keeps it back (personal data under review or redacted).
/// </summary>
public sealed record FileLink(long Id, int ItemOrder, string Title, bool Available, bool Withheld = false);

/// <summary>
/// <c>show meeting</c> and the meeting page: the meeting, its minutes as the publication policy lets them out (a closed
/// item by number and title only), and the ids they link to. <see cref="Committee"/> is the committee's name as
/// printed in the meeting's header; <see cref="CurrentName"/> the organization's current name when it has been
/// renamed since (null when the same). <see cref="People"/> maps every name as printed in the minutes to its person.
/// </summary>
public sealed record MeetingView(
    Meeting Meeting, string Committee, string? CurrentName, MinutesDocument Minutes, IReadOnlyList<FileLink> Files,
    IReadOnlyDictionary<string, long> People)
{
    public DateOnly Date => Meeting.Date;
    public string? Location => Meeting.Location;
    public string? Term => Minutes.Meeting.Term?.ToString();
    public int Version => Meeting.Version;
    public IReadOnlyList<AgendaItem> Items => Minutes.Items;

    /// <summary>The fields the parser read with low confidence when the current version was imported; empty when sure.</summary>
    public IReadOnlyList<string> Uncertain { get; init; } = [];

    /// <summary>What the current version changed from the one before ("Rettelse: …", "1 punkt tilføjet"); null for the first.</summary>
    public string? Changes { get; init; }
}

/// <summary>
/// One step of a case's way through the bodies: a decision (or a treatment without one) by a body on a date.
/// <see cref="Archived"/> when the meeting itself is in the archive (then <see cref="ItemNumber"/> is its item);
/// otherwise the step is known from the decision history printed in a later meeting's minutes.
/// </summary>
public sealed record CaseStep(
    string Body, DateOnly? Date, bool Archived, string? ItemNumber, string ItemTitle, CompetenceRole Role,
    string? DecisionText, DecisionOutcome? Outcome, string RecordedIn);

/// <summary>One body in the case's competence chain, and whether it has treated the case yet.</summary>
public sealed record ChainStep(string Body, CompetenceRole Role, string Text, bool Treated);

/// <summary><c>show case</c>: the case's timeline across bodies and what is still to come in its competence chain.</summary>
public sealed record CaseView(
    string Reference, string Title, IReadOnlyList<CaseStep> Timeline, IReadOnlyList<ChainStep> Chain, IReadOnlyList<string> Pending);

/// <summary>
/// A membership under the name the organization had at the person's meetings (<see cref="CurrentName"/>: its current
/// name when different). Without an archived meeting the dates are those the membership was seen at in the minutes.
/// </summary>
public sealed record MembershipView(
    string Organization, MembershipRole Role, string? Party, DateOnly? FirstMeeting, DateOnly? LastMeeting, string? CurrentName = null);

/// <summary>
/// A person at one meeting: present, absent (the whole meeting), or as a substitute (sat in for someone)
/// with the items attended and missed; <see cref="SubstituteFor"/> names whom they sat in for.
/// </summary>
public sealed record MeetingAttendance(
    string Committee, DateOnly Date, AttendanceStatus Status, int ItemsAttended, int ItemsAbsent, IReadOnlyList<string> SubstituteFor,
    IReadOnlyList<string> SubstitutedBy);

public sealed record AttendanceCounts(
    int Meetings, int MeetingsPresent, int MeetingsAbsent, int MeetingsAsSubstitute,
    int ItemsAttended, int ItemsAbsent, int ItemsAsSubstitute);

/// <summary><c>show person</c>: memberships and attendance record; <see cref="Aliases"/> the other spellings seen in the minutes.</summary>
public sealed record PersonView(
    string Name, string? Party, IReadOnlyList<string> Aliases, IReadOnlyList<MembershipView> Memberships, IReadOnlyList<MeetingAttendance> Meetings, AttendanceCounts Counts);

/// <summary>One member's line in <c>stats attendance</c>; <see cref="Rate"/> is present ÷ meetings (null without meetings).</summary>
public sealed record MemberAttendance(
    string Name, string? Party, int Meetings, int Present, int Absent, int SubstitutedFor, int AsSubstitute, double? Rate);

/// <summary>
/// <c>stats attendance</c>: <see cref="Committee"/> is the name printed at the period's meetings, <see cref="CurrentName"/>
/// the organization's current name when different.
/// </summary>
public sealed record AttendanceReport(
    string Committee, string? CurrentName, string? Term, DateOnly? From, DateOnly? To, int Meetings, IReadOnlyList<MemberAttendance> Members);
