using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Reading;

/// <summary>The archive's process rows as the domain's records: the one mapping from a row to its domain type.</summary>
public static class StoredRecords
{
    public static Organization Organization(OrganizationRow row) => new(
        row.Id, row.Name, row.Kind,
        row.Names.OrderBy(n => n.FirstSeen is null).ThenBy(n => n.FirstSeen).ThenBy(n => n.Id)
            .Select(n => new OrganizationName(n.Name, n.FirstSeen, n.LastSeen, n.ValidFrom, n.ValidTo, n.Occurrences)).ToValueList());

    public static Person Person(PersonRow row) => new(
        row.Id, row.Name, row.Party, row.Aliases.Select(a => a.Spelling).Where(a => a != row.Name).Distinct().Order(StringComparer.Ordinal).ToValueList());

    public static Membership Membership(MembershipRow row) => new(
        row.Id, row.PersonId, row.OrganizationId, row.Role, row.Role == MembershipRole.Substitute ? row.SubstituteOrder : null, row.Party,
        row.LegislativeTerm is { } term && LegislativeTerm.TryParse(term.Name, out var t) ? t : null,
        row.StartDate ?? row.FirstSeen, row.EndDate ?? row.LastSeen);

    public static Case Case(PaperRow row) => new(row.Id, CaseNumber.From(row.Reference) ?? throw new InvalidOperationException($"case {row.Id} has no case number"), row.Name);

    public static Consultation Consultation(ConsultationRow row) =>
        new(row.Id, row.PaperId, row.OrganizationId, row.MeetingId, row.AgendaItemId, row.Date, row.Role);

    public static Body Body(BodyRow row) => new(row.Id, row.Name, row.ShortName, new PublicationPolicy(row.ClosedItemTitles));

    /// <summary>The archive's meeting as the domain has it (with its versions loaded for the version number).</summary>
    public static Meeting Meeting(MeetingRow row) => new(
        row.Id, row.OrganizationId, row.Committee, row.Date, row.StartTime, row.EndTime, row.LocationText,
        LegislativeTerm.TryParse(row.LegislativeTermName ?? "", out var term) ? term : LegislativeTerm.Containing(row.Date), row.State,
        row.Versions.Where(v => v.IsCurrent).Select(v => v.Number).DefaultIfEmpty(row.Versions.Count).Max());
}
