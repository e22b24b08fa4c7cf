using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.Decisions;

/// <summary>
/// The line that opens a body's decision: "Økonomiudvalget, den 9. juni 2015" or
/// "Erhvervs- og Beskæftigelsesudvalget den 09-06-2015", "Kultur-, Idræts- og Fritidsudvalget, den 4. januar 2022".
/// The whole line is the body and the date, nothing else.
/// </summary>
public static partial class DecisionHeaderLine
{
    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-]*(?:,?[\s\-]+(?:og|for|i|\p{Lu}[\p{L}\-]*|[\p{L}\-]*udvalget|[\p{L}\-]*bestyrelsen)){0,8})\s*,?\s+(?:den|d\.)\s+(?<date>" + DanishDates.DatePattern + @")\s*\.?$")]
    private static partial Regex Pattern();

    public static bool TryRead(string line, out string body, out DateOnly? date)
    {
        body = "";
        date = null;
        // Cheap test first: this runs on every line of every item.
        if (line.Length > 160 || !line.AsSpan().ContainsAnyInRange('0', '9') || !(line.Contains(" den ") || line.Contains(" d. ")))
            return false;
        var match = Pattern().Match(line.Trim());
        body = match.Success ? match.Groups["body"].Value.Trim() : "";
        date = match.Success ? DanishDates.FindDate(match.Groups["date"].Value) : null;
        return match.Success && date is not null && LooksLikeBody(body);
    }

    /// <summary>Bodies are committees, boards and councils: the last word names the kind of body.</summary>
    private static bool LooksLikeBody(string body)
    {
        var last = body.Split(' ', '-').Last().ToLowerInvariant();
        return last.EndsWith("udvalget") || last.EndsWith("udvalg") || last.EndsWith("bestyrelsen") || last.EndsWith("rådet")
               || last.EndsWith("repræsentationen") || last.EndsWith("forum") || last.EndsWith("råd") || last.EndsWith("nævnet");
    }
}
