using Microsoft.Extensions.Logging;
using Referat.Archive.Search;
using Referat.Search;

namespace Referat.Web.Portal;

/// <summary>Why the portal cannot search.</summary>
public enum SearchProblem
{
    /// <summary>No index has been built beside the archive.</summary>
    Missing,

    /// <summary>The index is there but cannot be read (deleted or damaged).</summary>
    Unreadable,
}

/// <summary>
/// The archive's search index for the portal and the search feed, opened read-only on first use from
/// <see cref="ArchiveSearchIndex.DirectoryFor"/>: an import in another process keeps writing it, and searches see its
/// commits within a second. A missing index (never built), one that cannot be opened, and one that fails while it is
/// searched (deleted or damaged under the running server) give null and <see cref="Problem"/>: the search page and
/// feed say so in Danish, every other page is served as before, and a later search opens the index again (after
/// <c>referat index --rebuild</c>).
/// </summary>
public sealed class PortalSearch(ArchiveAccess archive, ILogger<PortalSearch> logger, TimeProvider clock) : IDisposable
{
    private readonly object _lock = new();
    private SearchIndex? _index;
    private bool _disposed;

    public string Directory { get; } = ArchiveSearchIndex.DirectoryFor(
        archive.Location, Environment.GetEnvironmentVariable(ArchiveSearchIndex.EnvironmentVariable));

    /// <summary>Why the last search had no index: never built, or there but unreadable; null when it had one.</summary>
    public SearchProblem? Problem { get; private set; }

    /// <summary>Searches the index, or gives null (and sets <see cref="Problem"/>) when there is no usable one.</summary>
    public SearchResults? Search(SearchRequest request)
    {
        if (Open() is not { } index)
            return null;
        try
        {
            return index.Search(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "The search index in {Directory} failed; it is opened again on a later search (rebuild it with `referat index --rebuild`)", Directory);
            lock (_lock)
            {
                if (ReferenceEquals(_index, index))
                {
                    _index = null;
                    index.Dispose();
                }
                Problem = SearchProblem.Unreadable;
            }
            return null;
        }
    }

    private SearchIndex? Open()
    {
        lock (_lock)
        {
            if (_disposed)
                return null;
            if (_index is not null)
                return _index;
            // An index that was never built: do not create an empty one, say so instead.
            try
            {
                if (!SearchIndex.IndexExists(Directory))
                {
                    Problem = SearchProblem.Missing;
                    return null;
                }
                _index = SearchIndex.OpenReadOnly(Directory, new SearchIndexOptions { Clock = clock });
                Problem = null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "The search index in {Directory} could not be opened (rebuild it with `referat index --rebuild`)", Directory);
                Problem = SearchProblem.Unreadable;
            }
            return _index;
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
