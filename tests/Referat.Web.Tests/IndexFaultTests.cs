using System.Net;
using Referat.Archive.Search;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>The hand-made minutes with a search index that gets damaged while the server runs.</summary>
public sealed class IndexFaultWebServer() : WebTestServer(withSeeds: false);

/// <summary>
/// A search index damaged or deleted under the running server: every page but search is served as before, search
/// says in Danish that it is out of order, and a rebuild (what <c>referat index --rebuild</c> does) restores it
/// without restarting the server.
/// </summary>
public sealed class IndexFaultTests(IndexFaultWebServer server) : IClassFixture<IndexFaultWebServer>
{
    [Fact]
    public async Task A_damaged_index_is_reported_pages_still_serve_and_a_rebuild_restores_search()
    {
        var location = ArchiveDb.Resolve(server.DatabasePath);
        var directory = ArchiveSearchIndex.DirectoryFor(location);
        foreach (var file in Directory.EnumerateFiles(directory))
            File.WriteAllBytes(file, System.Text.Encoding.ASCII.GetBytes("ødelagt " + Path.GetFileName(file)));

        var (search, body) = await server.GetAsync("/soeg?q=budget");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("Søgningen er midlertidigt ude af drift", body);
        var (feed, atom) = await server.GetAsync("/feeds/soeg.atom?q=budget");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("kan ikke læses", atom);
        foreach (var page in new[] { "/", "/udvalg", "/kalender", "/oparl/v1.1/body" })
            Assert.Equal(HttpStatusCode.OK, (await server.GetAsync(page)).Response.StatusCode);

        using (var db = server.OpenArchive())
        using (var index = ArchiveSearchIndex.OpenForRebuild(location, out var replaced))
        {
            Assert.NotNull(replaced);
            new ArchiveSearchIndex(db, index).Rebuild();
        }
        (_, body) = await server.GetAsync("/soeg?q=budget");
        Assert.DoesNotContain("ude af drift", body);
        Assert.Contains("Budget 2026", body);

        Directory.Delete(directory, recursive: true);
        server.Clock.Advance(TimeSpan.FromSeconds(5));   // past the index's refresh interval
        (search, body) = await server.GetAsync("/soeg?q=budget");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(body.Contains("Budget 2026") || body.Contains("ikke klar") || body.Contains("ude af drift"), "a deleted index either still answers from what is open, or says so");
        Assert.Equal(HttpStatusCode.OK, (await server.GetAsync("/")).Response.StatusCode);
    }
}
