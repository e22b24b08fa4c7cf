namespace Referat.Domain;

/// <summary>A case (sag, OParl Paper), identified by its case number, under the title it was first treated with.</summary>
public sealed record Case(long Id, CaseNumber Number, string Title);

/// <summary>
/// A case treated by an organization (OParl Consultation): at a meeting under an item, in the role the competence chain
/// gives that body. Known without a meeting when only a later item's decision history records it.
/// </summary>
public sealed record Consultation(long Id, long CaseId, long OrganizationId, long? MeetingId, long AgendaItemId, DateOnly? Date, CompetenceRole Role)
{
    /// <summary>The consultation that decides the case: the body with competence.</summary>
    public bool Authoritative => Role == CompetenceRole.Decides;
}
