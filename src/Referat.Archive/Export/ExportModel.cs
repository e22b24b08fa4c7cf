using Referat.Domain;

namespace Referat.Archive.Export;

// The export's own model (JSON): what the archive knows, as plain records. A closed item carries its id, number,
// order, title and public = false, nothing else: every other property is null and left out.

public sealed record ExportPerson(long Id, string Name, string? Party, IReadOnlyList<ExportMembership> Memberships);

public sealed record ExportMembership(long Id, long OrganizationId, string Organization, string? Role, string? Party, DateOnly? StartDate, DateOnly? EndDate);

public sealed record ExportOrganization(long Id, long BodyId, string Body, string Name, string Kind);

public sealed record ExportParticipant(long PersonId, string Name, string? Party);

public sealed record ExportAbsence(long Id, long PersonId, string Person, long? SubstituteId, string? Substitute, string? Note);

public sealed record ExportVote(long Id, string Position, long? PersonId, string? Person, string? Party);

public sealed record ExportDecision(
    long Id, int Order, string? Body, long? OrganizationId, DateOnly? Date, string Text, string Outcome, IReadOnlyList<string>? Points,
    IReadOnlyList<ExportVote> Votes, IReadOnlyList<ExportAbsence> Absences);

public sealed record ExportSection(string Heading, string Kind, string Text);

public sealed record ExportCompetenceStep(string Text, string? Body, string Role);

public sealed record ExportAttachment(long Id, string Name, string? FileName, string? MimeType, bool Available);

public sealed record ExportItem(
    long Id, string Number, int Order, string Title, bool Public,
    IReadOnlyList<string>? Types = null, string? CaseNumber = null, string? Result = null,
    IReadOnlyList<ExportSection>? Sections = null, IReadOnlyList<ExportCompetenceStep>? Competence = null,
    IReadOnlyList<ExportDecision>? Decisions = null, IReadOnlyList<ExportAttachment>? Attachments = null);

public sealed record ExportMeeting(
    long Id, long OrganizationId, string Committee, string Name, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Location,
    string? LegislativeTerm, string? MeetingState, bool Cancelled, int? Version, DateTime Created, DateTime Modified,
    IReadOnlyList<ExportParticipant> Participants, IReadOnlyList<ExportAbsence> Absences, IReadOnlyList<ExportItem> Items);

public sealed record ExportConsultation(long Id, long CaseId, long? MeetingId, long ItemId, long OrganizationId, string? Role, bool Authoritative);

public sealed record ExportCase(
    long Id, string Reference, string Title, string? KleSubject, string? Facet, int? Serial, int? Year,
    IReadOnlyList<ExportConsultation> Consultations);

/// <summary>How the export treats closed items: their title as the municipality decides, or "Lukket punkt".</summary>
public sealed record ExportOptions
{
    public bool ShowClosedItemTitles { get; init; } = true;
}

/// <summary>What one export wrote: the files and the number of records in each.</summary>
public sealed record ExportResult(IReadOnlyList<(string File, int Records)> Files);

internal static class ExportNames
{
    public static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Role(CompetenceRole role) => role switch
    {
        CompetenceRole.Recommends => "recommend",
        CompetenceRole.Decides => "decide",
        CompetenceRole.IsInformed => "inform",
        _ => Camel(role),
    };
}
