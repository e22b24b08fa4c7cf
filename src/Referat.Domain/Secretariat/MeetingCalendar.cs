namespace Referat.Domain;

/// <summary>
/// The meeting calendar as data (mødekalender): each committee's weekday, time and room and the round it meets in.
/// Every month with meetings has a committee round that leads up to the finance committee and then the council:
/// round 1 meets in the month's second week (days 8–14), round 2 in the third, round 3 in the fourth. A meeting that
/// falls on a closed day (a holiday, <see cref="DanishHolidays"/>, or one of <see cref="ClosedDays"/>) moves to the
/// next working day.
/// </summary>
public sealed record MeetingCalendar(ValueList<CommitteeSchedule> Schedules, ValueList<int> MonthsWithoutMeetings, ValueList<DateOnly> ClosedDays)
{
    /// <summary>The meetings of a year, by date.</summary>
    public IReadOnlyList<PlannedMeeting> Plan(int year)
    {
        var closed = DanishHolidays.Of(year).Concat(ClosedDays).ToHashSet();
        var meetings = new List<PlannedMeeting>();
        for (var month = 1; month <= 12; month++)
        {
            if (MonthsWithoutMeetings.Contains(month))
                continue;
            foreach (var schedule in Schedules)
            {
                var date = new DateOnly(year, month, 1 + 7 * Math.Clamp(schedule.Round, 1, 3));
                while (date.DayOfWeek != schedule.Day)
                    date = date.AddDays(1);
                while (closed.Contains(date) || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    date = date.AddDays(1);
                meetings.Add(new PlannedMeeting(schedule.Committee, date, schedule.Start, schedule.End, schedule.Location));
            }
        }
        return meetings.OrderBy(m => m.Date).ThenBy(m => m.Start).ThenBy(m => m.Committee, StringComparer.Ordinal).ToList();
    }

    /// <summary>The next planned meeting of a committee after a date, or null when the year has none left.</summary>
    public PlannedMeeting? NextOf(string committee, DateOnly after) =>
        Plan(after.Year).Concat(Plan(after.Year + 1))
            .FirstOrDefault(m => m.Date > after && Names.Normalise(m.Committee) == Names.Normalise(committee));
}

/// <summary>A committee's standing slot in the calendar: round 1 (committees), 2 (the finance committee), 3 (the council).</summary>
public sealed record CommitteeSchedule(string Committee, int Round, DayOfWeek Day, TimeOnly Start, TimeOnly End, string Location);

/// <summary>A meeting the calendar plans.</summary>
public sealed record PlannedMeeting(string Committee, DateOnly Date, TimeOnly Start, TimeOnly End, string Location);
