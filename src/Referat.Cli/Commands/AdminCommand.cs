using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Referat.Domain;
using Referat.Storage.Rows;
using Referat.Web.Api;
using Referat.Web.Secretariat;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat admin create-user --email E --role administrator|sekretær|medlem [--committee C …] [--person P] [--db DB]</c>:
/// creates a secretariat account, the password read from standard input (one line), so that it never stands in the
/// shell's history or the process list.
/// </summary>
public static class AdminCommand
{
    public static Command Create()
    {
        var admin = new Command("admin", "Administer the secretariat's accounts");
        admin.Subcommands.Add(CreateUser());
        admin.Subcommands.Add(CreateToken());
        return admin;
    }

    private static Command CreateUser()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address (its user name)", Required = true };
        var role = new Option<string>("--role") { Description = "administrator, sekretær (secretary) or medlem (member)", Required = true };
        var committee = new Option<string[]>("--committee") { Description = "A committee the secretary or member works for (repeat for more)", AllowMultipleArgumentsPerToken = true };
        var person = new Option<string?>("--person") { Description = "A member's person in the archive, under whom they sign" };
        var name = new Option<string?>("--name") { Description = "The name shown for the account" };
        var db = ArchiveOption.Create();
        var command = new Command("create-user", "Create an account; the password is read from standard input") { email, role, committee, person, name, db };
        command.SetAction(async (result, cancel) =>
        {
            if (AccountAdmin.ParseRole(result.GetValue(role)!) is not { } parsed)
            {
                Console.Error.WriteLine($"error: unknown role \"{result.GetValue(role)}\": use administrator, sekretær or medlem");
                return 2;
            }
            var password = Console.In.ReadLine()?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                Console.Error.WriteLine("error: no password on standard input (echo \"…\" | referat admin create-user …)");
                return 2;
            }
            return await WithAccounts(result.GetValue(db), async services =>
            {
                var user = await services.GetRequiredService<AccountAdmin>()
                    .CreateAsync(result.GetValue(email)!, parsed, password, result.GetValue(committee) ?? [], result.GetValue(person), result.GetValue(name));
                Console.WriteLine($"Bruger oprettet: {user.Email} ({parsed.DanishName()}), id {user.Id}");
                return 0;
            });
        });
        return command;
    }

    /// <summary><c>referat admin create-token --email E [--name N]</c>: an API token acting as the account; printed once.</summary>
    private static Command CreateToken()
    {
        var email = new Option<string>("--email") { Description = "The account the token acts as", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for (shown in the audit log)", DefaultValueFactory = _ => "ESDH-integration" };
        var db = ArchiveOption.Create();
        var command = new Command("create-token", "Create an API token for /api/v1; it is printed once and stored only as a hash") { email, name, db };
        command.SetAction(async (result, cancel) =>
        {
            return await WithAccounts(result.GetValue(db), async services =>
            {
                var users = services.GetRequiredService<UserManager<AccountUser>>();
                if (await users.FindByEmailAsync(result.GetValue(email)!) is not { } user)
                {
                    Console.Error.WriteLine($"error: no account with the e-mail address {result.GetValue(email)}");
                    return 1;
                }
                var token = await services.GetRequiredService<ApiTokens>().CreateAsync(user, result.GetValue(name)!);
                Console.WriteLine(token);
                Console.Error.WriteLine($"API-nøgle for {user.Email}: brug den som \"Authorization: Bearer {token[..12]}…\"; den vises ikke igen.");
                return 0;
            });
        });
        return command;
    }

    /// <summary>Runs an account command in a scope of the archive's accounts; a refusal or an unreadable archive is exit code 1.</summary>
    private static async Task<int> WithAccounts(string? db, Func<IServiceProvider, Task<int>> run)
    {
        var location = ArchiveOption.Resolve(db);
        try
        {
            await using var services = AccountAdmin.Services(location);
            await using var scope = services.CreateAsyncScope();
            return await run(scope.ServiceProvider);
        }
        catch (AccountException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"error: cannot open the archive {location.Display}: {e.GetBaseException().Message}");
            return 1;
        }
    }
}
