using System.Net;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Publication;
using Referat.Archive.Search;
using Referat.Domain;
using Referat.Search;
using Referat.Storage;
using Referat.Web.Export;

namespace Referat.Web.Tests;

/// <summary>
/// One publication policy for every output: the body's setting for closed items' titles is changed in the archive, and
/// the meeting page, the PDF, the calendar, the minutes feed, OParl, both downloads and search all follow it. A closed
/// item's content is in none of them under either setting.
/// </summary>
public sealed class PublicationPolicyTests(HandMadeWebTestServer server) : IClassFixture<HandMadeWebTestServer>
{
    [Fact]
    public async Task Every_output_follows_the_policy_for_closed_item_titles()
    {
        long meetingId, closedId;
        using (var db = server.OpenArchive())
        {
            meetingId = db.Meetings.Single(m => !m.Deleted).Id;
            closedId = db.AgendaItems.Single(i => !i.Public && !i.Deleted).Id;
        }
        foreach (var titles in new[] { ClosedItemTitles.Withheld, ClosedItemTitles.Published, ClosedItemTitles.Withheld })
        {
            using (var db = server.OpenArchive())
                PublicationSettings.SetClosedItemTitles(db, titles,
                    () => SearchIndex.Open(ArchiveSearchIndex.DirectoryFor(ArchiveDb.Resolve(server.DatabasePath))));
            // What the web host trusts for a while (the policy, the page's version stamp, the index it reads) is asked again.
            server.Clock.Advance(new WebOptions().MeetingVersionCheckInterval + TimeSpan.FromSeconds(1));

            var outputs = new Dictionary<string, string>
            {
                ["meeting page"] = await Text($"/moeder/{meetingId}"),
                ["PDF"] = PdfText(await Bytes($"/moeder/{meetingId}/referat.pdf")),
                ["text"] = await Text($"/moeder/{meetingId}/referat.txt"),
                ["HTML document"] = await Text($"/moeder/{meetingId}/referat.html"),
                ["calendar"] = (await Text("/kalender.ics")).Replace("\r\n ", ""), // lines unfolded (RFC 5545 3.1)
                ["minutes feed"] = await Text("/feeds/referater.atom"),
                ["OParl"] = await Text($"/oparl/v1.1/agendaItem/{closedId}"),
                ["JSON download"] = ExportTests.ReadZip(await Bytes(ExportEndpoints.JsonPath))["meetings.json"],
                ["CSV download"] = ExportTests.ReadZip(await Bytes(ExportEndpoints.CsvPath))["items.csv"],
            };
            foreach (var (output, text) in outputs)
            {
                Assert.DoesNotContain(HandMade.ClosedMarker, text);
                if (titles == ClosedItemTitles.Published)
                    Assert.True(text.Contains(HandMade.ClosedTitle, StringComparison.Ordinal), $"{output}: the closed item's title is published but missing");
                else
                    Assert.False(text.Contains(HandMade.ClosedTitle, StringComparison.Ordinal), $"{output}: the closed item's title is withheld but shown");
            }
            if (titles == ClosedItemTitles.Withheld)
                foreach (var output in new[] { "meeting page", "OParl", "JSON download", "CSV download", "calendar" })
                    Assert.True(outputs[output].Contains(PublicationPolicy.ClosedItemText, StringComparison.Ordinal), $"{output}: no \"{PublicationPolicy.ClosedItemText}\"");
            // Search echoes the query, so the hit is looked for: the closed item is found by its title only when it is published.
            var search = await Text($"/soeg?q={HandMade.ClosedTitle}");
            Assert.DoesNotContain(HandMade.ClosedMarker, search);
            Assert.Equal(titles == ClosedItemTitles.Published, search.Contains($"href=\"/moeder/{meetingId}#punkt-2\"", StringComparison.Ordinal));
        }
    }

    private async Task<string> Text(string path)
    {
        var (response, body) = await server.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return body;
    }

    private async Task<byte[]> Bytes(string path)
    {
        var response = await server.Client.GetAsync(server.BaseUrl + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)));
    }
}
