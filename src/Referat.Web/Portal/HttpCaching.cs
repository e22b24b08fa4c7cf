using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Referat.Web.Portal;

/// <summary>
/// Validators for pages computed from one meeting: the ETag names the meeting, its current version and when it
/// last changed (plus the portal's rendering revision), so a new version of the minutes gives a new ETag.
/// </summary>
public static class HttpCaching
{
    /// <summary>Raise when the pages' markup changes, so that cached copies are not reused.</summary>
    public const string Revision = "p2";

    /// <summary>A meeting page's or PDF's ETag: the meeting's version, its last change and the publication policy's tag.</summary>
    public static string MeetingTag(string kind, long meetingId, int version, DateTime modified, string policyTag) =>
        $"\"{kind}-{meetingId}-v{version}-{modified.Ticks:x}{policyTag}-{Revision}\"";

    /// <summary>Sets ETag and Cache-Control; true when the client's copy is current (answer 304 then).</summary>
    public static bool NotModified(HttpContext context, string etag)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=300, must-revalidate";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
            return false;
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Tag == "*" || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
    }
}
