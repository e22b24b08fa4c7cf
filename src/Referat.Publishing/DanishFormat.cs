using System.Globalization;
using Referat.Domain;

namespace Referat.Publishing;

/// <summary>The renderers' names for <see cref="DanishDates"/>.</summary>
internal static class DanishFormat
{
    public static CultureInfo Culture => DanishDates.Culture;

    public static string LongDate(DateOnly date) => DanishDates.Long(date);

    public static string NumericDate(DateOnly date) => DanishDates.Numeric(date);

    public static string Weekday(DateOnly date) => DanishDates.Weekday(date);

    public static string Time(TimeOnly time) => DanishDates.Time(time);
}
