using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Import.Recognition;

/// <summary>
/// Dates and times as Danish minutes write them: "9. juni 2015", "25 maj, 2023", "TORSDAG DEN 29. JANUAR 2009",
/// "04-02-2027", "03-09-2019 18:00:00", "kl. 16:00", "Kl. 12:00-15:00".
/// </summary>
public static partial class DanishDates
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private const string MonthNames = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december";

    /// <summary>A date in any of the printed forms (case-insensitive where used with <see cref="RegexOptions.IgnoreCase"/>).</summary>
    public const string DatePattern = @"\d{1,2}\.?\s*(?:" + MonthNames + @"),?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4}";

    public const string WeekdayPattern = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag";

    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})\.?\s*(?<month>" + MonthNames + @"),?\s+(?<year>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"(?<![\d.])(?<day>\d{1,2})[-./](?<month>\d{1,2})[-./](?<year>\d{4})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\bkl\.?\s*(?<h>\d{1,2})[:.](?<m>\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\d.:/-])(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?::\d{2})?(?![.:/]?\d)")]
    private static partial Regex BareTime();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}\s*[-–]\s*(?:kl\.?\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRangeEnd();

    public static DateOnly? FindDate(string text) => FindDateMatch(text)?.Date;

    /// <summary>The first date in the text, with where it stands.</summary>
    public static (DateOnly Date, int Index, int Length)? FindDateMatch(string text)
    {
        var best = ((DateOnly Date, int Index, int Length)?)null;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            return null;
        foreach (Match match in LongDate().Matches(text))
        {
            var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
            if (Make(match.Groups["year"].Value, month, match.Groups["day"].Value) is { } date)
            {
                best = (date, match.Index, match.Length);
                break;
            }
        }
        foreach (Match match in NumericDate().Matches(text))
        {
            if (best is not null && match.Index > best.Value.Index)
                break;
            if (Make(match.Groups["year"].Value, int.Parse(match.Groups["month"].Value), match.Groups["day"].Value) is { } date)
                return (date, match.Index, match.Length);
        }
        return best;
    }

    /// <summary>"kl. 16:00".</summary>
    public static TimeOnly? FindTime(string text)
    {
        var match = ClockTime().Match(text);
        return match.Success ? MakeTime(match) : null;
    }

    /// <summary>A time with or without "kl.": "kl. 16:00", "- 18:30", "18:00:00", "19:00-21:00" (the first).</summary>
    public static TimeOnly? FindAnyTime(string text)
    {
        var clock = ClockTime().Match(text);
        if (clock.Success)
            return MakeTime(clock);
        // Outside dates: "03-09-2019 18:00:00" has a time, "31.08.2020" has none.
        foreach (Match match in BareTime().Matches(text))
            if (!InsideDate(text, match.Index))
                return MakeTime(match);
        return null;
    }

    private static bool InsideDate(string text, int index)
    {
        var date = FindDateMatch(text);
        return date is { } d && index >= d.Index && index < d.Index + d.Length;
    }

    public static TimeOnly? FindEndTime(string text)
    {
        var match = TimeRangeEnd().Match(text);
        return match.Success ? MakeTime(match) : null;
    }

    private static TimeOnly? MakeTime(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d)
            : null;
    }
}
