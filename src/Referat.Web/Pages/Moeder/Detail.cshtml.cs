using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Web.Portal;
using Entities = Referat.Storage.Entities;

namespace Referat.Web.Pages.Moeder;

/// <summary>One meeting: header, participants and absentees, table of contents, every item with its content.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MeetingPageCache.Policy)]
public sealed class DetailModel(ArchiveQueries queries, PortalData data, WebOptions options) : PortalPage
{
    public long Id { get; private set; }
    public MeetingView Meeting { get; private set; } = null!;
    public long CommitteeId { get; private set; }
    public Dictionary<string, long> People { get; private set; } = [];

    /// <summary>The stored public items by order: sections, competence, votes and files (closed items are not here).</summary>
    public Dictionary<int, Entities.AgendaItem> ItemContent { get; private set; } = [];
    public bool ShowClosedTitles => options.ShowClosedItemTitles;

    public IActionResult OnGet(long id)
    {
        if (data.MeetingVersion(id) is not { } version)
            return NotFound();
        if (HttpCaching.NotModified(HttpContext, HttpCaching.MeetingTag("moede", id, version.Version, version.Modified, options.ShowClosedItemTitles)))
            return StatusCode(StatusCodes.Status304NotModified);
        var meeting = queries.GetMeeting(id);
        var content = data.MeetingWithContent(id);
        if (meeting is null || content is null)
            return NotFound();
        Id = id;
        Meeting = meeting;
        CommitteeId = content.OrganizationId;
        ItemContent = content.AgendaItems.Where(i => i.Public && !i.Deleted).GroupBy(i => i.Order).ToDictionary(g => g.Key, g => g.First());
        People = data.PersonIds();
        Title = $"{meeting.Committee}, {Danish.Date(meeting.Date)}";
        Crumb("Udvalg", "/udvalg");
        Crumb(meeting.Committee, Links.Committee(CommitteeId));
        Crumb($"Møde {Danish.Date(meeting.Date)}");
        return Page();
    }

    public string ItemTitle(ItemView item) => item.Public ? item.Title : PublicMinutes.ClosedItemTitle(item.Title, options.ShowClosedItemTitles);
}
