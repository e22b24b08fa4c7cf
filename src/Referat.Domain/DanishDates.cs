using System.Globalization;

namespace Referat.Domain;

/// <summary>Dates and times as Danish minutes and pages print them: "9. marts 2026", "04-02-2027", "Mandag", "16:00".</summary>
public static class DanishDates
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static string Long(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Numeric(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date)
    {
        var name = Culture.DateTimeFormat.GetDayName(date.DayOfWeek);
        return name.Length == 0 ? name : char.ToUpper(name[0], Culture) + name[1..];
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
