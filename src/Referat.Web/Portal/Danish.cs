using System.Globalization;
using System.Net;
using System.Text;
using Referat.Domain;

namespace Referat.Web.Portal;

/// <summary>Danish text for the portal: dates ("9. marts 2026"), times, amounts ("1.713 t. kr."), search facets. The names of
/// the domain's enumerations are <see cref="DanishNames"/>'.</summary>
public static class Danish
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"mandag den 9. marts 2026".</summary>
    public static string LongDate(DateOnly date) => $"{Weekday(date)} den {Date(date)}";

    public static string Weekday(DateOnly date) => Culture.DateTimeFormat.GetDayName(date.DayOfWeek);

    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Culture);

    public static string Time(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    /// <summary>"kl. 16.00–18.30", "kl. 16.00" or "".</summary>
    public static string TimeSpan(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"kl. {Time(s)}–{Time(e)}",
        ({ } s, null) => $"kl. {Time(s)}",
        _ => "",
    };

    /// <summary>An amount in thousands of kroner: "1.713 t. kr.", "-2.900 t. kr.".</summary>
    public static string Thousands(decimal amount) => amount.ToString("#,##0.###", Culture) + " t. kr.";

    /// <summary>An amount in millions of kroner: "-2,9 mio. kr.".</summary>
    public static string Millions(decimal amount) => amount.ToString("#,##0.0##", Culture) + " mio. kr.";

    public static string Number(int n) => n.ToString("#,##0", Culture);

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0", Culture) + " %" : "–";

    /// <summary>The CSS class of an outcome badge.</summary>
    public static string OutcomeClass(DecisionOutcome outcome) => "badge badge-" + outcome.ToString().ToLowerInvariant();

    public static string Kind(string kind) => kind.ToLowerInvariant() switch
    {
        "item" => "Punkt",
        "attachment" => "Bilag",
        "case" => "Sag",
        "person" => "Person",
        _ => kind,
    };

    public static string FacetName(string facet) => facet switch
    {
        "kind" => "Type",
        "committee" => "Udvalg",
        "term" => "Valgperiode",
        "year" => "År",
        "type" => "Punkttype",
        "outcome" => "Beslutning",
        "kle" => "KLE-hovedgruppe",
        "appropriation" => "Bevilling",
        "amount_size" => "Største beløb",
        _ => facet,
    };

    public static string FacetValue(string facet, string value) => facet switch
    {
        "kind" => Kind(value),
        "outcome" when Enum.TryParse<DecisionOutcome>(value, out var o) => o.DanishName(),
        "appropriation" => value is "ja" or "true" or "True" ? "Med bevilling" : "Uden bevilling",
        "amount_size" when Enum.TryParse<AmountSize>(value, out var size) => size.DanishName(),
        _ => value,
    };

    /// <summary>
    /// A search snippet as HTML: the index gives escaped text with the matched words in &lt;mark&gt;. Only those marks
    /// survive; every other character is encoded again here, whatever the snippet holds.
    /// </summary>
    public static string SafeSnippet(string snippet)
    {
        var sb = new StringBuilder();
        var rest = snippet.AsSpan();
        var open = false;
        while (rest.Length > 0)
        {
            var tag = open ? "</mark>" : "<mark>";
            var at = rest.IndexOf(tag, StringComparison.Ordinal);
            var text = at < 0 ? rest : rest[..at];
            sb.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(text.ToString())));
            if (at < 0)
                break;
            sb.Append(tag);
            open = !open;
            rest = rest[(at + tag.Length)..];
        }
        if (open)
            sb.Append("</mark>");
        return sb.ToString();
    }
}
