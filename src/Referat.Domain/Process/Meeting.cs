namespace Referat.Domain;

/// <summary>
/// Where a meeting is in its life: planned, its agenda published, held, its minutes approved and published; or
/// cancelled (aflyst). Imported minutes are published minutes.
/// </summary>
public enum MeetingState
{
    Planned,
    AgendaPublished,
    Held,
    MinutesApproved,
    MinutesPublished,
    Cancelled,
}

/// <summary>The order of the states: a meeting moves forward one state at a time, and may be cancelled until it is held.</summary>
public static class MeetingLifecycle
{
    public static bool CanMove(MeetingState from, MeetingState to) => (from, to) switch
    {
        (MeetingState.Planned or MeetingState.AgendaPublished, MeetingState.Cancelled) => true,
        (MeetingState.Cancelled, _) => false,
        (_, MeetingState.Cancelled) => false,
        _ => to == from + 1,
    };

    /// <summary>Whether the public may see the agenda (the item list and the public items' content).</summary>
    public static bool AgendaIsPublic(MeetingState state) => state is not MeetingState.Planned;

    /// <summary>Whether the meeting's minutes are fixed: approved minutes change only by a new version.</summary>
    public static bool MinutesAreFixed(MeetingState state) => state is MeetingState.MinutesApproved or MeetingState.MinutesPublished;
}

/// <summary>
/// A meeting of an organization (OParl Meeting), identified in the archive by its organization and date.
/// <see cref="Committee"/> is the name printed in the meeting's own header, which may be a former name of the
/// organization.
/// </summary>
public sealed record Meeting(
    long Id, long OrganizationId, string Committee, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Location,
    LegislativeTerm Term, MeetingState State, int Version);
