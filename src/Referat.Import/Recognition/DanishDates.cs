using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Import.Recognition;

/// <summary>Dates and times as Danish minutes write them: "9. juni 2015", "04-02-2027", "kl. 16:00".</summary>
public static partial class DanishDates
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public const string DatePattern = @"\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+\d{4}|\d{1,2}[-.]\d{1,2}[-.]\d{4}";

    [GeneratedRegex(@"(?<day>\d{1,2})\.\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})[-.](?<month>\d{1,2})[-.](?<year>\d{4})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\bkl\.?\s*(?<h>\d{1,2})[:.](?<m>\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}\s*[-–]\s*(?<h>\d{1,2})[:.](?<m>\d{2})")]
    private static partial Regex TimeRangeEnd();

    public static DateOnly? FindDate(string text)
    {
        var match = LongDate().Match(text);
        if (match.Success)
        {
            var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
            return Make(match.Groups["year"].Value, month, match.Groups["day"].Value);
        }
        match = NumericDate().Match(text);
        return match.Success ? Make(match.Groups["year"].Value, int.Parse(match.Groups["month"].Value), match.Groups["day"].Value) : null;
    }

    public static TimeOnly? FindTime(string text)
    {
        var match = ClockTime().Match(text);
        return match.Success ? MakeTime(match) : null;
    }

    public static TimeOnly? FindEndTime(string text)
    {
        var match = TimeRangeEnd().Match(text);
        return match.Success ? MakeTime(match) : null;
    }

    private static TimeOnly? MakeTime(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value);
        var minute = int.Parse(match.Groups["m"].Value);
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
