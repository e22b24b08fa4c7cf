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
    public ValueList<int> Points { get; init; } = [];

    public ValueList<Vote> Votes { get; init; } = [];
    public ValueList<Absence> Absences { get; init; } = [];

    /// <summary>
    /// Whether this is the meeting's own decision rather than an earlier body's, repeated in the decision history under
    /// the item: it names no body or the meeting's body (<paramref name="bodyIsTheMeetings"/>, as the caller resolves
    /// names), and no date or the meeting's date.
    /// </summary>
    public bool IsOwnDecisionOf(bool bodyIsTheMeetings, DateOnly meetingDate) =>
        (Body is null || bodyIsTheMeetings) && (Date is null || Date == meetingDate);
}

/// <summary>What a decision came to. The text is always kept; this is its classification.</summary>
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
