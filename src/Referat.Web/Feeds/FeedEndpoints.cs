using Referat.Domain;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Referat.Search;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Web.OParl;
using Referat.Web.Portal;

namespace Referat.Web.Feeds;

/// <summary>
/// Calendars and feeds for subscribers:
/// <list type="bullet">
/// <item><c>/kalender.ics</c>, <c>/udvalg/{id}/kalender.ics</c>: the meetings (iCalendar, <see cref="CalendarFeed"/>)</item>
/// <item><c>/feeds/referater.atom</c>, <c>/udvalg/{id}/referater.atom</c>: newly published minutes, one entry per version</item>
/// <item><c>/feeds/beslutninger.atom</c>, <c>/udvalg/{id}/beslutninger.atom</c>: the latest decisions on public items</item>
/// <item><c>/feeds/soeg.atom?q=…</c>: a saved search, newest hits first</item>
/// </list>
/// Closed items are left out entirely: not their content, not even their titles.
/// </summary>
public static class FeedEndpoints
{
    public const string CalendarPath = "/kalender.ics";
    public const string MinutesFeedPath = "/feeds/referater.atom";
    public const string DecisionsFeedPath = "/feeds/beslutninger.atom";
    public const string SearchFeedPath = "/feeds/soeg.atom";

    public static string CommitteeCalendarPath(long id) => $"/udvalg/{id.ToString(CultureInfo.InvariantCulture)}/kalender.ics";
    public static string CommitteeMinutesFeedPath(long id) => $"/udvalg/{id.ToString(CultureInfo.InvariantCulture)}/referater.atom";
    public static string CommitteeDecisionsFeedPath(long id) => $"/udvalg/{id.ToString(CultureInfo.InvariantCulture)}/beslutninger.atom";

    public static IEndpointRouteBuilder MapReferatFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarPath, (HttpContext c, ArchiveContext db, WebOptions o, PolicySource p) => Calendar(c, db, o, p, null));
        endpoints.MapGet("/udvalg/{id:long}/kalender.ics", (HttpContext c, ArchiveContext db, WebOptions o, PolicySource p, long id) => Calendar(c, db, o, p, id));
        endpoints.MapGet(MinutesFeedPath, (HttpContext c, ArchiveContext db, WebOptions o, PolicySource p) => Minutes(c, db, o, p, null));
        endpoints.MapGet("/udvalg/{id:long}/referater.atom", (HttpContext c, ArchiveContext db, WebOptions o, PolicySource p, long id) => Minutes(c, db, o, p, id));
        endpoints.MapGet(DecisionsFeedPath, (HttpContext c, ArchiveContext db, WebOptions o) => Decisions(c, db, o, null));
        endpoints.MapGet("/udvalg/{id:long}/beslutninger.atom", (HttpContext c, ArchiveContext db, WebOptions o, long id) => Decisions(c, db, o, id));
        endpoints.MapGet(SearchFeedPath, SearchFeed);
        return endpoints;
    }

    private sealed record Site(string Root, string Host)
    {
        public static Site For(HttpRequest request) => new(OParlUrls.For(request).Root, request.Host.Host);
        public string Url(string path) => Root + path;
        public string Tag(string specific) => AtomFeed.TagUri(Host, specific);
    }

    /// <summary>The committee, or null for the whole archive; <c>found</c> false when the id names no committee.</summary>
    private static async Task<(bool Found, OrganizationRow? Organization)> Committee(ArchiveContext db, long? id, CancellationToken cancellation)
    {
        if (id is null)
            return (true, null);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && !o.Deleted, cancellation);
        return (organization is not null, organization);
    }

    private static async Task<IResult> Calendar(HttpContext context, ArchiveContext db, WebOptions options, PolicySource policy, long? id)
    {
        var (found, organization) = await Committee(db, id, context.RequestAborted);
        if (!found)
            return Results.NotFound();
        var stamp = FeedQueries.Stamp(db);
        var etag = FeedHttp.ETag(stamp, $"ics|{context.Request.Host}|{id}{policy.Tag}");
        if (FeedHttp.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var site = Site.For(context.Request);
        var meetings = await FeedQueries.CalendarMeetings(db, id).ToListAsync(context.RequestAborted);
        var name = organization is null ? $"Møder – {options.SystemName}" : $"Møder i {organization.Name}";
        var ics = CalendarFeed.Write(meetings, name, site.Root, site.Host, stamp.LastModified, policy.Current);
        FeedHttp.SetCaching(context, etag, stamp);
        var fileName = organization is null ? "kalender.ics" : $"udvalg-{id}-kalender.ics";
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        return Results.Text(ics, CalendarFeed.ContentType, new UTF8Encoding(false));
    }

    private static async Task<IResult> Minutes(HttpContext context, ArchiveContext db, WebOptions options, PolicySource policy, long? id)
    {
        var (found, organization) = await Committee(db, id, context.RequestAborted);
        if (!found)
            return Results.NotFound();
        var stamp = FeedQueries.Stamp(db);
        var etag = FeedHttp.ETag(stamp, $"referater|{context.Request.Host}|{id}{policy.Tag}");
        if (FeedHttp.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var site = Site.For(context.Request);
        var versions = FeedQueries.Versions(db, id);
        var entries = versions.Select(v => MinutesEntry(site, v, policy.Current)).ToList();
        var self = id is null ? MinutesFeedPath : CommitteeMinutesFeedPath(id.Value);
        var head = new AtomFeedHead(
            site.Tag(id is null ? "feeds/referater" : $"udvalg/{id}/referater"),
            organization is null ? "Nye referater" : $"Nye referater – {organization.Name}",
            $"Nyligt offentliggjorte referater fra {options.SystemName}",
            entries.Count > 0 ? entries.Max(e => e.Updated) : stamp.LastModified,
            site.Url(self), site.Url(id is null ? "/" : $"/udvalg/{id}"), options.SystemName);
        return Atom(context, etag, stamp, AtomFeed.Write(head, entries));
    }

    private static AtomEntry MinutesEntry(Site site, MeetingVersionRow version, PublicationPolicy policy)
    {
        var meeting = version.Meeting;
        var title = $"Referat: {meeting.Organization.Name} {DanishDates.Long(meeting.Date)}"
            + (version.Number > 1 ? $" (rettet, version {version.Number})" : "");
        var summary = new StringBuilder();
        summary.Append($"{meeting.Organization.Name}, møde {DanishDates.Long(meeting.Date)}");
        if (meeting.StartTime is { } start)
            summary.Append($" kl. {DanishDates.Time(start)}");
        summary.Append('.');
        if (version.Number > 1 && !string.IsNullOrWhiteSpace(version.Changes))
            summary.Append(" Ændringer: ").Append(version.Changes.Trim());
        if (!version.IsCurrent)
            summary.Append(" Denne version er siden erstattet af en rettet version.");
        else
        {
            var agenda = FeedText.Agenda(meeting, policy);
            if (agenda.Length > 0)
                summary.Append("\n\n").Append(agenda);
        }
        return new AtomEntry(
            site.Tag($"moede/{meeting.Id}/version/{version.Number}"), title, version.ImportedAt, site.Url($"/moeder/{meeting.Id}"),
            summary.ToString(), Published: DanishDates.StartOfDay(meeting.Date), Categories: [meeting.Organization.Name]);
    }

    private static async Task<IResult> Decisions(HttpContext context, ArchiveContext db, WebOptions options, long? id)
    {
        var (found, organization) = await Committee(db, id, context.RequestAborted);
        if (!found)
            return Results.NotFound();
        var stamp = FeedQueries.Stamp(db);
        var etag = FeedHttp.ETag(stamp, $"beslutninger|{context.Request.Host}|{id}");
        if (FeedHttp.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var site = Site.For(context.Request);
        var entries = FeedQueries.Decisions(db, id).Select(d => DecisionEntry(site, d)).ToList();
        var self = id is null ? DecisionsFeedPath : CommitteeDecisionsFeedPath(id.Value);
        var head = new AtomFeedHead(
            site.Tag(id is null ? "feeds/beslutninger" : $"udvalg/{id}/beslutninger"),
            organization is null ? "Seneste beslutninger" : $"Seneste beslutninger – {organization.Name}",
            $"Beslutninger på de åbne punkter i {options.SystemName}",
            entries.Count > 0 ? entries.Max(e => e.Updated) : stamp.LastModified,
            site.Url(self), site.Url(id is null ? "/" : $"/udvalg/{id}"), options.SystemName);
        return Atom(context, etag, stamp, AtomFeed.Write(head, entries));
    }

    private static AtomEntry DecisionEntry(Site site, DecisionRow decision)
    {
        var item = decision.AgendaItem;
        var meeting = item.Meeting;
        var body = decision.BodyName ?? meeting.Organization.Name;
        var date = decision.Date ?? meeting.Date;
        var outcome = decision.Outcome.DanishName();
        var summary = new StringBuilder();
        summary.Append($"{body}, {DanishDates.Long(date)}, punkt {item.Number}: {item.Name}.");
        summary.Append($" Udfald: {outcome}.");
        summary.Append("\n\n").Append(decision.Text);
        var categories = new List<string> { body, outcome };
        return new AtomEntry(
            site.Tag($"beslutning/{decision.Id}"),
            $"{item.Name} – {outcome} ({body} {DanishDates.Long(date)})",
            item.Modified, site.Url($"/punkter/{item.Id}"), summary.ToString(),
            Published: DanishDates.StartOfDay(date), Categories: categories);
    }

    private static async Task<IResult> SearchFeed(HttpContext context, ArchiveContext db, PortalSearch search, WebOptions options, string? q)
    {
        var query = (q ?? "").Trim();
        if (query.Length == 0)
        {
            await ReferatWeb.WriteError(context, StatusCodes.Status400BadRequest, "Angiv en søgning: /feeds/soeg.atom?q=…");
            return Results.Empty;
        }
        var site = Site.For(context.Request);
        var self = site.Url($"{SearchFeedPath}?q={Uri.EscapeDataString(query)}");
        var id = site.Tag($"soeg?q={query}");
        var results = search.Search(
            new SearchRequest { Query = query, Sort = SearchSort.NewestFirst, PageSize = FeedQueries.FeedSize, IncludeFacets = false });
        var stamp = FeedQueries.Stamp(db);
        if (results is null)
        {
            // No index beside the archive (not built yet, or unreadable): an empty, valid feed that says so.
            var empty = new AtomFeedHead(id, $"Søgning: {query} – søgningen er ikke tilgængelig",
                search.Problem == SearchProblem.Missing ? "Søgeindekset er ikke bygget endnu. Prøv igen senere." : "Søgeindekset kan ikke læses lige nu. Prøv igen senere.",
                stamp.LastModified, self, site.Url("/"), options.SystemName);
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(AtomFeed.Write(empty, []), AtomFeed.ContentType, new UTF8Encoding(false));
        }
        var entries = results.Hits.Select(hit => new AtomEntry(
            site.Tag($"soeg/{hit.Id}"),
            HitTitle(hit),
            hit.MeetingDate is { } date ? DanishDates.StartOfDay(date).UtcDateTime : stamp.LastModified,
            site.Url(hit.Path),
            hit.Snippet, SummaryHtml: true,
            Published: hit.MeetingDate is { } published ? DanishDates.StartOfDay(published) : null,
            Categories: hit.Committee is { } committee ? [committee] : null)).ToList();
        var head = new AtomFeedHead(id, $"Søgning: {query}", $"{results.Total} resultater i {options.SystemName}, nyeste først",
            entries.Count > 0 ? entries.Max(e => e.Updated) : stamp.LastModified, self, site.Url("/"), options.SystemName);
        context.Response.Headers.CacheControl = FeedHttp.CacheControl;
        return Results.Text(AtomFeed.Write(head, entries), AtomFeed.ContentType, new UTF8Encoding(false));
    }

    private static string HitTitle(SearchHit hit)
    {
        var parts = new List<string>();
        if (hit.Committee is { } committee)
            parts.Add(committee);
        if (hit.MeetingDate is { } date)
            parts.Add(DanishDates.Long(date));
        if (hit.ItemNumber is { } number)
            parts.Add($"punkt {number}");
        return parts.Count == 0 ? hit.Title : $"{hit.Title} ({string.Join(", ", parts)})";
    }

    private static IResult Atom(HttpContext context, string etag, ArchiveStamp stamp, string xml)
    {
        FeedHttp.SetCaching(context, etag, stamp);
        return Results.Text(xml, AtomFeed.ContentType, new UTF8Encoding(false));
    }
}
