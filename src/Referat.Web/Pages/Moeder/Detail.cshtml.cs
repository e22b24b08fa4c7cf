using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Moeder;

/// <summary>One meeting: header, participants and absentees, table of contents, every item with its content, as published.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MeetingPageCache.Policy)]
public sealed class DetailModel(ArchiveQueries queries, PortalData data, PolicySource policy) : PortalPage
{
    public MeetingView Meeting { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        if (data.MeetingVersion(id) is not { } version)
            return NotFound();
        if (HttpCaching.NotModified(HttpContext, HttpCaching.MeetingTag("moede", id, version.Version, version.Modified, policy.Tag)))
            return StatusCode(StatusCodes.Status304NotModified);
        if (queries.GetMeeting(id) is not { } meeting)
            return NotFound();
        Meeting = meeting;
        Title = $"{meeting.Committee}, {Danish.Date(meeting.Date)}";
        Crumb("Udvalg", "/udvalg");
        Crumb(meeting.Committee, Links.Committee(meeting.Meeting.OrganizationId));
        Crumb($"Møde {Danish.Date(meeting.Date)}");
        return Page();
    }

    /// <summary>The item's files the portal lists, in order.</summary>
    public IEnumerable<FileLink> FilesOf(Referat.Domain.AgendaItem item) => Meeting.Files.Where(f => f.ItemOrder == item.Order);
}
