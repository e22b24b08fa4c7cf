using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Sager;

/// <summary>A case (by paper id or case number): its way through the bodies and the bodies still to come.</summary>
public sealed class DetailModel(ArchiveQueries queries, PortalData data) : PortalPage
{
    public CaseView Case { get; private set; } = null!;
    public Dictionary<(string Committee, DateOnly Date), long> Meetings { get; private set; } = [];

    public IActionResult OnGet(string key)
    {
        if (data.FindCase(key) is not { } reference || queries.GetCase(reference) is not { } view)
            return NotFound();
        Case = view;
        Meetings = data.MeetingIds();
        Title = $"Sag {view.Reference}";
        Crumb("Sager");
        Crumb(view.Reference);
        return Page();
    }
}
