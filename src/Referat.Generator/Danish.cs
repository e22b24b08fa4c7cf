using System.Globalization;
using System.Text;

namespace Referat.Generator;

/// <summary>Danish dates and numbers written by hand, so that output never depends on the machine's culture.</summary>
public static class Danish
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] Weekdays = ["Søndag", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag"];

    /// <summary>"9. marts 2026".</summary>
    public static string LongDate(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"09. marts 2026".</summary>
    public static string LongDatePadded(DateOnly date) => $"{date.Day:00}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"04-02-2027".</summary>
    public static string NumericDate(DateOnly date) => $"{date.Day:00}-{date.Month:00}-{date.Year}";

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string MonthName(int month) => Months[month - 1];

    public static string Time(TimeOnly time) => $"{time.Hour:00}:{time.Minute:00}";

    /// <summary>1713 → "1.713", -250 → "-250".</summary>
    public static string Amount(long value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
                builder.Append('.');
            builder.Append(digits[i]);
        }
        return (value < 0 ? "-" : "") + builder;
    }

    /// <summary>"A, B og C".</summary>
    public static string List(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " og " + list[^1],
        };
    }
}
