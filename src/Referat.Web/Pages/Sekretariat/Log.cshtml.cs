using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

public sealed class LogModel(SecretariatQueries queries) : SecretariatPage
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IActionResult OnGet()
    {
        Title = "Ændringslog";
        if (CurrentActor?.Role != AccountRole.Administrator)
            return RedirectToPage("/Sekretariat/IngenAdgang");
        Entries = queries.Audit(Actor);
        return Page();
    }
}
