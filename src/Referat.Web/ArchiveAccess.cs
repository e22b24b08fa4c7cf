using Microsoft.EntityFrameworkCore;
using Referat.Storage;

namespace Referat.Web;

/// <summary>
/// Opens the archive for one request. The schema is brought up to date once, when the host starts
/// (<see cref="ArchiveDb.Open(ArchiveLocation)"/>); each request then gets a read-only, non-tracking context; the secretariat a tracking one.
/// </summary>
public sealed class ArchiveAccess
{
    public ArchiveLocation Location { get; }

    public ArchiveAccess(ArchiveLocation location)
    {
        Location = location;
        ArchiveDb.Open(location).Dispose();
    }

    public ArchiveContext OpenContext() => Open(QueryTrackingBehavior.NoTracking);

    /// <summary>A tracking context for the secretariat and the accounts, which write.</summary>
    public ArchiveContext OpenWritableContext() => Open(QueryTrackingBehavior.TrackAll);

    private ArchiveContext Open(QueryTrackingBehavior tracking) => Location.Provider switch
    {
        ArchiveProvider.PostgreSql => new PostgreSqlArchiveContext(new DbContextOptionsBuilder<PostgreSqlArchiveContext>()
            .UseNpgsql(Location.ConnectionString).UseQueryTrackingBehavior(tracking).Options),
        _ => new SqliteArchiveContext(new DbContextOptionsBuilder<SqliteArchiveContext>()
            .UseSqlite(Location.ConnectionString).UseQueryTrackingBehavior(tracking).Options),
    };
}
