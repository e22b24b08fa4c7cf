using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Udvalg;

/// <summary>A committee: members (memberships, participants and absentees at its meetings) with roles and parties,
/// substitutes, attendance, and its meetings by year.</summary>
public sealed class DetailModel(ArchiveQueries queries, PortalData data, Referat.Archive.Secretariat.SecretariatQueries secretariat) : PortalPage
{
    public Organization Committee { get; private set; } = null!;
    public List<MemberLine> Memberships { get; private set; } = [];
    public AttendanceReport? Attendance { get; private set; }
    public List<(string Substitute, string For, int Meetings)> Substitutes { get; private set; } = [];
    public List<IGrouping<int, MeetingSummary>> Years { get; private set; } = [];
    public Dictionary<string, long> People { get; private set; } = [];

    /// <summary>The cases an earlier body has recommended to this one, waiting for its next meeting (closed items left out).</summary>
    public IReadOnlyList<Referat.Archive.Secretariat.ForwardPlanEntry> ForwardPlan { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        if (data.Organization(id) is not { } organization)
            return NotFound();
        Committee = organization;
        Memberships = data.Memberships(id);
        try
        {
            Attendance = queries.Attendance(organization.Name);
        }
        catch (QueryException)
        {
            Attendance = null; // a name that fits several committees: the table is left out
        }
        Substitutes = data.Substitutes(id);
        ForwardPlan = secretariat.ForwardPlan(id);
        Years = data.OfCommittee(id).GroupBy(m => m.Date.Year).OrderByDescending(g => g.Key).ToList();
        People = data.PersonIds();
        Title = organization.Name;
        Crumb("Udvalg", "/udvalg");
        Crumb(organization.Name);
        return Page();
    }

    public string? RoleOf(string name) => Memberships.FirstOrDefault(m => m.Name == name)?.Role.DanishName();
}
