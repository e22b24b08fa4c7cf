namespace Referat.Domain;

/// <summary>What the minutes say about the meeting itself.</summary>
public sealed record MeetingHeader
{
    /// <summary>The committee's name as printed in the header (or inferred from decision lines).</summary>
    public string? Committee { get; init; }
    public LegislativeTerm? Term { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? Start { get; init; }
    public TimeOnly? End { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<PartyMember> Participants { get; init; } = [];

    /// <summary>Absences stated once for the whole meeting, not under a decision.</summary>
    public IReadOnlyList<Absence> Absences { get; init; } = [];
}
