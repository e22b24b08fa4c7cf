using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Rows;

namespace Referat.Web.Secretariat;

/// <summary>
/// Creates accounts: <c>referat admin create-user</c> bootstraps the first administrator with it, and tests arrange
/// their users. The role becomes an Identity role, a secretary's or member's committees and a member's person claims;
/// the creation is written to the audit log.
/// </summary>
public sealed class AccountAdmin(UserManager<AccountUser> users, RoleManager<IdentityRole<long>> roles, SecretariatDb secretariat, TimeProvider clock)
{
    /// <summary>A container with the accounts of an archive, for the command line.</summary>
    public static ServiceProvider Services(ArchiveLocation location)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new ArchiveAccess(location));
        services.AddReferatAccounts();
        services.AddScoped<AccountAdmin>();
        services.AddScoped<Api.ApiTokens>();
        return services.BuildServiceProvider();
    }

    /// <summary>"administrator", "sekretær" (or "sekretaer", "secretary"), "medlem" ("member").</summary>
    public static AccountRole? ParseRole(string text) => Names.Normalise(text) switch
    {
        "administrator" or "admin" => AccountRole.Administrator,
        "sekretær" or "sekretaer" or "secretary" => AccountRole.Secretary,
        "medlem" or "member" => AccountRole.Member,
        _ => null,
    };

    public async Task<AccountUser> CreateAsync(string email, AccountRole role, string password, IReadOnlyList<string> committees,
        string? person = null, string? displayName = null, string createdBy = "kommandolinjen")
    {
        var db = secretariat.Db;
        var queries = new ArchiveQueries(db);
        if (role != AccountRole.Administrator && committees.Count == 0)
            throw new AccountException($"En {role.DanishName()} skal have mindst ét udvalg (--committee).");
        var organizations = committees.Select(c => Find(() => queries.FindOrganization(c))).ToList();
        var personRow = person is null ? null : Find(() => queries.FindPerson(person));
        if (role != AccountRole.Member && personRow is not null)
            throw new AccountException("Kun et medlem knyttes til en person (--person).");

        var user = new AccountUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName ?? personRow?.Name };
        Check(await users.CreateAsync(user, password));
        var roleName = role.ToString();
        if (!await roles.RoleExistsAsync(roleName))
            Check(await roles.CreateAsync(new IdentityRole<long>(roleName)));
        Check(await users.AddToRoleAsync(user, roleName));
        var claims = organizations.Select(o => new Claim(AccountClaims.Committee, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (personRow is not null)
            claims.Add(new Claim(AccountClaims.Person, personRow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.DisplayName is { } name)
            claims.Add(new Claim(ClaimTypes.GivenName, name));
        if (claims.Count > 0)
            Check(await users.AddClaimsAsync(user, claims));
        db.AuditEntries.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow().UtcDateTime, UserName = createdBy, Action = "Bruger oprettet", Subject = $"bruger {user.Id} ({user.Email})",
            After = $"{role.DanishName()}; udvalg: {string.Join(", ", organizations.Select(o => o.Name))}" + (personRow is null ? "" : $"; person: {personRow.Name}"),
        });
        await db.SaveChangesAsync();
        return user;
    }

    private static T Find<T>(Func<T> find)
    {
        try
        {
            return find();
        }
        catch (QueryException e)
        {
            throw new AccountException(e.Message);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new AccountException(string.Join(" ", result.Errors.Select(e => Danish(e))));
    }

    /// <summary>Identity's errors in Danish, by their codes.</summary>
    private static string Danish(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "Der findes allerede en bruger med den e-mailadresse.",
        "InvalidEmail" or "InvalidUserName" => "E-mailadressen er ugyldig.",
        "PasswordTooShort" => "Adgangskoden skal have mindst 10 tegn.",
        "PasswordRequiresDigit" => "Adgangskoden skal indeholde mindst ét tal.",
        "PasswordRequiresLower" => "Adgangskoden skal indeholde mindst ét lille bogstav.",
        _ => error.Description,
    };
}

/// <summary>An account that cannot be created as asked, with the reason in Danish.</summary>
public sealed class AccountException(string message) : Exception(message);
