using Referat.Domain;

namespace Referat.Storage.Rows;

/// <summary>
/// A spelling under which a person has been seen ("Anne Holmm"), with the party printed beside it, how often
/// and when it was seen (meeting dates) and where first. The person's shown name is chosen from these.
/// </summary>
public sealed class PersonAliasRow : IRow
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public PersonRow Person { get; set; } = null!;
    public required string Spelling { get; set; }

    /// <summary><see cref="Names.Normalise"/> of the spelling: the exact-match key.</summary>
    public required string NormalisedSpelling { get; set; }
    public string? Party { get; set; }
    public int Occurrences { get; set; }

    /// <summary>Seen in a meeting's participant list (Mødedeltagere), the most careful spelling in the minutes.</summary>
    public bool InParticipantList { get; set; }
    public DateOnly FirstSeen { get; set; }
    public DateOnly LastSeen { get; set; }

    /// <summary>Where the spelling was first seen: source document, meeting, item and list.</summary>
    public required string FirstSeenWhere { get; set; }
}

/// <summary>
/// Why a spelling was attached to a person: the rule, the evidence (both spellings and where each was seen) and the
/// rule's confidence (0–1).
/// </summary>
public sealed class PersonMergeRow : IRow
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public PersonRow Person { get; set; } = null!;
    public required string Rule { get; set; }
    public required string Spelling { get; set; }
    public required string MatchedSpelling { get; set; }
    public required string Evidence { get; set; }
    public double Confidence { get; set; }
    public DateTime Created { get; set; }
}

/// <summary>
/// A name an organization has had or has been written with, dated by the meetings it was seen at (FirstSeen/LastSeen)
/// and the legislative terms those fall in (ValidFrom/ValidTo); names known only from a statement in the minutes have
/// no dates.
/// </summary>
public sealed class OrganizationNameRow : IRow
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;
    public required string Name { get; set; }
    public required string NormalisedName { get; set; }

    /// <summary>The variant key (<see cref="CommitteeNames.Key"/>): hyphens, "og", linking -s and the
    /// definite ending normalised.</summary>
    public required string Key { get; set; }

    /// <summary>The subject words as a sorted set (<see cref="CommitteeNames.WordSet"/>).</summary>
    public required string WordSet { get; set; }
    public int Occurrences { get; set; }
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>Where the name was first met: a meeting header, a decision line or a statement in an item's text.</summary>
    public required string FirstSeenWhere { get; set; }
}

/// <summary>Why two organization names are one organization: rule, the two names, evidence and confidence.</summary>
public sealed class OrganizationMergeRow : IRow
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;
    public required string Rule { get; set; }

    /// <summary>The earlier (or the existing) name.</summary>
    public required string FromName { get; set; }

    /// <summary>The later (or the new) name.</summary>
    public required string ToName { get; set; }
    public required string Evidence { get; set; }
    public double Confidence { get; set; }
    public DateTime Created { get; set; }
}

/// <summary>
/// A pair the resolver would not decide alone: similar names that may or may not be the same person or committee.
/// Kept for a person to review; nothing is merged.
/// </summary>
public sealed class ResolutionReviewRow : IRow
{
    public long Id { get; set; }
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;

    public ReviewKind Kind { get; set; }
    public required string Rule { get; set; }
    public required string LeftName { get; set; }
    public required string RightName { get; set; }

    /// <summary>Why the pair was not merged ("optræder i samme deltagerliste; forskelligt parti").</summary>
    public required string Reason { get; set; }
    public required string Evidence { get; set; }
    public double Confidence { get; set; }
    public DateTime Created { get; set; }
}

/// <summary>What a review pair is about.</summary>
public enum ReviewKind
{
    Person,
    Organization,
}
