using System.Globalization;
using System.Security.Claims;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Web.Secretariat;

/// <summary>The <see cref="Actor"/> a signed-in principal is: its id, role (an Identity role named after <see cref="AccountRole"/>) and claims.</summary>
public static class Actors
{
    public static Actor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || !long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id))
            return null;
        var role = Enum.GetValues<AccountRole>().Cast<AccountRole?>().FirstOrDefault(r => user.IsInRole(r!.Value.ToString()));
        if (role is null)
            return null;
        var committees = user.FindAll(AccountClaims.Committee).Select(c => long.Parse(c.Value, CultureInfo.InvariantCulture)).ToHashSet();
        long? person = long.TryParse(user.FindFirstValue(AccountClaims.Person), CultureInfo.InvariantCulture, out var p) ? p : null;
        return new Actor(id, user.Identity.Name ?? "", role.Value, committees, person, user.FindFirstValue(ClaimTypes.GivenName));
    }
}
