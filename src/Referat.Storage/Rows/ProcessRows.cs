using Referat.Domain;

namespace Referat.Storage.Rows;

// The archive's tables of the process: the body, its terms, organizations, persons, memberships, locations. One row
// class per table, named for the table; the domain types they are read into live in Referat.Domain.

/// <summary>A row of the archive: every table has a long id (0 until the row is written).</summary>
public interface IRow
{
    long Id { get; set; }
}

/// <summary>
/// What every OParl 1.1 object carries: an id, <c>created</c> and <c>modified</c> timestamps (UTC) and the
/// <c>deleted</c> flag. Objects are soft-deleted so that the open-data API can report them as deleted.
/// </summary>
public abstract class OParlObject : IRow
{
    public long Id { get; set; }
    public DateTime Created { get; set; }
    public DateTime Modified { get; set; }
    public bool Deleted { get; set; }
}

/// <summary>The municipality (OParl Body), with its publication policy.</summary>
public sealed class BodyRow : OParlObject
{
    public required string Name { get; set; }
    public string? ShortName { get; set; }

    /// <summary>Whether closed items are listed under their titles (<see cref="PublicationPolicy"/>).</summary>
    public ClosedItemTitles ClosedItemTitles { get; set; } = ClosedItemTitles.Published;
    public List<OrganizationRow> Organizations { get; set; } = [];
    public List<PersonRow> Persons { get; set; } = [];
    public List<LegislativeTermRow> LegislativeTerms { get; set; } = [];
}

/// <summary>A valgperiode such as 2026-2029 (OParl LegislativeTerm).</summary>
public sealed class LegislativeTermRow : OParlObject
{
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
}

/// <summary>A committee, the finance committee or the council (OParl Organization).</summary>
public sealed class OrganizationRow : OParlObject
{
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;

    /// <summary>The current name: the name seen last, in its most used spelling.</summary>
    public required string Name { get; set; }

    /// <summary>The key the exact-match resolver uses: see <see cref="Names.Normalise"/>.</summary>
    public required string NormalisedName { get; set; }
    public OrganizationKind Kind { get; set; }
    public List<MembershipRow> Memberships { get; set; } = [];

    /// <summary>Every name and spelling the organization has been seen or stated under, dated.</summary>
    public List<OrganizationNameRow> Names { get; set; } = [];

    /// <summary>Why those names are one organization.</summary>
    public List<OrganizationMergeRow> Merges { get; set; } = [];
    public List<MeetingRow> Meetings { get; set; } = [];
}

/// <summary>A member or substitute, under the spelling shown (OParl Person).</summary>
public sealed class PersonRow : OParlObject
{
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;
    public required string Name { get; set; }
    public required string NormalisedName { get; set; }

    /// <summary>The party letter last seen with the name ("A" in "Anna Holm (A)").</summary>
    public string? Party { get; set; }
    public List<MembershipRow> Memberships { get; set; } = [];

    /// <summary>The spellings the person has been seen under.</summary>
    public List<PersonAliasRow> Aliases { get; set; } = [];

    /// <summary>Why those spellings are one person.</summary>
    public List<PersonMergeRow> Merges { get; set; } = [];
}

/// <summary>A person's seat in an organization in a term (OParl Membership).</summary>
public sealed class MembershipRow : OParlObject
{
    public long PersonId { get; set; }
    public PersonRow Person { get; set; } = null!;
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;
    public MembershipRole Role { get; set; }

    /// <summary>A substitute's place in the order of substitutes (1 is called first); null for other roles.</summary>
    public int? SubstituteOrder { get; set; }

    /// <summary>The party group the person sits for (OParl onBehalfOf, kept as the letter for now).</summary>
    public string? Party { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The term the membership was inferred for (one membership per person, organization, term, role, party).</summary>
    public long? LegislativeTermId { get; set; }
    public LegislativeTermRow? LegislativeTerm { get; set; }

    /// <summary>The first and last meeting the membership was seen at, and at how many lists.</summary>
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
    public int Observations { get; set; }

    /// <summary>Where it was inferred from first: the list (deltagerliste, fravær, stedfortræder), meeting and source.</summary>
    public string? Evidence { get; set; }
}

/// <summary>Where meetings are held (OParl Location).</summary>
public sealed class LocationRow : OParlObject
{
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;
    public required string Description { get; set; }
}
