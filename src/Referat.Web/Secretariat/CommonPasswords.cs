using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Referat.Storage.Rows;

namespace Referat.Web.Secretariat;

/// <summary>
/// Refuses a password that is common: on the list (<c>common-passwords.txt</c>), one of its words with digits and
/// signs around it ("Velkommen2025!", "2024sommer"), the same character repeated, or built on the account's own e-mail
/// name. Identity's own rules (length 10 and more) come first.
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<AccountUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AccountUser> manager, AccountUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "", user.Email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Adgangskoden er for almindelig: den står på listen over ofte brugte adgangskoder eller bygger på et ord derfra eller på e-mailadressen. Vælg flere ord, der ikke hører sammen.",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password, string? email = null)
    {
        var lower = password.Trim().ToLower(CultureInfo.GetCultureInfo("da-DK"));
        if (lower.Length == 0 || lower.Distinct().Count() <= 2)
            return true;
        var core = lower.Trim("0123456789!?.,-_#@*+&%$ ".ToCharArray());
        if (List.Value.Contains(lower) || core.Length == 0 || List.Value.Contains(core))
            return true;
        var name = email?.Split('@')[0].ToLower(CultureInfo.InvariantCulture);
        return name is { Length: >= 3 } && core.Replace(".", "").Contains(name.Replace(".", ""), StringComparison.Ordinal);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Referat.Web.Secretariat.common-passwords.txt")
            ?? throw new InvalidOperationException("the list of common passwords is not embedded");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#'))
                words.Add(line.Trim());
        return words;
    }
}
