using Referat.Archive.Search;
using Referat.Domain;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Publication;

/// <summary>
/// The body's publication policy as the secretariat changes it: stored on the body, and the search index built again so
/// that what it holds of closed items follows at once (every other output reads the policy when it answers).
/// </summary>
public static class PublicationSettings
{
    public static PublicationPolicy Read(ArchiveContext db) => StoredPolicy.Read(db);

    /// <param name="openIndex">Opens the search index beside the archive; null when there is none to keep.</param>
    public static PublicationPolicy SetClosedItemTitles(ArchiveContext db, ClosedItemTitles titles, Func<SearchIndex>? openIndex, TimeProvider? clock = null)
    {
        StoredPolicy.Write(db, titles, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        if (openIndex is not null)
        {
            using var index = openIndex();
            new ArchiveSearchIndex(db, index).Rebuild();
        }
        return StoredPolicy.Read(db);
    }
}
