using System.Globalization;

namespace Referat.Publishing;

/// <summary>Dates and times as Danish minutes print them: "9. marts 2026", "04-02-2027", "Mandag", "16:00".</summary>
internal static class DanishFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static string LongDate(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string NumericDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date)
    {
        var name = Culture.DateTimeFormat.GetDayName(date.DayOfWeek);
        return name.Length == 0 ? name : char.ToUpper(name[0], Culture) + name[1..];
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
