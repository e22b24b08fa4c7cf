using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Personer;

/// <summary>A person (by id or by the search index's slug): memberships per term, attendance, votes.</summary>
public sealed class DetailModel(ArchiveQueries queries, PortalData data) : PortalPage
{
    public long Id { get; private set; }
    public PersonView Person { get; private set; } = null!;
    public List<VoteLine> Votes { get; private set; } = [];
    public Dictionary<(string Committee, DateOnly Date), long> Meetings { get; private set; } = [];
    public Dictionary<string, long> Committees { get; private set; } = [];

    /// <summary>Per term (newest first): the committees the person attended, with role, party and meetings.</summary>
    public List<(string Term, List<(string Committee, string Role, string? Party, int Meetings, DateOnly First, DateOnly Last)> Rows)> Terms { get; private set; } = [];
    public List<MembershipView> WithoutMeetings { get; private set; } = [];

    public IActionResult OnGet(string key)
    {
        if (data.FindPerson(key) is not { } person)
            return NotFound();
        if (!long.TryParse(key, out _))
            return RedirectPermanent(Links.Person(person.Id));
        if (queries.GetPerson(person.Id) is not { } view)
            return NotFound();
        Id = person.Id;
        Person = view;
        Votes = data.Votes(person.Id);
        Meetings = data.MeetingIds();
        Committees = data.OrganizationIds();
        static string TermOf(DateOnly date) => LegislativeTerm.Containing(date).ToString();
        Terms = view.Meetings.GroupBy(m => TermOf(m.Date)).OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.GroupBy(m => m.Committee).Select(c =>
            {
                var membership = view.Memberships.FirstOrDefault(v => v.Organization == c.Key);
                var asMember = c.Any(m => m.Status != AttendanceStatus.Substitute);
                return (c.Key, (asMember ? membership?.Role ?? MembershipRole.Member : MembershipRole.Substitute).DanishName(), membership?.Party ?? view.Party, c.Count(),
                    c.Min(m => m.Date), c.Max(m => m.Date));
            }).OrderBy(r => r.Key, StringComparer.Create(Danish.Culture, false)).ToList()))
            .ToList();
        WithoutMeetings = view.Memberships.Where(m => m.FirstMeeting is null).ToList();
        Title = view.Party is null ? view.Name : $"{view.Name} ({view.Party})";
        Crumb("Personer");
        Crumb(view.Name);
        return Page();
    }
}
