using Referat.Archive.Search;
using Referat.Search;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>The seed archive with its search index built beside it (as <c>referat import</c> and <c>index --rebuild</c> leave it).</summary>
public sealed class FeedTestServer : WebTestServer, IAsyncLifetime
{
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var location = ArchiveDb.Resolve(DatabasePath);
        using var db = OpenArchive();
        using var index = SearchIndex.Open(ArchiveSearchIndex.DirectoryFor(location));
        Assert.True(new ArchiveSearchIndex(db, index).Rebuild() > 0);
    }
}
