using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Referat.Web.Feeds;

namespace Referat.Web.Tests;

/// <summary>/kalender.ics and /udvalg/{id}/kalender.ics, read back with Ical.Net and matched against the archive.</summary>
public sealed class CalendarFeedTests(WebTestServer server) : IClassFixture<WebTestServer>
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private async Task<(Calendar Calendar, string Text, HttpResponseMessage Response)> Load(string url)
    {
        var (response, body) = await server.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return (Calendar.Load(body)!, body, response);
    }

    private void AssertMatches(Calendar calendar, IReadOnlyList<MeetingRow> meetings)
    {
        var host = new Uri(server.BaseUrl).Host;
        Assert.Equal(meetings.Count, calendar.Events.Count);
        Assert.Equal(meetings.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        foreach (var meeting in meetings)
        {
            Assert.True(events.TryGetValue($"meeting-{meeting.Id}@{host}", out var e), $"no event for meeting {meeting.Id}");
            Assert.Equal(meeting.Organization.Name, e!.Summary);
            Assert.Equal(new Uri($"{server.BaseUrl}/moeder/{meeting.Id}"), e.Url);
            Assert.NotNull(e.DtStamp);
            Assert.Equal(meeting.Date, DateOnly.FromDateTime(e.DtStart!.Value));
            if (meeting.StartTime is { } start)
            {
                Assert.True(e.DtStart.HasTime);
                Assert.Equal(CalendarFeed.TimeZoneId, e.DtStart.TzId);
                Assert.Equal(start, TimeOnly.FromDateTime(e.DtStart.Value));
                // The instant is the Copenhagen local time, whatever the offset that day.
                var expected = TimeZoneInfo.ConvertTimeToUtc(meeting.Date.ToDateTime(start), Copenhagen);
                Assert.Equal(expected, e.DtStart.AsUtc);
                Assert.Equal(CalendarFeed.TimeZoneId, e.DtEnd!.TzId);
                if (meeting.EndTime is { } end && end > start)
                    Assert.Equal(end, TimeOnly.FromDateTime(e.DtEnd.Value));
                Assert.True(e.DtEnd.AsUtc > e.DtStart.AsUtc);
            }
            else
            {
                Assert.False(e.DtStart.HasTime);
                Assert.False(e.DtEnd!.HasTime);
                Assert.Equal(meeting.Date.AddDays(1), DateOnly.FromDateTime(e.DtEnd.Value));
            }
            if (meeting.Location is { } location)
                Assert.Equal(location.Description, e.Location);
            foreach (var item in meeting.AgendaItems.Where(i => !i.Deleted))
            {
                if (item.Public)
                    Assert.Contains($"{item.Number}. {item.Name}", e.Description);
            }
        }
    }

    private List<MeetingRow> Meetings(long? organizationId = null)
    {
        using var db = server.OpenArchive();
        return db.Meetings.AsNoTracking().Where(m => !m.Deleted && (organizationId == null || m.OrganizationId == organizationId))
            .Include(m => m.Organization).Include(m => m.Location).Include(m => m.AgendaItems).AsSplitQuery().ToList();
    }

    [Fact]
    public async Task The_calendar_has_one_event_per_meeting_in_Copenhagen_time()
    {
        var (calendar, text, response) = await Load("/kalender.ics");
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("public", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.StartsWith("BEGIN:VCALENDAR", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == CalendarFeed.TimeZoneId);
        Assert.Contains("DTSTART;TZID=Europe/Copenhagen:20250609T160000", text);
        Assert.Contains("DTEND;TZID=Europe/Copenhagen:20250609T183000", text);
        var meetings = Meetings();
        Assert.Equal(6, meetings.Count);
        AssertMatches(calendar, meetings);
        // The seeds mostly print no time: those are all-day events.
        Assert.Contains("DTSTART;VALUE=DATE:", text);
    }

    [Fact]
    public async Task A_closed_item_is_in_the_calendar_by_number_and_title_only()
    {
        var (calendar, text, _) = await Load("/kalender.ics");
        Assert.DoesNotContain(HandMade.ClosedMarker, text);
        var handMade = calendar.Events.Single(e => e.DtStart!.Value.Date == new DateTime(2025, 6, 9) && e.Location == "Rådhuset, mødelokale 2");
        // The body publishes closed items' titles (the default policy): the agenda names it, and nothing more.
        Assert.EndsWith("Dagsorden:\n1. Budget 2026\n2. " + HandMade.ClosedTitle, handMade.Description);
    }

    [Fact]
    public async Task A_committee_calendar_holds_its_own_meetings_only()
    {
        long organizationId;
        using (var db = server.OpenArchive())
            organizationId = db.Organizations.Single(o => o.Name == "Økonomiudvalget").Id;
        var (calendar, text, _) = await Load($"/udvalg/{organizationId}/kalender.ics");
        AssertMatches(calendar, Meetings(organizationId));
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.DoesNotContain(HandMade.ClosedMarker, text);

        var (missing, _) = await server.GetAsync("/udvalg/999999/kalender.ics");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_uids_are_stable_and_an_unchanged_calendar_answers_304()
    {
        var (first, _, response) = await Load("/kalender.ics");
        var (second, _, _) = await Load("/kalender.ics");
        Assert.Equal(first.Events.Select(e => e.Uid).Order(), second.Events.Select(e => e.Uid).Order());
        using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + "/kalender.ics");
        request.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await server.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
