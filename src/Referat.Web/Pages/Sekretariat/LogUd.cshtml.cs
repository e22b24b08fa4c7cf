using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Referat.Storage.Rows;

namespace Referat.Web.Pages.Sekretariat;

public sealed class LogUdModel(SignInManager<AccountUser> signIn) : SecretariatPage
{
    public IActionResult OnGet() => RedirectToPage("/Sekretariat/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Notice = "Du er logget ud.";
        return RedirectToPage("/Sekretariat/LogInd");
    }
}
