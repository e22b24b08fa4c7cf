using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Referat.Web.Portal;

/// <summary>
/// Published minutes rarely change, but a meeting page takes many queries to render. Rendered meeting pages are kept
/// in memory and reused while the meeting's version stays the same: the cache key holds the same version stamp as the
/// page's ETag, so a corrected import is shown within two seconds. Conditional requests are answered from the cache too.
/// </summary>
public static class MeetingPageCache
{
    public const string Policy = "moede";

    public static IServiceCollection AddMeetingPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery([])
                .VaryByValue(VersionStamp));
        });

    public static IApplicationBuilder UseMeetingPageCache(this IApplicationBuilder app) => app.UseOutputCache();

    // The stamp itself is asked of the archive at most every two seconds per meeting: an import shows within that.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, (string Stamp, long Until)> Stamps = new();
    private static readonly long StampLifetime = 2 * System.Diagnostics.Stopwatch.Frequency;

    private static KeyValuePair<string, string> VersionStamp(HttpContext context)
    {
        var id = context.GetRouteValue("id") is { } value && long.TryParse(value.ToString(), out var parsed) ? parsed : 0;
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (Stamps.TryGetValue(id, out var known) && known.Until > now)
            return new("version", known.Stamp);
        var options = context.RequestServices.GetRequiredService<WebOptions>();
        var version = context.RequestServices.GetRequiredService<PortalData>().MeetingVersion(id);
        var stamp = version is { } v ? HttpCaching.MeetingTag("moede", id, v.Version, v.Modified, options.ShowClosedItemTitles) : "none";
        Stamps[id] = (stamp, now + StampLifetime);
        return new("version", stamp);
    }
}
