namespace Referat.Domain;

/// <summary>A body's decision on an item, as recorded under "Beslutning".</summary>
public sealed record Decision
{
    /// <summary>The deciding body when a decision header line names it ("Økonomiudvalget, den 9. juni 2015").</summary>
    public string? Body { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>The decision text, paragraphs joined with a line feed; attendance lines excluded.</summary>
    public required string Text { get; init; }

    public DecisionOutcome Outcome { get; init; }

    /// <summary>The recommendation points the decision covers, from "Ad 1-2)" markers.</summary>
    public IReadOnlyList<int> Points { get; init; } = [];

    public IReadOnlyList<Vote> Votes { get; init; } = [];
    public IReadOnlyList<Absence> Absences { get; init; } = [];
}

public enum DecisionOutcome
{
    Other,
    Approved,    // Godkendt
    Recommended, // Anbefalet
    Noted,       // Taget til efterretning, Orientering givet
    Discussed,   // Drøftet
    Postponed,   // Sagen udsat
    Rejected,    // Ikke godkendt, Afvist
}

/// <summary>A recorded vote: a named member or a whole party group voting for, against or abstaining.</summary>
public sealed record Vote(VotePosition Position, PartyMember? Member, string? Party);

public enum VotePosition
{
    For,
    Against,
    Abstained,
}
