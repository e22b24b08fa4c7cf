using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Referat.Web.Feeds;

/// <summary>Caching for feeds and downloads: a short public max-age, an ETag from the archive's version, Last-Modified.</summary>
public static class FeedHttp
{
    public const string CacheControl = "public, max-age=300";

    public static string ETag(ArchiveStamp stamp, string variant)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(stamp.Tag + "|" + variant));
        return "\"" + Convert.ToHexStringLower(hash)[..24] + "\"";
    }

    public static bool NotModified(HttpContext context, string etag)
    {
        var header = context.Request.Headers.IfNoneMatch;
        if (header.Count == 0)
            return false;
        var match = header.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
            .Any(v => v == "*" || v == etag || v == "W/" + etag);
        if (match)
            SetCaching(context, etag, null);
        return match;
    }

    public static void SetCaching(HttpContext context, string etag, ArchiveStamp? stamp)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.ETag = etag;
        if (stamp is not null)
            headers.LastModified = DateTime.SpecifyKind(stamp.LastModified, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
        headers.Vary = HeaderNames.Host;
    }
}

/// <summary>Dates as Danish minutes print them: "9. juni 2025".</summary>
public static class DanishDates
{
    private static readonly CultureInfo Danish = CreateDanish();
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static string Long(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

    public static string Time(TimeOnly time) => time.ToString("HH.mm", Danish);

    private static CultureInfo CreateDanish()
    {
        try { return CultureInfo.GetCultureInfo("da-DK"); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }

    /// <summary>Midnight of the date in Copenhagen, with that day's offset (for Atom's published).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local));
    }

    private static readonly TimeZoneInfo Copenhagen = FindCopenhagen();

    private static TimeZoneInfo FindCopenhagen()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
