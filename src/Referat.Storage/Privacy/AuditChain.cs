using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Referat.Storage.Rows;

namespace Referat.Storage.Privacy;

/// <summary>A broken link of the audit log: the entry, and what is wrong with it (in Danish, as `audit verify` prints it).</summary>
public sealed record AuditBreak(long EntryId, string Problem);

/// <summary>
/// The audit log as a hash chain: each new entry gets the hash of the last one and a SHA-256 of its own fields and that
/// hash, as it is saved. <see cref="Verify"/> walks the log in order and reports the first entry whose fields no
/// longer give its hash, or whose link does not match the entry before it (one changed, inserted or removed).
/// </summary>
public static class AuditChain
{
    public static string HashOf(AuditEntryRow entry, string? previous)
    {
        var fields = JsonSerializer.Serialize(new[]
        {
            entry.At.ToUniversalTime().ToString("O"), entry.UserName, entry.Action, entry.Subject, entry.Before, entry.After, previous,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fields)));
    }

    /// <summary>Links the entries about to be added to the end of the chain (called by <see cref="ArchiveContext.SaveChanges(bool)"/>).</summary>
    internal static void Seal(ArchiveContext db)
    {
        var added = db.ChangeTracker.Entries<AuditEntryRow>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
            return;
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null)
            db.Database.ExecuteSqlRaw("SELECT pg_advisory_xact_lock(7262)");   // one writer extends the chain at a time
        var previous = db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefault();
        foreach (var entry in added)
        {
            entry.PreviousHash = previous;
            entry.Hash = previous = HashOf(entry, previous);
        }
    }

    /// <summary>Links the entries written before the chain existed, in order (run once when the archive is opened).</summary>
    internal static void SealUnchained(ArchiveContext db)
    {
        var unchained = db.AuditEntries.AsTracking().Where(a => a.Hash == null).OrderBy(a => a.Id).ToList();
        if (unchained.Count == 0)
            return;
        var previous = db.AuditEntries.AsNoTracking().Where(a => a.Hash != null && a.Id < unchained[0].Id).OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefault();
        foreach (var entry in unchained)
        {
            entry.PreviousHash = previous;
            entry.Hash = previous = HashOf(entry, previous);
        }
        db.SaveChanges();
    }

    /// <summary>The number of entries checked and the first broken link, or null when the chain holds.</summary>
    public static (int Checked, AuditBreak? Break) Verify(ArchiveContext db)
    {
        string? previous = null;
        var count = 0;
        foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsEnumerable())
        {
            count++;
            if (entry.PreviousHash != previous)
                return (count, new AuditBreak(entry.Id, count == 1
                    ? "den første post peger på en post før den: begyndelsen af loggen er fjernet"
                    : "den peger ikke på posten før: en post er fjernet eller indsat her"));
            if (entry.Hash != HashOf(entry, entry.PreviousHash))
                return (count, new AuditBreak(entry.Id, "posten er ændret: dens felter giver ikke længere dens hash"));
            previous = entry.Hash;
        }
        return (count, null);
    }
}
