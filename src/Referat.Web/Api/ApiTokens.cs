using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Referat.Storage.Rows;
using Referat.Web.Secretariat;

namespace Referat.Web.Api;

/// <summary>
/// API tokens: "rft_" and 32 random bytes (base64url). Only the SHA-256 is stored; the token itself is shown once,
/// when <c>referat admin create-token</c> makes it.
/// </summary>
public sealed class ApiTokens(SecretariatDb secretariat, TimeProvider clock)
{
    public const string Marker = "rft_";

    public async Task<string> CreateAsync(AccountUser user, string name)
    {
        var token = Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var db = secretariat.Db;
        db.ApiTokens.Add(new ApiTokenRow { UserId = user.Id, Name = name, Prefix = token[..12], Sha256 = Hash(token), Created = clock.GetUtcNow().UtcDateTime });
        db.AuditEntries.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow().UtcDateTime, UserName = "kommandolinjen", Action = "API-nøgle oprettet",
            Subject = $"bruger {user.Id} ({user.Email})", After = $"{name} ({token[..12]}…)",
        });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The account a token belongs to, when the token is known and not revoked; its use is noted.</summary>
    public async Task<long?> UserOfAsync(string token)
    {
        if (!token.StartsWith(Marker, StringComparison.Ordinal) || token.Length > 100)
            return null;
        var hash = Hash(token);
        var row = await secretariat.Db.ApiTokens.AsTracking().SingleOrDefaultAsync(t => t.Sha256 == hash && !t.Revoked);
        if (row is null)
            return null;
        row.LastUsed = clock.GetUtcNow().UtcDateTime;
        await secretariat.Db.SaveChangesAsync();
        return row.UserId;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
