using System.Text.RegularExpressions;

namespace Referat.Import.Recognition.Decisions;

/// <summary>
/// The line that opens a decision block, as read: the body and date it names, whether the transcript lost the date
/// ("Beslutning i … den :"), whether it quotes another body's earlier treatment ("Økonomiudvalget, 19. juni 2019,
/// pkt. 146:"), and the decision text that follows on the same line, if any.
/// </summary>
public sealed record DecisionHeader(string? Body, DateOnly? Date, bool DateLost, bool Quoted, string Rest, string Form);

/// <summary>
/// Reads decision header lines in their common wordings:
/// <list type="bullet">
/// <item><c>beslutning-linje</c>: "Beslutning Byrådet den 29-08-2017", "Beslutning i Økonomiudvalget den 15-06-2020",
/// "BESLUTNING: Kommunalbestyrelsen den 16-12-2021", "Beslutning i Byrådet 27. november 2018:", "Beslutning den :",
/// "Beslutning fra Økonomiudvalget, 17. marts 2021, pkt. 32:". The word "Beslutning" is the evidence, so the body may
/// be any name ("Udvalget for sundhed, kultur og fritid").</item>
/// <item><c>organ-dato-pkt</c>: "Social og Sundhed, 6. januar 2020, pkt. 123:", another body's decision quoted with its
/// agenda point: the point reference is the evidence.</item>
/// <item><c>organ-dato</c>: "Økonomiudvalget, den 9. juni 2015", "Erhvervs- og Beskæftigelsesudvalget den 09-06-2015":
/// the whole line is a body and a date, and the name ends in a kind of body.</item>
/// </list>
/// A date is always preceded by "den", "d." or a comma, or is the end of the line before a colon, so that a weekday
/// line ("Økonomiudvalget, Mandag den 08-04-2013", a running head) is not a decision.
/// </summary>
public static partial class DecisionHeaders
{
    private const string Date = "(?i:" + DanishDates.DatePattern + ")";

    [GeneratedRegex(@"^(?:Beslutning(?:er)?|BESLUTNING(?:ER)?)(?=[\s:.]|$)\s*[:.]?\s*(?:(?:i|fra|af)\s+)?(?<tail>.*)$")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^(?:(?<body>\p{Lu}[^:]*?)\s*,?\s+)??(?:(?:den|DEN|d\.)(?:\s+(?<date>" + Date + @"))?|(?<date>" + Date + @"))\s*(?:,\s*(?:pkt|punkt|Pkt|PKT)\.?\s*(?<point>\d+\w?))?\s*(?:[:.]\s*(?<rest>.*))?$")]
    private static partial Regex PrefixedTail();

    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-–,&/ ]{1,90}?),\s*(?:(?:den|DEN|d\.)\s+)?(?<date>" + Date + @")\s*,\s*(?:pkt|punkt|Pkt|PKT)\.?\s*(?<point>\d+\w?)\s*[:.]?\s*$")]
    private static partial Regex BodyDatePoint();

    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-–,&/ ]{1,90}?)\s*,?\s+(?:(?:den|DEN|d\.)\s+)(?<date>" + Date + @")\s*[.:]?$")]
    private static partial Regex BodyDate();

    public static bool TryRead(string line, out DecisionHeader header)
    {
        header = null!;
        // Cheap tests first, without allocating: this runs on every line of every item.
        var span = line.AsSpan().Trim();
        if (span.Length is < 5 or > 200 || !char.IsUpper(span[0]))
            return false;
        var prefixed = span[0] is 'B' && (span.StartsWith("Beslutning", StringComparison.Ordinal) || span.StartsWith("BESLUTNING", StringComparison.Ordinal));
        if (!prefixed && span.IndexOfAnyInRange('0', '9') < 0)
            return false;
        var text = span.ToString();
        if (prefixed)
            return TryPrefixed(text, out header);
        var point = text.Contains("pkt", StringComparison.OrdinalIgnoreCase) || text.Contains("punkt", StringComparison.OrdinalIgnoreCase)
            ? BodyDatePoint().Match(text) : Match.Empty;
        if (point.Success)
        {
            header = new DecisionHeader(point.Groups["body"].Value.Trim(), DanishDates.FindDate(point.Groups["date"].Value), false, true, "", "organ-dato-pkt");
            return header.Date is not null;
        }
        if (!(text.Contains(" den ") || text.Contains(" d. ")))
            return false;
        var plain = BodyDate().Match(text);
        if (!plain.Success || !BodyNames.LooksLikeBody(plain.Groups["body"].Value))
            return false;
        header = new DecisionHeader(plain.Groups["body"].Value.Trim().TrimEnd(','), DanishDates.FindDate(plain.Groups["date"].Value), false, false, "", "organ-dato");
        return header.Date is not null;
    }

    private static bool TryPrefixed(string text, out DecisionHeader header)
    {
        header = null!;
        var prefixed = Prefixed().Match(text);
        if (!prefixed.Success)
            return false;
        var tail = prefixed.Groups["tail"].Value.Trim();
        // "Beslutning" alone, or "Beslutning: Godkendt.": a section heading, not a header line.
        if (tail.Length == 0)
            return false;
        var match = PrefixedTail().Match(tail);
        if (!match.Success)
            return false;
        var body = match.Groups["body"].Success ? match.Groups["body"].Value.Trim().TrimEnd(',').Trim() : null;
        if (body is { Length: > 90 })
            return false;
        var date = match.Groups["date"].Success ? DanishDates.FindDate(match.Groups["date"].Value) : null;
        var quoted = match.Groups["point"].Success;
        header = new DecisionHeader(body is { Length: > 0 } ? body : null, date, date is null, quoted, match.Groups["rest"].Value.Trim(), "beslutning-linje");
        return true;
    }
}
