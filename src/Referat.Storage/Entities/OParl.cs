namespace Referat.Storage.Entities;

/// <summary>
/// What every OParl 1.1 object carries: an id, <c>created</c> and <c>modified</c> timestamps (UTC) and the
/// <c>deleted</c> flag. Objects are soft-deleted so that the open-data API can report them as deleted.
/// </summary>
public abstract class OParlObject
{
    public long Id { get; set; }
    public DateTime Created { get; set; }
    public DateTime Modified { get; set; }
    public bool Deleted { get; set; }
}

/// <summary>OParl Body: the municipality (Kommune).</summary>
public sealed class Body : OParlObject
{
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public List<Organization> Organizations { get; set; } = [];
    public List<Person> Persons { get; set; } = [];
    public List<LegislativeTerm> LegislativeTerms { get; set; } = [];
}

/// <summary>OParl LegislativeTerm: a valgperiode such as 2026-2029.</summary>
public sealed class LegislativeTerm : OParlObject
{
    public long BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
}

public enum OrganizationKind
{
    Committee,
    FinanceCommittee,
    Council,
}

/// <summary>OParl Organization: a committee (udvalg), the finance committee or the council.</summary>
public sealed class Organization : OParlObject
{
    public long BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public required string Name { get; set; }

    /// <summary>The key the exact-match resolver uses: see <see cref="Names.Normalise"/>.</summary>
    public required string NormalisedName { get; set; }
    public OrganizationKind Kind { get; set; }
    public List<Membership> Memberships { get; set; } = [];

    /// <summary>Every name and spelling the organization has been seen or stated under, dated.</summary>
    public List<OrganizationName> Names { get; set; } = [];

    /// <summary>Why those names are one organization.</summary>
    public List<OrganizationMerge> Merges { get; set; } = [];
    public List<Meeting> Meetings { get; set; } = [];
}

/// <summary>OParl Person: a member, named as the minutes name them.</summary>
public sealed class Person : OParlObject
{
    public long BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public required string Name { get; set; }
    public required string NormalisedName { get; set; }

    /// <summary>The party letter last seen with the name ("A" in "Anna Holm (A)").</summary>
    public string? Party { get; set; }
    public List<Membership> Memberships { get; set; } = [];

    /// <summary>The spellings the person has been seen under.</summary>
    public List<PersonAlias> Aliases { get; set; } = [];

    /// <summary>Why those spellings are one person.</summary>
    public List<PersonMerge> Merges { get; set; } = [];
}

/// <summary>OParl Membership: a person's seat in an organization.</summary>
public sealed class Membership : OParlObject
{
    public long PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public long OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public string? Role { get; set; }

    /// <summary>The party group the person sits for (OParl onBehalfOf, kept as the letter for now).</summary>
    public string? Party { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The term the membership was inferred for (one membership per person, organization, term, role, party).</summary>
    public long? LegislativeTermId { get; set; }
    public LegislativeTerm? LegislativeTerm { get; set; }

    /// <summary>The first and last meeting the membership was seen at, and at how many lists.</summary>
    public DateOnly? FirstSeen { get; set; }
    public DateOnly? LastSeen { get; set; }
    public int Observations { get; set; }

    /// <summary>Where it was inferred from first: "deltagerliste", "fravær" or "stedfortræder" with meeting and source.</summary>
    public string? Evidence { get; set; }
}

/// <summary>OParl Location: where a meeting is held (mødested).</summary>
public sealed class Location : OParlObject
{
    public long BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public required string Description { get; set; }
}

/// <summary>OParl Meeting. Identified in the archive by its organization and date.</summary>
public sealed class Meeting : OParlObject
{
    public long OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public long? LocationId { get; set; }
    public Location? Location { get; set; }

    /// <summary>OParl meetingState; imported minutes are "minutes published".</summary>
    public string? MeetingState { get; set; }
    public bool Cancelled { get; set; }
    public string? LegislativeTermName { get; set; }
    public List<MeetingParticipant> Participants { get; set; } = [];
    public List<AgendaItem> AgendaItems { get; set; } = [];
    public List<MeetingVersion> Versions { get; set; } = [];

    /// <summary>Absences stated for the whole meeting (not under a decision).</summary>
    public List<AbsenceRecord> Absences { get; set; } = [];
}

/// <summary>OParl Meeting.participant: a person listed as taking part.</summary>
public sealed class MeetingParticipant
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    public long PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public string? Party { get; set; }
    public int Order { get; set; }
}

/// <summary>OParl AgendaItem: an item (punkt) as treated at one meeting.</summary>
public sealed class AgendaItem : OParlObject
{
    public long MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;

    /// <summary>The number as printed ("3", "8a").</summary>
    public required string Number { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }

    /// <summary>The type tags after the title, joined with "; " (Beslutning; Orientering).</summary>
    public string? Types { get; set; }
    public bool Public { get; set; } = true;
    public string? CaseNumber { get; set; }

    /// <summary>The decision outcome of the last decision, as OParl's free-text result.</summary>
    public string? Result { get; set; }
    public List<ItemSection> Sections { get; set; } = [];
    public List<DecisionRecord> Decisions { get; set; } = [];
    public List<CompetenceStepRecord> CompetenceSteps { get; set; } = [];
    public List<FileRecord> Files { get; set; } = [];
    public List<Consultation> Consultations { get; set; } = [];
}

/// <summary>OParl Paper: a case (sag), identified by its case number (OParl reference).</summary>
public sealed class Paper : OParlObject
{
    public long BodyId { get; set; }
    public Body Body { get; set; } = null!;

    /// <summary>The case number as printed, "00.01.00-A30-10-25".</summary>
    public required string Reference { get; set; }
    public required string Name { get; set; }
    public string? KleSubject { get; set; }
    public string? Facet { get; set; }
    public int? Serial { get; set; }
    public int? Year { get; set; }
    public List<Consultation> Consultations { get; set; } = [];
}

/// <summary>
/// OParl Consultation: a case treated by an organization at a meeting under an agenda item, in a role from
/// the competence chain (recommend, decide, inform); authoritative when the organization decides.
/// </summary>
public sealed class Consultation : OParlObject
{
    public long PaperId { get; set; }
    public Paper Paper { get; set; } = null!;

    /// <summary>The meeting of the treatment; null when it is known only from the decision history printed in later
    /// minutes (the body's own minutes are not in the archive).</summary>
    public long? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>When the body treated the case.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The item that records the treatment: the meeting's own item, or the later item that prints the history.</summary>
    public long AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public long OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public string? Role { get; set; }
    public bool Authoritative { get; set; }
}

/// <summary>OParl File: an attachment (bilag) of an item; for now by title, the content when we have it.</summary>
public sealed class FileRecord : OParlObject
{
    public long AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public required string Name { get; set; }
    public string? FileName { get; set; }
    public string? MimeType { get; set; }
    public byte[]? Data { get; set; }
    public int Order { get; set; }
}
