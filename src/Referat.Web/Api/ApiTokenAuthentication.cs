using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Referat.Storage.Rows;

namespace Referat.Web.Api;

/// <summary>
/// <c>Authorization: Bearer rft_…</c>: the call acts as the token's account, with its role and committees, unless the
/// account is locked out. A missing or unknown token is 401 with a Danish problem object; a call beyond the account's
/// rights is 403.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<AccountUser> users, IUserClaimsPrincipalFactory<AccountUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        if (await tokens.UserOfAsync(header["Bearer ".Length..].Trim()) is not { } userId
            || await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user)
            return AuthenticateResult.Fail("ukendt API-nøgle");
        if (await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("kontoen er låst");
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status401Unauthorized, "Kaldet kræver en gyldig API-nøgle (Authorization: Bearer …).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "API-nøglens konto har ikke adgang til dette.");

    private Task Problem(int status, string title)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(new { type = "about:blank", title, status }, options: null, contentType: "application/problem+json");
    }
}
