using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Referat.Storage.Rows;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Referat.Web.Pages.Sekretariat;

public sealed class LogIndModel(SignInManager<AccountUser> signIn) : SecretariatPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Email { get; private set; }

    public void OnGet() => Title = "Log ind";

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        Title = "Log ind";
        Email = email;
        var result = string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/sekretariat", StringComparison.Ordinal) ? ReturnUrl : "/sekretariat");
        Problem = result.IsLockedOut
            ? "Kontoen er låst i 15 minutter efter for mange forkerte forsøg."
            : "Forkert e-mail eller adgangskode.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
