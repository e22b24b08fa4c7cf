namespace Referat.Domain;

/// <summary>What the minutes say about the meeting itself.</summary>
public sealed record MeetingHeader
{
    /// <summary>The committee's name as printed in the header (or inferred from decision lines).</summary>
    public string? Committee { get; init; }

    /// <summary>The legislative term when the minutes print it; <see cref="LegislativeTerm.Containing"/> gives it otherwise.</summary>
    public LegislativeTerm? Term { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? Start { get; init; }
    public TimeOnly? End { get; init; }
    public string? Location { get; init; }
    public ValueList<PartyMember> Participants { get; init; } = [];

    /// <summary>Absences stated once for the whole meeting, not under a decision.</summary>
    public ValueList<Absence> Absences { get; init; } = [];
}
