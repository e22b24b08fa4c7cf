using Microsoft.EntityFrameworkCore;
using Referat.Storage;

namespace Referat.Web;

/// <summary>
/// Opens the archive for one request. The schema is brought up to date once, when the host starts
/// (<see cref="ArchiveDb.Open(ArchiveLocation)"/>); each public request then gets the read-only public view; the secretariat a tracking one.
/// </summary>
public sealed class ArchiveAccess
{
    public ArchiveLocation Location { get; }

    public ArchiveAccess(ArchiveLocation location)
    {
        Location = location;
        ArchiveDb.Open(location).Dispose();
    }

    /// <summary>The public view (<see cref="ArchiveDb.OpenPublic"/>): personal data under review is redacted in all it reads.</summary>
    public ArchiveContext OpenContext() => ArchiveDb.OpenPublic(Location);

    /// <summary>A tracking context for the secretariat and the accounts, which write (and see what they review).</summary>
    public ArchiveContext OpenWritableContext() => ArchiveDb.Connect(Location, tracking: true);
}
