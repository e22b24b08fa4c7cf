using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Web.Feeds;

/// <summary>
/// The meetings as an iCalendar (RFC 5545) calendar: one VEVENT per meeting with a stable UID
/// (<c>meeting-{id}@{host}</c>), local times in Europe/Copenhagen (with its VTIMEZONE), an all-day event when the
/// start time is unknown, and the agenda in the description as the publication policy has it (<see cref="FeedText.Agenda"/>).
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string TimeZoneId = "Europe/Copenhagen";
    public const string ProductId = "-//Referat//Referat kalender 1.0//DA";

    /// <summary>An event without a known end time lasts this long.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(2);

    public static string Uid(long meetingId, string host) => $"meeting-{meetingId.ToString(CultureInfo.InvariantCulture)}@{host}";

    /// <param name="root">The site's root URL (scheme, host, path base), for the meetings' URLs.</param>
    /// <param name="host">The host name for the UIDs (without port, so that they survive a port change).</param>
    public static string Write(IReadOnlyList<MeetingRow> meetings, string name, string root, string host, DateTime stampUtc, PublicationPolicy policy)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        var earliest = meetings.Count > 0 ? meetings.Min(m => m.Date) : DateOnly.FromDateTime(stampUtc);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, new DateTime(earliest.Year, 1, 1), includeHistoricalData: false));
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc));
        foreach (var meeting in meetings)
            calendar.Events.Add(Event(meeting, root, host, stamp, policy));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(MeetingRow meeting, string root, string host, CalDateTime stamp, PublicationPolicy policy)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(meeting.Id, host),
            DtStamp = stamp,
            Summary = meeting.Organization.Name,
            Url = new Uri($"{root}/moeder/{meeting.Id.ToString(CultureInfo.InvariantCulture)}"),
            Created = new CalDateTime(DateTime.SpecifyKind(meeting.Created, DateTimeKind.Utc)),
            LastModified = new CalDateTime(DateTime.SpecifyKind(meeting.Modified, DateTimeKind.Utc)),
        };
        if (meeting.StartTime is { } start)
        {
            e.DtStart = new CalDateTime(meeting.Date, start, TimeZoneId);
            var end = meeting.EndTime is { } known && known > start
                ? meeting.Date.ToDateTime(known)
                : meeting.Date.ToDateTime(start) + DefaultDuration;
            e.DtEnd = new CalDateTime(DateOnly.FromDateTime(end), TimeOnly.FromDateTime(end), TimeZoneId);
        }
        else
        {
            // The time is unknown: an all-day event (DATE values; DTEND is exclusive).
            e.DtStart = new CalDateTime(meeting.Date);
            e.DtEnd = new CalDateTime(meeting.Date.AddDays(1));
        }
        if (meeting.LocationText is { Length: > 0 } location)
            e.Location = location;
        if (meeting.State == MeetingState.Cancelled)
            e.Status = "CANCELLED";
        var agenda = FeedText.Agenda(meeting, policy);
        e.Description = agenda.Length == 0 ? meeting.Name : $"{meeting.Name}\n\nDagsorden:\n{agenda}";
        return e;
    }
}
