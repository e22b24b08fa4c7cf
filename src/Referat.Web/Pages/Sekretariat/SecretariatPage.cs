using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Referat.Archive.Secretariat;
using Referat.Web.Secretariat;

namespace Referat.Web.Pages.Sekretariat;

/// <summary>
/// A page of the secretariat: its title, the signed-in actor, and the outcome of the last change (shown once, after
/// the redirect that follows every POST). A refused change comes back as the page with its Danish reason.
/// </summary>
public abstract class SecretariatPage : PageModel
{
    public string Title { get; protected set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; protected set; }

    protected Actor Actor => Actors.From(User) ?? throw new SecretariatException("Din konto har ingen rolle i sekretariatet.");

    public Actor? CurrentActor => Actors.From(User);

    /// <summary>Does a change and redirects back with <paramref name="done"/>, or shows the page again with the reason it was refused.</summary>
    protected IActionResult Change(Action change, string done, Func<IActionResult> again) => Change(change, () => done, again);

    /// <summary>The same, with a notice that tells what the change did, and the route values of the page to return to.</summary>
    protected IActionResult Change(Action change, Func<string> done, Func<IActionResult> again, object? route = null)
    {
        try
        {
            change();
            Notice = done();
            return RedirectToPage(route);
        }
        catch (SecretariatException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return again();
        }
    }
}
