using Referat.Archive.Search;
using Referat.Search;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>The hand-made archive with its index, which the test writes to while the server runs.</summary>
public sealed class LiveIndexTestServer() : WebTestServer(withSeeds: false);

public sealed class SearchWhileImportingTests(LiveIndexTestServer server) : IClassFixture<LiveIndexTestServer>
{
    [Fact]
    public async Task What_an_import_commits_while_the_server_searches_is_found_by_the_portal_and_the_feed()
    {
        // the server opens the index on its first search, and the search feed shares it
        var (page, body) = await server.GetAsync("/soeg?q=budget");
        Assert.True(page.IsSuccessStatusCode);
        Assert.Contains("Budget 2026", body);
        var (feed, feedBody) = await server.GetAsync("/feeds/soeg.atom?q=budget");
        Assert.True(feed.IsSuccessStatusCode);
        Assert.Contains("Budget 2026", feedBody);

        // an import in another process takes the index's write lock while the server runs, and commits
        var directory = ArchiveSearchIndex.DirectoryFor(ArchiveDb.Resolve(server.DatabasePath));
        using (var writer = SearchIndex.Open(directory))
            writer.Add(new SearchDocument
            {
                Id = "item:skybrud-1", Kind = SearchKind.Item, Path = "/moeder/1#punkt-1", MeetingDate = new DateOnly(2025, 9, 1),
                Committee = "Teknik- og Miljøudvalget", Title = "Skybrudssikring af Havnevej",
                SectionTexts = ["Et regnvandsbassin ved havnen skal tage de store regnskyl."],
            });

        // within its refresh interval (a second) the server still searches what it had; after it, it sees the commit
        var (_, before) = await server.GetAsync("/soeg?q=regnvandsbassin");
        Assert.DoesNotContain("Skybrudssikring af Havnevej", before);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var (_, found) = await server.GetAsync("/soeg?q=regnvandsbassin");
        Assert.Contains("Skybrudssikring af Havnevej", found);
        Assert.Contains("<mark>regnvandsbassin</mark>", found);
        var (_, newFeed) = await server.GetAsync("/feeds/soeg.atom?q=skybrudssikring");
        Assert.Contains("Skybrudssikring af Havnevej", newFeed);
    }
}
