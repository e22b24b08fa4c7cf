namespace Referat.Domain;

/// <summary>An agenda item (punkt) as treated at one meeting.</summary>
public sealed record AgendaItem
{
    /// <summary>The number as printed: "3", "8a".</summary>
    public required string Number { get; init; }

    /// <summary>The position of the item in the meeting, from 1.</summary>
    public required int Order { get; init; }

    /// <summary>The title without the trailing type tags.</summary>
    public required string Title { get; init; }

    /// <summary>The parenthesised tags after the title: Beslutning, Orientering, Drøftelse, Genforelæggelse …</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public CaseNumber? CaseNumber { get; init; }
    public bool IsClosed { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<CompetenceStep> Competence { get; init; } = [];
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
}

/// <summary>
/// An attachment (bilag) listed under an item, by title; <see cref="Text"/> is its own text where the archive holds the
/// file and its text could be read (for search), else null.
/// </summary>
public sealed record Attachment(string Title)
{
    public string? Text { get; init; }
}
