using Microsoft.AspNetCore.Http;

namespace Referat.Web.Portal;

/// <summary>
/// The answer for an attachment whose file is kept from the public while the secretariat reviews personal data found
/// in it (or has confirmed a redaction): 451 Unavailable For Legal Reasons, with a page that says so in Danish.
/// </summary>
public static class WithheldFile
{
    public static IResult Result(string title) => Results.Content(ReferatWeb.Page($"Bilag: {title}", $"""
        <h1>{System.Net.WebUtility.HtmlEncode(title)}</h1>
        <p>Bilaget kan ikke hentes: det indeholder oplysninger, som sekretariatet skal gennemgå af hensyn til persondata, før filen kan offentliggøres.</p>
        <p><a href="/">Til forsiden</a></p>
        """), "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status451UnavailableForLegalReasons);
}
