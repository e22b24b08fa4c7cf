using Microsoft.EntityFrameworkCore;
using Referat.Storage;

namespace Referat.Web;

/// <summary>
/// Opens the archive for one request. The schema is brought up to date once, when the host starts
/// (<see cref="ArchiveDb.Open(ArchiveLocation)"/>); each request then gets a read-only, non-tracking context.
/// </summary>
public sealed class ArchiveAccess
{
    public ArchiveLocation Location { get; }

    public ArchiveAccess(ArchiveLocation location)
    {
        Location = location;
        ArchiveDb.Open(location).Dispose();
    }

    public ArchiveContext OpenContext()
    {
        ArchiveContext context = Location.Provider switch
        {
            ArchiveProvider.PostgreSql => new PostgreSqlArchiveContext(new DbContextOptionsBuilder<PostgreSqlArchiveContext>()
                .UseNpgsql(Location.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options),
            _ => new SqliteArchiveContext(new DbContextOptionsBuilder<SqliteArchiveContext>()
                .UseSqlite(Location.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options),
        };
        return context;
    }
}
