using Referat.Domain;

namespace Referat.Storage.Rows;

// The archive's tables of meetings and their minutes. Every part of a MinutesDocument has a home here, so that the
// archive gives back exactly what was imported (Reading/StoredMinutes): names as printed beside the persons they
// resolve to, section blocks as blocks, lists and enums as such.

/// <summary>A meeting (OParl Meeting), identified in the archive by its organization and date.</summary>
public sealed class MeetingRow : OParlObject
{
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;

    /// <summary>OParl's name: the committee as printed and the date, "Økonomiudvalget 2026-03-09".</summary>
    public required string Name { get; set; }

    /// <summary>The committee's name as printed in the meeting's own header (the organization's may have changed since).</summary>
    public required string Committee { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public long? LocationId { get; set; }
    public LocationRow? Location { get; set; }

    /// <summary>The meeting place as printed (the location it resolves to has it tidied).</summary>
    public string? LocationText { get; set; }

    public MeetingState State { get; set; }

    /// <summary>The legislative term as printed in the minutes; null when they print none.</summary>
    public string? LegislativeTermName { get; set; }
    public List<MeetingParticipantRow> Participants { get; set; } = [];
    public List<AgendaItemRow> AgendaItems { get; set; } = [];
    public List<MeetingVersionRow> Versions { get; set; } = [];

    /// <summary>Absences stated for the whole meeting (not under a decision).</summary>
    public List<AbsenceRow> Absences { get; set; } = [];
}

/// <summary>A person listed as taking part (OParl Meeting.participant), under the spelling printed.</summary>
public sealed class MeetingParticipantRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;
    public long PersonId { get; set; }
    public PersonRow Person { get; set; } = null!;
    public required string Name { get; set; }
    public string? Party { get; set; }
    public int Order { get; set; }
}

/// <summary>An item (punkt) as treated at one meeting (OParl AgendaItem).</summary>
public sealed class AgendaItemRow : OParlObject
{
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;

    /// <summary>The number as printed ("3", "8a").</summary>
    public required string Number { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }

    /// <summary>The type tags after the title (Beslutning, Orientering …).</summary>
    public List<string> Types { get; set; } = [];
    public bool Public { get; set; } = true;
    public string? CaseNumber { get; set; }

    /// <summary>The outcome of the meeting's own decision (else the last one), OParl's result.</summary>
    public DecisionOutcome? Result { get; set; }
    public List<ItemSectionRow> Sections { get; set; } = [];
    public List<DecisionRow> Decisions { get; set; } = [];
    public List<CompetenceStepRow> CompetenceSteps { get; set; } = [];
    public List<FileRow> Files { get; set; } = [];
    public List<ConsultationRow> Consultations { get; set; } = [];
}

/// <summary>A named part of an item (Resume, Indstilling …) with its blocks: paragraphs, lists, tables.</summary>
public sealed class ItemSectionRow : IRow
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItemRow AgendaItem { get; set; } = null!;
    public int Order { get; set; }
    public required string Heading { get; set; }
    public SectionKind Kind { get; set; }
    public List<Block> Blocks { get; set; } = [];
}

/// <summary>A body's decision on an item (Beslutning).</summary>
public sealed class DecisionRow : IRow
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItemRow AgendaItem { get; set; } = null!;
    public int Order { get; set; }

    /// <summary>The deciding body as printed; <see cref="OrganizationId"/> when it is resolved.</summary>
    public string? BodyName { get; set; }
    public long? OrganizationId { get; set; }
    public OrganizationRow? Organization { get; set; }
    public DateOnly? Date { get; set; }
    public required string Text { get; set; }
    public DecisionOutcome Outcome { get; set; }

    /// <summary>The recommendation points covered ("Ad 1-2)").</summary>
    public List<int> Points { get; set; } = [];

    /// <summary>The meeting's own decision (<see cref="Decision.IsOwnDecisionOf"/>), not the history repeated under the item.</summary>
    public bool IsOwn { get; set; }
    public List<VoteRow> Votes { get; set; } = [];
    public List<AbsenceRow> Absences { get; set; } = [];
}

/// <summary>A vote on a decision: a named person (as printed) or a whole party group.</summary>
public sealed class VoteRow : IRow
{
    public long Id { get; set; }
    public long DecisionId { get; set; }
    public DecisionRow Decision { get; set; } = null!;
    public int Order { get; set; }
    public VotePosition Position { get; set; }
    public long? PersonId { get; set; }
    public PersonRow? Person { get; set; }

    /// <summary>The member as printed, with the party printed beside the name.</summary>
    public string? Name { get; set; }
    public string? MemberParty { get; set; }

    /// <summary>The party group voting (or the member's party).</summary>
    public string? Party { get; set; }
}

/// <summary>An absence, under a decision or for the whole meeting, with the substitute and any qualifier, as printed.</summary>
public sealed class AbsenceRow : IRow
{
    public long Id { get; set; }
    public long? MeetingId { get; set; }
    public MeetingRow? Meeting { get; set; }
    public long? DecisionId { get; set; }
    public DecisionRow? Decision { get; set; }
    public int Order { get; set; }
    public long PersonId { get; set; }
    public PersonRow Person { get; set; } = null!;
    public required string Name { get; set; }
    public string? Party { get; set; }
    public long? SubstituteId { get; set; }
    public PersonRow? Substitute { get; set; }
    public string? SubstituteName { get; set; }
    public string? SubstituteParty { get; set; }
    public string? Note { get; set; }
}

/// <summary>One line of an item's competence chain (Beslutningskompetence).</summary>
public sealed class CompetenceStepRow : IRow
{
    public long Id { get; set; }
    public long AgendaItemId { get; set; }
    public AgendaItemRow AgendaItem { get; set; } = null!;
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? BodyName { get; set; }
    public CompetenceRole Role { get; set; }
}

/// <summary>An attachment (bilag) of an item (OParl File): its title, and the file when the archive has it.</summary>
public sealed class FileRow : OParlObject
{
    public long AgendaItemId { get; set; }
    public AgendaItemRow AgendaItem { get; set; } = null!;
    public required string Name { get; set; }
    public string? FileName { get; set; }
    public string? MimeType { get; set; }
    public byte[]? Data { get; set; }
    public int Order { get; set; }
}

/// <summary>A case (sag, OParl Paper), identified by its case number (OParl reference).</summary>
public sealed class PaperRow : OParlObject
{
    public long BodyId { get; set; }
    public BodyRow Body { get; set; } = null!;

    /// <summary>The case number as printed, "00.01.00-A30-10-25".</summary>
    public required string Reference { get; set; }
    public required string Name { get; set; }
    public string? KleSubject { get; set; }
    public string? Facet { get; set; }
    public int? Serial { get; set; }
    public int? Year { get; set; }
    public List<ConsultationRow> Consultations { get; set; } = [];
}

/// <summary>
/// A case treated by an organization (OParl Consultation): at a meeting under an agenda item, in a role from the
/// competence chain; authoritative when the organization decides.
/// </summary>
public sealed class ConsultationRow : OParlObject
{
    public long PaperId { get; set; }
    public PaperRow Paper { get; set; } = null!;

    /// <summary>The meeting of the treatment; null when it is known only from the decision history printed in later
    /// minutes (the body's own minutes are not in the archive).</summary>
    public long? MeetingId { get; set; }
    public MeetingRow? Meeting { get; set; }

    /// <summary>When the body treated the case.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The item that records the treatment: the meeting's own item, or the later item that prints the history.</summary>
    public long AgendaItemId { get; set; }
    public AgendaItemRow AgendaItem { get; set; } = null!;
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;
    public CompetenceRole Role { get; set; }
    public bool Authoritative { get; set; }
}

/// <summary>An imported file exactly as it was read: never lost, never overwritten.</summary>
public sealed class SourceDocumentRow : IRow
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

    /// <summary>
    /// The fields the parser read with low confidence, each described with its lines, confidence and reason
    /// ("meeting.location (linje 16, 0,60): en linje der ligner et sted, ved hovedets dato"). Empty when the reading
    /// was sure throughout; the portal marks a meeting whose current version was read uncertainly.
    /// </summary>
    public List<string> Uncertain { get; set; } = [];
}

/// <summary>
/// Provenance: one version of a meeting's content and the source document it came from. Version 1 is the first
/// import; a corrected document makes version 2 and so on, with a short account of what changed. The parts of the
/// document that are not items (its table of contents and attachments part) belong to the version.
/// </summary>
public sealed class MeetingVersionRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;
    public long SourceDocumentId { get; set; }
    public SourceDocumentRow SourceDocument { get; set; } = null!;
    public int Number { get; set; }
    public DateTime ImportedAt { get; set; }
    public bool IsCurrent { get; set; }
    public required string Changes { get; set; }
    public List<TocEntry> TableOfContents { get; set; } = [];
    public List<AttachedDocument> AttachmentsPart { get; set; } = [];
}
