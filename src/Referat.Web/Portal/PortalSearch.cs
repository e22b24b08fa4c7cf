using Microsoft.Extensions.Logging;
using Referat.Archive.Search;
using Referat.Search;

namespace Referat.Web.Portal;

/// <summary>
/// The archive's search index for the portal and the search feed, opened read-only on first use from
/// <see cref="ArchiveSearchIndex.DirectoryFor"/>: an import in another process keeps writing it, and searches see its
/// commits within a second. A missing index (never built) or one that cannot be opened gives null, and the search
/// page says so in Danish; the next search tries again.
/// </summary>
public sealed class PortalSearch(ArchiveAccess archive, ILogger<PortalSearch> logger, TimeProvider clock) : IDisposable
{
    private readonly object _lock = new();
    private SearchIndex? _index;
    private bool _disposed;

    public string Directory { get; } = ArchiveSearchIndex.DirectoryFor(
        archive.Location, Environment.GetEnvironmentVariable(ArchiveSearchIndex.EnvironmentVariable));

    public SearchIndex? Index
    {
        get
        {
            lock (_lock)
            {
                if (_index is not null || _disposed)
                    return _index;
                // An index that was never built: do not create an empty one, say so instead.
                if (!SearchIndex.IndexExists(Directory))
                    return null;
                try
                {
                    _index = SearchIndex.OpenReadOnly(Directory, new SearchIndexOptions { Clock = clock });
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.LogWarning(e, "The search index in {Directory} could not be opened", Directory);
                }
                return _index;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _index?.Dispose();
            _index = null;
        }
    }
}
