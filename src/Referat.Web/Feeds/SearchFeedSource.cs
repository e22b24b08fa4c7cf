using Referat.Archive.Search;
using Referat.Search;

namespace Referat.Web.Feeds;

/// <summary>
/// The search index beside the archive (<see cref="ArchiveSearchIndex.DirectoryFor"/>), opened for one search and
/// closed again, so that an import in another process can keep it up to date. Null when there is no index yet or it
/// is busy (another process holds its write lock).
/// </summary>
public static class SearchFeedSource
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Directory(ArchiveAccess access) =>
        ArchiveSearchIndex.DirectoryFor(access.Location, Environment.GetEnvironmentVariable(ArchiveSearchIndex.EnvironmentVariable));

    public static bool Exists(string directory) =>
        System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFiles(directory, "segments*").Any();

    public static async Task<SearchResults?> SearchAsync(ArchiveAccess access, SearchRequest request, CancellationToken cancellation)
    {
        var directory = Directory(access);
        if (!Exists(directory))
            return null;
        await Gate.WaitAsync(cancellation);
        try
        {
            using var index = SearchIndex.Open(directory);
            return index.Search(request);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            return null;
        }
        finally
        {
            Gate.Release();
        }
    }
}
