using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Referat.Domain;

namespace Referat.Storage.Privacy;

/// <summary>
/// What a public view of the archive hides: every value of a finding not marked safe, in every text it reads (rows,
/// projections, the model's JSON columns alike, so that pages, search, feeds, calendars, OParl, exports and PDFs all
/// read it redacted), and the bytes of the files that hold one: an attachment's file, the meeting's stored original.
/// Applied where the database's answers are read (<see cref="RedactingReader"/>). Loaded once per view.
/// </summary>
public sealed class PublicRedactions
{
    private readonly HashSet<string> _withheldSha256;

    private PublicRedactions(Redactor redactor, HashSet<string> withheldSha256, string version) =>
        (Redactor, _withheldSha256, Version) = (redactor, withheldSha256, version);

    /// <summary>Changes whenever what is hidden changes: a cache of public output may be kept only while it stays the same.</summary>
    public string Version { get; }

    public Redactor Redactor { get; }

    public bool IsEmpty => Redactor.IsEmpty && _withheldSha256.Count == 0;

    /// <summary>Whether these bytes are kept from the public: a file or an original that holds a value not marked safe.</summary>
    public bool Withholds(byte[] bytes) => _withheldSha256.Count > 0 && _withheldSha256.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)));

    public static PublicRedactions Load(ArchiveContext db)
    {
        var open = db.PersonalDataFindings.AsNoTracking().Where(f => f.Status != FindingStatus.Safe)
            .Select(f => new { f.Value, f.Kind, f.FileSha256, f.MeetingId }).ToList();
        if (open.Count == 0)
            return new PublicRedactions(Redactor.None, [], "");
        var meetings = open.Select(f => f.MeetingId).Distinct().ToList();
        var originals = db.MeetingVersions.AsNoTracking().Where(v => meetings.Contains(v.MeetingId)).Select(v => v.SourceDocument.Sha256).ToList();
        var withheld = open.Select(f => f.FileSha256).OfType<string>().Concat(originals).ToHashSet(StringComparer.Ordinal);
        var version = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            open.Select(f => $"{f.Kind}:{f.Value}").Concat(withheld).Order(StringComparer.Ordinal)))));
        return new PublicRedactions(new Redactor(open.Select(f => (f.Value, f.Kind))), withheld, version);
    }
}
