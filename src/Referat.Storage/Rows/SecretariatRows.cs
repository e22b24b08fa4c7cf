using Microsoft.AspNetCore.Identity;
using Referat.Domain;

namespace Referat.Storage.Rows;

// The secretariat's tables: accounts (ASP.NET Core Identity, in the archive's database), the audit log, the working
// copy of a meeting being prepared or held, signatures, the forward plan and the body's configuration.

/// <summary>
/// An account of the secretariat. Its role is an Identity role (<see cref="AccountRole"/> by name); a secretary's
/// committees and a member's person are claims (<see cref="AccountClaims"/>).
/// </summary>
public sealed class AccountUser : IdentityUser<long>
{
    public string? DisplayName { get; set; }
}

/// <summary>The claim types the secretariat gives an account besides its role.</summary>
public static class AccountClaims
{
    /// <summary>An organization id the account prepares meetings for (secretary) or sits in (member).</summary>
    public const string Committee = "referat:udvalg";

    /// <summary>The person id of a member, under which they sign.</summary>
    public const string Person = "referat:person";
}

/// <summary>
/// One change made in the secretariat: who, when, what, and the record before and after (JSON). Append-only: each
/// entry carries the hash of the one before it and its own (<see cref="Privacy.AuditChain"/>), so that an entry changed
/// or removed afterwards breaks the chain.
/// </summary>
public sealed class AuditEntryRow : IRow
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }

    /// <summary>What was done, in Danish: "Møde oprettet", "Punkt tilføjet", "Dagsorden offentliggjort" …</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to: "møde 12", "konfiguration skabelon", "bruger 3".</summary>
    public required string Subject { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry before (null for the first).</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 (hex) of this entry's fields and <see cref="PreviousHash"/>.</summary>
    public string? Hash { get; set; }
}

/// <summary>
/// The secretariat's working copy of a meeting: the whole minutes document as it is being written (<see cref="ModelJson"/>),
/// from the first item to the last decision. What is published is written from it into the archive's tables as a
/// version of the meeting; the working copy itself is never shown to the public.
/// </summary>
public sealed class MeetingDraftRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;
    public required string MinutesJson { get; set; }
    public DateTime Modified { get; set; }
    public required string ModifiedBy { get; set; }
}

/// <summary>A member's signature of approved minutes (Underskrift af protokol), with its time.</summary>
public sealed class SignatureRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;
    public long? PersonId { get; set; }
    public required string Name { get; set; }
    public long UserId { get; set; }
    public DateTime SignedAt { get; set; }
}

/// <summary>
/// A case on a body's forward plan (Kommende sager): recommended by an earlier body, waiting for this body's next
/// meeting, with the history it carries. Taken up when an item of a meeting of the body treats it.
/// </summary>
public sealed class ForwardPlanRow : IRow
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public OrganizationRow Organization { get; set; } = null!;
    public required string Title { get; set; }
    public string? CaseNumber { get; set; }
    public CompetenceRole Role { get; set; }

    /// <summary>A closed item's case: on the plan for the secretariat, never listed in public.</summary>
    public bool IsClosed { get; set; }

    /// <summary>The item that sent the case on: its meeting, number and body.</summary>
    public long FromMeetingId { get; set; }
    public required string FromItemNumber { get; set; }
    public int FromItemOrder { get; set; }
    public required string FromBody { get; set; }
    public DateOnly FromDate { get; set; }
    public DateTime Created { get; set; }

    /// <summary>The meeting whose agenda took the case up; null while it waits.</summary>
    public long? TakenUpMeetingId { get; set; }
}

/// <summary>A piece of the body's configuration as JSON, by key: the item template, the calendar, the delegation plan, the committees.</summary>
public sealed class SettingRow : IRow
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Json { get; set; }
    public DateTime Modified { get; set; }
    public required string ModifiedBy { get; set; }
}

/// <summary>
/// An API token of an account, for the case system's integration (<c>/api/v1</c>): only its SHA-256 is stored, and
/// its first characters to tell tokens apart. A call with the token acts as the account.
/// </summary>
public sealed class ApiTokenRow : IRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required string Sha256 { get; set; }
    public DateTime Created { get; set; }
    public DateTime? LastUsed { get; set; }
    public bool Revoked { get; set; }
}

/// <summary>
/// A file uploaded for an item of a working copy: the item by its position (moved along when items move), its title
/// as the attachment list prints it, the file as checked by its content, and its text for search. Published with the
/// item (a closed item's files never are).
/// </summary>
public sealed class DraftFileRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public int ItemOrder { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string MimeType { get; set; }
    public required byte[] Data { get; set; }
    public DateTime Uploaded { get; set; }
    public required string UploadedBy { get; set; }
}
