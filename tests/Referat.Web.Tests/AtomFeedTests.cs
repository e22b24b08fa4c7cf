using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Referat.Web.Feeds;

namespace Referat.Web.Tests;

/// <summary>Reads an Atom feed back and checks what RFC 4287 requires of it.</summary>
internal static class Atom
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    /// <param name="searchesForMarker">The URL itself asks for the closed marker (a saved search echoes its query).</param>
    public static async Task<XElement> LoadAsync(WebTestServer server, string url, bool searchesForMarker = false)
    {
        var (response, body) = await server.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var feed = XDocument.Parse(body).Root!;
        if (searchesForMarker)
            Assert.DoesNotContain(HandMade.ClosedMarker, string.Concat(Entries(feed).Select(e => e.ToString())));
        else
            Assert.DoesNotContain(HandMade.ClosedMarker, body);
        AssertValid(feed, server.BaseUrl + url);
        return feed;
    }

    public static void AssertValid(XElement feed, string self)
    {
        Assert.Equal(Ns + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Ns + "id")?.Value));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Ns + "id")!.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Ns + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Ns + "updated")?.Value, out _));
        var selfLink = feed.Elements(Ns + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(self, (string)selfLink.Attribute("href")!);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Ns + "author")?.Element(Ns + "name")?.Value));
        var ids = new HashSet<string>();
        foreach (var entry in Entries(feed))
        {
            var id = entry.Element(Ns + "id")!.Value;
            Assert.True(ids.Add(id), $"duplicate entry id {id}");
            Assert.StartsWith("tag:", id);
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Ns + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Ns + "updated")?.Value, out _));
            Assert.NotNull(entry.Elements(Ns + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "alternate")?.Attribute("href"));
            Assert.NotNull(entry.Element(Ns + "summary"));
        }
    }

    public static List<XElement> Entries(XElement feed) => feed.Elements(Ns + "entry").ToList();

    public static DateTimeOffset Updated(XElement entry) => DateTimeOffset.Parse(entry.Element(Ns + "updated")!.Value);

    public static string Link(XElement entry) => (string)entry.Elements(Ns + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!;

    public static void AssertNewestFirst(IEnumerable<DateTimeOffset> values)
    {
        var list = values.ToList();
        for (var i = 1; i < list.Count; i++)
            Assert.True(list[i - 1] >= list[i], $"entry {i} is newer than entry {i - 1}");
    }
}

/// <summary>The minutes and decisions feeds and the saved search, on the seed archive with its search index.</summary>
public sealed class AtomFeedTests(FeedTestServer server) : IClassFixture<FeedTestServer>
{
    private long Committee(string name)
    {
        using var db = server.OpenArchive();
        return db.Organizations.Single(o => o.Name == name).Id;
    }

    [Fact]
    public async Task The_minutes_feed_has_one_entry_per_meeting_version_newest_first()
    {
        var feed = await Atom.LoadAsync(server, FeedEndpoints.MinutesFeedPath);
        var entries = Atom.Entries(feed);
        using var db = server.OpenArchive();
        var versions = db.MeetingVersions.AsNoTracking().Where(v => !v.Meeting.Deleted).OrderByDescending(v => v.ImportedAt).ThenByDescending(v => v.Id).ToList();
        Assert.Equal(versions.Count, entries.Count);
        Assert.Equal(
            versions.Select(v => $"{server.BaseUrl}/moeder/{v.MeetingId}").Order(),
            entries.Select(Atom.Link).Order());
        Assert.Equal(
            versions.Select(v => AtomFeed.TagUri(new Uri(server.BaseUrl).Host, $"moede/{v.MeetingId}/version/{v.Number}")).Order(),
            entries.Select(e => e.Element(Atom.Ns + "id")!.Value).Order());
        Atom.AssertNewestFirst(entries.Select(Atom.Updated));
        // updated = the import time
        var newest = versions[0];
        Assert.Equal(DateTime.SpecifyKind(newest.ImportedAt, DateTimeKind.Utc).AddTicks(-(newest.ImportedAt.Ticks % TimeSpan.TicksPerSecond)),
            Atom.Updated(entries[0]).UtcDateTime);
        var handMade = entries.Single(e => e.Element(Atom.Ns + "title")!.Value.Contains("9. juni 2025", StringComparison.Ordinal)
            && e.Element(Atom.Ns + "title")!.Value.Contains("Økonomiudvalget", StringComparison.Ordinal));
        Assert.Contains("1. Budget 2026", handMade.Element(Atom.Ns + "summary")!.Value);
        // The closed item by number and title only, as the body's policy publishes it.
        Assert.EndsWith("1. Budget 2026\n2. " + HandMade.ClosedTitle, handMade.Element(Atom.Ns + "summary")!.Value);
        Assert.DoesNotContain(HandMade.ClosedMarker, handMade.Element(Atom.Ns + "summary")!.Value);
    }

    [Fact]
    public async Task The_decisions_feed_carries_the_public_items_decisions_only()
    {
        var feed = await Atom.LoadAsync(server, FeedEndpoints.DecisionsFeedPath);
        var entries = Atom.Entries(feed);
        Assert.NotEmpty(entries);
        using var db = server.OpenArchive();
        var expected = FeedQueries.Decisions(db, null);
        Assert.Equal(expected.Count, entries.Count);
        Assert.All(expected, d => Assert.True(d.AgendaItem.Public));
        var closedItems = db.AgendaItems.Where(i => !i.Public).Select(i => i.Id).ToList();
        Assert.NotEmpty(closedItems);
        Assert.DoesNotContain(entries, e => closedItems.Any(id => Atom.Link(e) == $"{server.BaseUrl}/punkter/{id}"));
        Atom.AssertNewestFirst(entries.Select(e => DateTimeOffset.Parse(e.Element(Atom.Ns + "published")!.Value)));

        var budget = entries.Single(e => e.Element(Atom.Ns + "title")!.Value.StartsWith("Budget 2026", StringComparison.Ordinal));
        var summary = budget.Element(Atom.Ns + "summary")!.Value;
        Assert.Contains("Økonomiudvalget, 9. juni 2025, punkt 1: Budget 2026.", summary);
        Assert.Contains("Udfald: Anbefalet.", summary);
        Assert.Contains("Anbefalet. Bent Bjerre (V) stemte imod.", summary);
    }

    [Fact]
    public async Task Committee_feeds_hold_the_committees_meetings_only()
    {
        var id = Committee("Økonomiudvalget");
        var minutes = await Atom.LoadAsync(server, FeedEndpoints.CommitteeMinutesFeedPath(id));
        var decisions = await Atom.LoadAsync(server, FeedEndpoints.CommitteeDecisionsFeedPath(id));
        using var db = server.OpenArchive();
        var meetings = db.Meetings.Where(m => m.OrganizationId == id && !m.Deleted).Select(m => m.Id).ToList();
        Assert.NotEmpty(meetings);
        Assert.Equal(db.MeetingVersions.Count(v => meetings.Contains(v.MeetingId)), Atom.Entries(minutes).Count);
        Assert.All(Atom.Entries(minutes), e => Assert.Contains(meetings, m => Atom.Link(e) == $"{server.BaseUrl}/moeder/{m}"));
        var items = db.AgendaItems.Where(i => meetings.Contains(i.MeetingId)).Select(i => i.Id).ToList();
        Assert.NotEmpty(Atom.Entries(decisions));
        Assert.All(Atom.Entries(decisions), e => Assert.Contains(items, i => Atom.Link(e) == $"{server.BaseUrl}/punkter/{i}"));
        Assert.Equal(FeedQueries.Decisions(db, id).Count, Atom.Entries(decisions).Count);

        var (missing, _) = await server.GetAsync("/udvalg/999999/referater.atom");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_saved_search_lists_the_hits_newest_first()
    {
        var url = $"{FeedEndpoints.SearchFeedPath}?q={Uri.EscapeDataString("budget")}";
        var feed = await Atom.LoadAsync(server, url);
        var entries = Atom.Entries(feed);
        Assert.NotEmpty(entries);
        Assert.Contains("budget", feed.Element(Atom.Ns + "title")!.Value);
        Assert.Contains(entries, e => e.Element(Atom.Ns + "title")!.Value.StartsWith("Budget 2026", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.StartsWith(server.BaseUrl + "/", Atom.Link(e)));
        Atom.AssertNewestFirst(entries.Select(Atom.Updated));

        // The closed item's content is not searchable: its marker finds nothing.
        var secret = await Atom.LoadAsync(server, $"{FeedEndpoints.SearchFeedPath}?q={HandMade.ClosedMarker}", searchesForMarker: true);
        Assert.Empty(Atom.Entries(secret));
        var title = await Atom.LoadAsync(server, $"{FeedEndpoints.SearchFeedPath}?q={HandMade.ClosedTitle}");
        Assert.DoesNotContain(Atom.Entries(title), e => e.Element(Atom.Ns + "summary")!.Value.Contains(HandMade.ClosedMarker, StringComparison.Ordinal));

        var (empty, _) = await server.GetAsync(FeedEndpoints.SearchFeedPath);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}

/// <summary>An archive without a search index beside it: the saved search is an empty feed that says why.</summary>
public sealed class SearchFeedWithoutIndexTests(NoIndexTestServer server) : IClassFixture<NoIndexTestServer>
{
    [Fact]
    public async Task A_missing_index_gives_an_empty_feed_with_a_Danish_title()
    {
        var feed = await Atom.LoadAsync(server, $"{FeedEndpoints.SearchFeedPath}?q=budget");
        Assert.Empty(Atom.Entries(feed));
        Assert.Contains("ikke tilgængelig", feed.Element(Atom.Ns + "title")!.Value);
        Assert.False(Directory.Exists(Path.Combine(server.Directory, "search")));
    }
}
