using Referat.Domain;

namespace Referat.Archive.Queries;

/// <summary>A question the archive cannot answer as asked: nothing matches, or more than one thing does.</summary>
public sealed class QueryException(string message) : Exception(message);

/// <summary>A person as named in the minutes, with the party letter given there.</summary>
public sealed record PersonRef(string Name, string? Party)
{
    public override string ToString() => Party is null ? Name : $"{Name} ({Party})";
}

/// <summary>An absence: for the whole meeting or under one decision, with the substitute and any qualifier.</summary>
public sealed record AbsenceView(PersonRef Person, PersonRef? Substitute, string? Note);

public sealed record DecisionView(
    string? Body, DateOnly? Date, string? Text, DecisionOutcome Outcome, string? Points, IReadOnlyList<AbsenceView> Absences);

/// <summary>
/// An item as treated at a meeting. A closed item (<see cref="Public"/> false) shows its number and title only: its
/// case number and decisions stay on the server.
/// </summary>
public sealed record ItemView(
    string Number, int Order, string Title, string? Types, bool Public, string? CaseNumber, IReadOnlyList<DecisionView> Decisions);

/// <summary>
/// <c>show meeting</c>: one meeting's header, participants, absentees and items (the current version).
/// <see cref="Committee"/> is the committee's name as printed in the meeting's header; <see cref="CurrentName"/> the
/// organization's current name when it has been renamed since (null when the same).
/// </summary>
public sealed record MeetingView(
    string Committee, string? CurrentName, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Location, string? Term, int Version,
    IReadOnlyList<PersonRef> Participants, IReadOnlyList<AbsenceView> Absences, IReadOnlyList<ItemView> Items);

/// <summary>
/// One step of a case's way through the bodies: a decision (or a treatment without one) by a body on a date.
/// <see cref="Archived"/> when the meeting itself is in the archive (then <see cref="ItemNumber"/> is its item);
/// otherwise the step is known from the decision history printed in a later meeting's minutes.
/// </summary>
public sealed record CaseStep(
    string Body, DateOnly? Date, bool Archived, string? ItemNumber, string ItemTitle, string? Role,
    string? DecisionText, DecisionOutcome? Outcome, string RecordedIn);

/// <summary>One body in the case's competence chain, and whether it has treated the case yet.</summary>
public sealed record ChainStep(string Body, string Role, string Text, bool Treated);

/// <summary><c>show case</c>: the case's timeline across bodies and what is still to come in its competence chain.</summary>
public sealed record CaseView(
    string Reference, string Title, IReadOnlyList<CaseStep> Timeline, IReadOnlyList<ChainStep> Chain, IReadOnlyList<string> Pending);

/// <summary>
/// A membership under the name the organization had at the person's meetings (<see cref="CurrentName"/>: its current
/// name when different). Without an archived meeting the dates are those the membership was seen at in the minutes.
/// </summary>
public sealed record MembershipView(
    string Organization, string? Role, string? Party, DateOnly? FirstMeeting, DateOnly? LastMeeting, string? CurrentName = null);

/// <summary>
/// A person at one meeting: <c>present</c>, <c>absent</c> (the whole meeting), <c>substitute</c> (sat in for someone)
/// with the items attended and missed; <see cref="SubstituteFor"/> names whom they sat in for.
/// </summary>
public sealed record MeetingAttendance(
    string Committee, DateOnly Date, string Status, int ItemsAttended, int ItemsAbsent, IReadOnlyList<string> SubstituteFor,
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
