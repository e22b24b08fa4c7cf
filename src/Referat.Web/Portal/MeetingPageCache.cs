using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Referat.Web.Portal;

/// <summary>
/// Published minutes rarely change, but a meeting page takes many queries to render. Rendered meeting pages are kept
/// in memory and reused while the meeting's version stays the same: the cache key holds the same version stamp as the
/// page's ETag, so a corrected import is shown within <see cref="WebOptions.MeetingVersionCheckInterval"/> (2 s).
/// Conditional requests are answered from the cache too.
/// </summary>
public static class MeetingPageCache
{
    public const string Policy = "moede";

    public static IServiceCollection AddMeetingPageCache(this IServiceCollection services) =>
        services.AddSingleton<MeetingVersionStamps>().AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery([])
                .VaryByValue(VersionStamp));
        });

    public static IApplicationBuilder UseMeetingPageCache(this IApplicationBuilder app) => app.UseOutputCache();

    private static KeyValuePair<string, string> VersionStamp(HttpContext context) =>
        new("version", context.RequestServices.GetRequiredService<MeetingVersionStamps>().For(context));
}

/// <summary>
/// The version stamp of each meeting, asked of the archive at most once per <see cref="WebOptions.MeetingVersionCheckInterval"/>
/// (one per web host: meeting ids are the archive's).
/// </summary>
public sealed class MeetingVersionStamps(WebOptions options, TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, (string Stamp, long Until)> _stamps = new();
    private readonly long _lifetime = (long)(options.MeetingVersionCheckInterval.TotalSeconds * clock.TimestampFrequency);

    public string For(HttpContext context)
    {
        var id = context.GetRouteValue("id") is { } value && long.TryParse(value.ToString(), out var parsed) ? parsed : 0;
        var now = clock.GetTimestamp();
        if (_lifetime > 0 && _stamps.TryGetValue(id, out var known) && known.Until > now)
            return known.Stamp;
        var version = context.RequestServices.GetRequiredService<PortalData>().MeetingVersion(id);
        var policy = context.RequestServices.GetRequiredService<PolicySource>().Tag;
        var stamp = version is { } v ? HttpCaching.MeetingTag("moede", id, v.Version, v.Modified, policy) : "none";
        if (_lifetime > 0)
            _stamps[id] = (stamp, now + _lifetime);
        return stamp;
    }
}
