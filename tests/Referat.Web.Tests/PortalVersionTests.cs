using System.Net;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>A corrected document makes a new version of the meeting: its page and PDF get new ETags.</summary>
public sealed class PortalVersionTests(HandMadeWebTestServer server) : IClassFixture<HandMadeWebTestServer>
{
    [Fact]
    public async Task A_new_version_of_the_minutes_changes_the_etag()
    {
        long id;
        using (var db = server.OpenArchive())
            id = db.Meetings.Single(m => !m.Deleted).Id;
        var page = await server.Client.GetAsync($"{server.BaseUrl}/moeder/{id}");
        var pdf = await server.Client.GetAsync($"{server.BaseUrl}/moeder/{id}/referat.pdf");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var corrected = HandMade.Minutes with
        {
            Items = [HandMade.Minutes.Items[0] with { Title = "Budget 2026 (rettet)" }, HandMade.Minutes.Items[1]],
        };
        using (var db = server.OpenArchive())
            new MinutesImporter(db).Import(new SourceFile("rettet.txt", "rettet"u8.ToArray(), "test"), corrected);

        // The cached page's version stamp is trusted for MeetingVersionCheckInterval; after that the new version shows.
        server.Clock.Advance(new WebOptions().MeetingVersionCheckInterval + TimeSpan.FromMilliseconds(1));
        var request = new HttpRequestMessage(HttpMethod.Get, $"{server.BaseUrl}/moeder/{id}");
        request.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        var after = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(page.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Budget 2026 (rettet)", await after.Content.ReadAsStringAsync());
        var pdfAfter = await server.Client.GetAsync($"{server.BaseUrl}/moeder/{id}/referat.pdf");
        Assert.NotEqual(pdf.Headers.ETag, pdfAfter.Headers.ETag);
    }
}
