using System.Globalization;
using Referat.Web.Portal;

namespace Referat.Web.Pages;

/// <summary>A month of meetings as a table of weeks (Monday first); ?maaned=YYYY-MM, this month when absent or invalid.</summary>
public sealed class KalenderModel(PortalData data, TimeProvider clock) : PortalPage
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public Dictionary<DateOnly, List<MeetingSummary>> ByDay { get; private set; } = [];
    public (int Year, int Month)? Previous { get; private set; }
    public (int Year, int Month)? Next { get; private set; }
    public int MeetingCount { get; private set; }

    public void OnGet(string? maaned)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var month = DateOnly.TryParseExact(maaned ?? "", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year is >= 1900 and <= 2999
            ? parsed : new DateOnly(Today.Year, Today.Month, 1);
        Year = month.Year;
        Month = month.Month;
        var last = month.AddMonths(1).AddDays(-1);
        var meetings = data.InRange(month, last);
        MeetingCount = meetings.Count;
        ByDay = meetings.GroupBy(m => m.Date).ToDictionary(g => g.Key, g => g.ToList());
        FirstDay = month.AddDays(-(((int)month.DayOfWeek + 6) % 7));

        // Links to the neighbouring months only as far as the archive (or today) reaches, so the calendar has an end.
        var (first, lastMeeting) = data.DateRange();
        var earliest = new[] { first, Today }.Where(d => d is not null).Min()!.Value;
        var latest = new[] { lastMeeting, Today }.Where(d => d is not null).Max()!.Value;
        var prev = month.AddMonths(-1);
        var next = month.AddMonths(1);
        Previous = prev >= new DateOnly(earliest.Year, earliest.Month, 1) ? (prev.Year, prev.Month) : null;
        Next = next <= latest ? (next.Year, next.Month) : null;

        Title = "Mødekalender " + Danish.Month(Year, Month);
        Crumb("Mødekalender", "/kalender");
        Crumb(Danish.Month(Year, Month));
    }
}
