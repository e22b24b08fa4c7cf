using Referat.Domain;

namespace Referat.Search;

/// <summary>What a search hit is: an agenda item, an attachment (bilag), a case (sag) or a person.</summary>
public enum SearchKind
{
    Item,
    Attachment,
    Case,
    Person,
}

/// <summary>
/// One searchable unit, independent of where it is stored. The archive (or <see cref="SearchDocuments.FromMinutes"/>)
/// produces these; <see cref="SearchIndex"/> indexes them. A closed item (lukket punkt) must never become one:
/// the mapper skips closed items and the index refuses a document with <see cref="IsClosed"/> set.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Stable id, unique across kinds: "item:{meeting}:{number}", "case:{case number}", "person:{slug}" …</summary>
    public required string Id { get; init; }
    public required SearchKind Kind { get; init; }

    /// <summary>The portal path of the hit: "/moeder/{meeting}#punkt-{n}".</summary>
    public required string Path { get; init; }

    public string? MeetingId { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public string? Committee { get; init; }
    public LegislativeTerm? Term { get; init; }
    public string? ItemNumber { get; init; }
    public required string Title { get; init; }

    /// <summary>Section texts in order (Resume, Indstilling, Sagsfremstilling …); for an attachment its text if known.</summary>
    public IReadOnlyList<string> SectionTexts { get; init; } = [];
    public IReadOnlyList<string> DecisionTexts { get; init; } = [];
    public IReadOnlyList<DecisionOutcome> Outcomes { get; init; } = [];

    /// <summary>Beslutning, Orientering, Drøftelse, Genforelæggelse …</summary>
    public IReadOnlyList<string> ItemTypes { get; init; } = [];
    public string? CaseNumber { get; init; }

    /// <summary>The KLE main group, the first two digits of the case number ("00", "15", "27").</summary>
    public string? KleMainGroup { get; init; }

    /// <summary>The item grants or changes an appropriation (bevilling): an appropriation table or an Økonomi section with one.</summary>
    public bool HasAppropriation { get; init; }
    public IReadOnlyList<string> AttachmentTitles { get; init; } = [];

    /// <summary>The item's amounts in kroner, from its appropriation tables (no kind) and its texts (with the kind the
    /// sentence gives): the amount filter and the size facet.</summary>
    public IReadOnlyList<(AmountKind? Kind, long Kr)> Amounts { get; init; } = [];

    /// <summary>People the document names as such: absent members, substitutes, voters; for a person document, the person.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    public bool IsClosed { get; init; }
}
