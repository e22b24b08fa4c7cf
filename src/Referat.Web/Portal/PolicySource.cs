using Referat.Domain;
using Referat.Storage.Reading;

namespace Referat.Web.Portal;

/// <summary>
/// The body's publication policy for the web host: read from the archive, trusted for
/// <see cref="WebOptions.MeetingVersionCheckInterval"/>, so that a changed policy reaches every page, feed, calendar,
/// API response and download within that time.
/// </summary>
public sealed class PolicySource(ArchiveAccess access, WebOptions options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private (PublicationPolicy Policy, DateTimeOffset Read)? _cached;

    public PublicationPolicy Current
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (_cached is { } cached && now - cached.Read < options.MeetingVersionCheckInterval)
                    return cached.Policy;
                using var db = access.OpenContext();
                var policy = StoredPolicy.Read(db);
                _cached = (policy, now);
                return policy;
            }
        }
    }

    /// <summary>A short tag for ETags and cache keys: pages look different under another policy.</summary>
    public string Tag => Current.ShowsClosedTitles ? "" : "-notitles";
}
