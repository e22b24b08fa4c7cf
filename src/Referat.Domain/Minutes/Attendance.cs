namespace Referat.Domain;

/// <summary>A person as the minutes name them: "Anna Holm (A)" is Name "Anna Holm", Party "A".</summary>
public sealed record PartyMember(string Name, string? Party)
{
    public override string ToString() => Party is null ? Name : $"{Name} ({Party})";
}

/// <summary>
/// A member who was absent, with the substitute who took the seat (I stedet deltog …) and any qualifier
/// such as "under punktet" or "fra punkt 14".
/// </summary>
public sealed record Absence(PartyMember Member, PartyMember? Substitute = null, string? Note = null);

/// <summary>How a person took part in a meeting (or an item): present, absent, or in someone's seat.</summary>
public enum AttendanceStatus
{
    Present,
    Absent,
    Substitute,
}
