using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

public sealed class KalenderModel(SecretariatQueries queries, SecretariatService service, TimeProvider clock) : SecretariatPage
{
    [BindProperty(SupportsGet = true, Name = "aar")]
    public int Year { get; set; }

    public IReadOnlyList<(PlannedMeeting Planned, bool Exists)> Planned { get; private set; } = [];

    public void OnGet() => Load();

    public IActionResult OnPostCreate()
    {
        Load();
        var created = 0;
        return Change(() => created = service.CreateFromCalendar(Actor, Year).Count,
            () => created == 1 ? "Der er oprettet 1 møde." : $"Der er oprettet {created} møder.", Page, new { aar = Year });
    }

    private void Load()
    {
        if (Year is < 2000 or > 2200)
            Year = clock.GetLocalNow().Year + (clock.GetLocalNow().Month >= 10 ? 1 : 0);
        Title = $"Mødekalender {Year}";
        Planned = queries.Calendar(Actor, Year);
    }
}
