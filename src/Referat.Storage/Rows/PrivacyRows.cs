using Referat.Domain;

namespace Referat.Storage.Rows;

/// <summary>
/// Personal data found in what a meeting publishes (<see cref="PersonalDataFinding"/>), and what a secretary decided
/// about it. The value is kept here, on the server, so that the public views can redact it everywhere
/// (<see cref="Privacy.PublicRedactions"/>) and a reviewer can see what was found; an attachment's finding names its
/// file and the file's hash, by which its bytes are then withheld.
/// </summary>
public sealed class PersonalDataFindingRow : IRow
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public MeetingRow Meeting { get; set; } = null!;

    /// <summary>The attachment whose file holds the value; null for the minutes' own texts.</summary>
    public long? FileId { get; set; }

    /// <summary>The SHA-256 (hex) of that file's bytes, by which a public view recognises and withholds them.</summary>
    public string? FileSha256 { get; set; }
    public PersonalDataKind Kind { get; set; }
    public required string Value { get; set; }
    public required string Location { get; set; }
    public required string Reason { get; set; }
    public required string Context { get; set; }
    public FindingStatus Status { get; set; }
    public DateTime Found { get; set; }
    public DateTime? Decided { get; set; }
    public string? DecidedBy { get; set; }
}
