using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

public sealed class IndexModel(SecretariatQueries queries, SecretariatService service, TimeProvider clock) : SecretariatPage
{
    public IReadOnlyList<SecretariatMeeting> Meetings { get; private set; } = [];
    public IReadOnlyList<CommitteeChoice> Committees { get; private set; } = [];
    public DateOnly From { get; private set; }
    public bool CanPrepare => CurrentActor?.Role is AccountRole.Administrator or AccountRole.Secretary;

    public IActionResult OnGet()
    {
        Load();
        return Page();
    }

    public IActionResult OnPostCreate(long organizationId, DateOnly date, TimeOnly start, TimeOnly? end, string? location)
    {
        long id = 0;
        var result = Change(() => id = service.CreateMeeting(Actor, organizationId, date, start, end, location ?? ""), "Mødet er oprettet.", () => { Load(); return Page(); });
        return id > 0 ? RedirectToPage("/Sekretariat/Moede", new { id }) : result;
    }

    private void Load()
    {
        Title = "Møder";
        From = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(-60);
        Meetings = queries.Meetings(Actor, From);
        Committees = queries.Committees(Actor);
    }
}
