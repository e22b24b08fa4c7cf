using Microsoft.AspNetCore.Http;
namespace Referat.Web.Pages.Sekretariat;

public sealed class IngenAdgangModel : SecretariatPage
{
    public void OnGet()
    {
        Title = "Ingen adgang";
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
