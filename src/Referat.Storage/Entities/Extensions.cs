using Referat.Domain;

namespace Referat.Storage.Entities;

/// <summary>A named part of an item (Resume, Indstilling …) with its content as ordered plain text.</summary>
public sealed class ItemSection
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public int Order { get; set; }
    public required string Heading { get; set; }
    public SectionKind Kind { get; set; }
    public required string Text { get; set; }
}

/// <summary>A body's decision on an item (Beslutning).</summary>
public sealed class DecisionRecord
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public int Order { get; set; }

    /// <summary>The deciding body as printed; <see cref="OrganizationId"/> when it is resolved.</summary>
    public string? BodyName { get; set; }
    public long? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly? Date { get; set; }
    public required string Text { get; set; }
    public DecisionOutcome Outcome { get; set; }

    /// <summary>The recommendation points covered ("Ad 1-2)"), comma separated: "1,2".</summary>
    public string? Points { get; set; }
    public List<VoteRecord> Votes { get; set; } = [];
    public List<AbsenceRecord> Absences { get; set; } = [];
}

/// <summary>A vote on a decision: a named person or a whole party group.</summary>
public sealed class VoteRecord
{
    public long Id { get; set; }
    public long DecisionId { get; set; }
    public DecisionRecord Decision { get; set; } = null!;
    public VotePosition Position { get; set; }
    public long? PersonId { get; set; }
    public Person? Person { get; set; }
    public string? Party { get; set; }
}

/// <summary>An absence, under a decision or for the whole meeting, with the substitute and any qualifier.</summary>
public sealed class AbsenceRecord
{
    public long Id { get; set; }
    public long? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public long? DecisionId { get; set; }
    public DecisionRecord? Decision { get; set; }
    public long PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public long? SubstituteId { get; set; }
    public Person? Substitute { get; set; }
    public string? Note { get; set; }
}

/// <summary>One line of an item's competence chain (Beslutningskompetence).</summary>
public sealed class CompetenceStepRecord
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? BodyName { get; set; }
    public CompetenceRole Role { get; set; }
}

/// <summary>An imported file exactly as it was read: never lost, never overwritten.</summary>
public sealed class SourceDocument
{
    public long Id { get; set; }
    public required string FileName { get; set; }

    /// <summary>The SHA-256 of <see cref="Bytes"/>, lower-case hex; unique in the archive.</summary>
    public required string Sha256 { get; set; }
    public required byte[] Bytes { get; set; }
    public long Length { get; set; }
    public DateTime ImportedAt { get; set; }
    public required string ParserVersion { get; set; }
    public string? Encoding { get; set; }
}

/// <summary>
/// Provenance: one version of a meeting's content and the source document it came from. Version 1 is the first
/// import; a corrected document makes version 2 and so on, with a short account of what changed.
/// </summary>
public sealed class MeetingVersion
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    public long SourceDocumentId { get; set; }
    public SourceDocument SourceDocument { get; set; } = null!;
    public int Number { get; set; }
    public DateTime ImportedAt { get; set; }
    public bool IsCurrent { get; set; }
    public required string Changes { get; set; }
}
