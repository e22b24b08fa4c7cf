using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Web.Portal;

namespace Referat.Web.OParl;

/// <summary>
/// The OParl 1.1 API under <c>/oparl/v1.1/</c> (GET only). The endpoint is the System object at
/// <c>/oparl/v1.1/system</c>; objects at <c>/oparl/v1.1/{type}/{id}</c>; the body's external lists at
/// <c>/oparl/v1.1/body/{id}/{type}</c>; an organization's meetings and consultations below it.
/// </summary>
public static class OParlEndpoints
{
    public const string NotFoundMessage = "Objektet findes ikke.";

    /// <summary>The external lists of a body, by the last path segment.</summary>
    public static readonly string[] BodyLists =
        ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "location", "legislativeTerm", "membership"];

    public static IEndpointRouteBuilder MapOParl(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(OParlUrls.Prefix);
        api.MapGet("/", (HttpContext context) => Results.Redirect(OParlUrls.For(context.Request).System, permanent: true));
        api.MapGet("/system", (HttpContext context, WebOptions options) =>
            OParlJson.Result(Projector(context, options).System()));

        api.MapGet("/body", (HttpContext context, ArchiveContext db, WebOptions options) =>
            List(context, options, OParlUrls.For(context.Request).Bodies, OParlQueries.Bodies(db), q => q.WithDetails(), (p, b) => p.Body(b)));
        api.MapGet("/body/{id:long}/{list}", BodyList);
        api.MapGet("/organization/{id:long}/meeting", async (HttpContext context, ArchiveContext db, WebOptions options, long id) =>
            !await db.Organizations.AnyAsync(o => o.Id == id, context.RequestAborted) ? NotFound()
            : await List(context, options, OParlUrls.For(context.Request).Organization(id) + "/meeting",
                OParlQueries.Meetings(db).Where(m => m.OrganizationId == id), q => q.WithDetails(), (p, m) => p.Meeting(m)));
        api.MapGet("/organization/{id:long}/consultation", async (HttpContext context, ArchiveContext db, WebOptions options, long id) =>
            !await db.Organizations.AnyAsync(o => o.Id == id, context.RequestAborted) ? NotFound()
            : await List(context, options, OParlUrls.For(context.Request).Organization(id) + "/consultation",
                OParlQueries.Consultations(db).Where(c => c.OrganizationId == id), q => q, (p, c) => p.Consultation(c)));

        api.MapGet("/file/{id:long}/access", FileAccess);
        api.MapGet("/file/{id:long}/download", FileDownload);
        api.MapGet("/{kind}/{id:long}", Object);
        return endpoints;
    }

    private static OParlProjector Projector(HttpContext context, WebOptions options, bool omitInternal = false) =>
        new(OParlUrls.For(context.Request), options, context.RequestServices.GetRequiredService<PolicySource>().Current) { OmitInternal = omitInternal };

    public static IResult NotFound() => OParlJson.Result(OParlJson.Error(NotFoundMessage), StatusCodes.Status404NotFound);

    private static async Task<IResult> List<T>(HttpContext context, WebOptions options, string url, IQueryable<T> source,
        Func<IQueryable<T>, IQueryable<T>> load, Func<OParlProjector, T, JsonObject> project) where T : OParlObject
    {
        var list = OParlList.Parse(context.Request.Query, options);
        var projector = Projector(context, options, list.OmitInternal);
        return OParlJson.Result(await list.PageAsync(url, source, load, page => page.Select(e => project(projector, e)), context.RequestAborted));
    }

    private static async Task<IResult> BodyList(HttpContext context, ArchiveContext db, WebOptions options, long id, string list)
    {
        if (!BodyLists.Contains(list, StringComparer.Ordinal) || !await db.Bodies.AnyAsync(b => b.Id == id, context.RequestAborted))
            return NotFound();
        var url = OParlUrls.For(context.Request).BodyList(id, list);
        return list switch
        {
            "organization" => await List(context, options, url, OParlQueries.Organizations(db).Where(o => o.BodyId == id), q => q.WithDetails(), (p, o) => p.Organization(o)),
            "person" => await List(context, options, url, OParlQueries.Persons(db).Where(x => x.BodyId == id), q => q.WithDetails(), (p, x) => p.Person(x)),
            "meeting" => await List(context, options, url, OParlQueries.Meetings(db).Where(m => m.Organization.BodyId == id), q => q.WithDetails(), (p, m) => p.Meeting(m)),
            "paper" => await List(context, options, url, OParlQueries.Papers(db).Where(x => x.BodyId == id), q => q.WithDetails(), (p, x) => p.Paper(x)),
            "agendaItem" => await List(context, options, url, OParlQueries.AgendaItems(db).Where(i => i.Meeting.Organization.BodyId == id), q => q.WithDetails(), (p, i) => p.AgendaItem(i)),
            "consultation" => await List(context, options, url, OParlQueries.Consultations(db).Where(c => c.Paper.BodyId == id), q => q, (p, c) => p.Consultation(c)),
            "file" => await List(context, options, url, OParlQueries.Files(db).Where(f => f.AgendaItem.Meeting.Organization.BodyId == id), q => q.WithDetails(), (p, f) => p.File(f)),
            "location" => await LocationList(context, db, options, url, id),
            "legislativeTerm" => await List(context, options, url, OParlQueries.LegislativeTerms(db).Where(t => t.BodyId == id), q => q, (p, t) => p.LegislativeTerm(t)),
            "membership" => await List(context, options, url, OParlQueries.Memberships(db).Where(m => m.Person.BodyId == id), q => q, (p, m) => p.Membership(m)),
            _ => NotFound(),
        };
    }

    private static async Task<IResult> LocationList(HttpContext context, ArchiveContext db, WebOptions options, string url, long bodyId)
    {
        var list = OParlList.Parse(context.Request.Query, options);
        var projector = Projector(context, options, list.OmitInternal);
        var page = await list.PageAsync(url, OParlQueries.Locations(db).Where(l => l.BodyId == bodyId), q => q, locations =>
        {
            var meetings = OParlQueries.MeetingsByLocation(db, locations.Select(l => l.Id).ToList());
            return locations.Select(l => projector.Location(l, meetings.GetValueOrDefault(l.Id)));
        }, context.RequestAborted);
        return OParlJson.Result(page);
    }

    private static async Task<IResult> Object(HttpContext context, ArchiveContext db, WebOptions options, string kind, long id)
    {
        var p = Projector(context, options);
        var cancel = context.RequestAborted;
        JsonObject? result = kind switch
        {
            "body" => await One(OParlQueries.Bodies(db).WithDetails(), id, p.Body, cancel),
            "legislativeTerm" => await One(OParlQueries.LegislativeTerms(db), id, p.LegislativeTerm, cancel),
            "organization" => await One(OParlQueries.Organizations(db).WithDetails(), id, p.Organization, cancel),
            "person" => await One(OParlQueries.Persons(db).WithDetails(), id, p.Person, cancel),
            "membership" => await One(OParlQueries.Memberships(db), id, p.Membership, cancel),
            "meeting" => await One(OParlQueries.Meetings(db).WithDetails(), id, p.Meeting, cancel),
            "agendaItem" => await One(OParlQueries.AgendaItems(db).WithDetails(), id, p.AgendaItem, cancel),
            "paper" => await One(OParlQueries.Papers(db).WithDetails(), id, p.Paper, cancel),
            "consultation" => await One(OParlQueries.Consultations(db), id, p.Consultation, cancel),
            "file" => await One(OParlQueries.Files(db).WithDetails(), id, p.File, cancel),
            "location" => await One(OParlQueries.Locations(db), id,
                l => p.Location(l, OParlQueries.MeetingsByLocation(db, [l.Id]).GetValueOrDefault(l.Id)), cancel),
            _ => null,
        };
        return result is null ? NotFound() : OParlJson.Result(result);
    }

    private static async Task<JsonObject?> One<T>(IQueryable<T> query, long id, Func<T, JsonObject> project, CancellationToken cancellation)
        where T : OParlObject =>
        await query.FirstOrDefaultAsync(e => e.Id == id, cancellation) is { } entity ? project(entity) : null;

    /// <summary>
    /// A file's access URL: the file itself when the archive holds it; otherwise a short Danish page that says the
    /// attachment is known by its title only (imported minutes name their attachments without including them).
    /// </summary>
    private static async Task<IResult> FileAccess(HttpContext context, ArchiveContext db, long id)
    {
        var file = await OParlQueries.Files(db).Where(f => f.Id == id && !f.Deleted).FirstOrDefaultAsync(context.RequestAborted);
        if (file is null)
            return NotFound();
        if (file.Data is { Length: > 0 } data)
            return Results.File(data, file.MimeType ?? "application/octet-stream", file.FileName ?? $"bilag-{file.Id}");
        if (await db.Files.AnyAsync(f => f.Id == id && f.Data != null, context.RequestAborted))
            return Portal.WithheldFile.Result(file.Name);
        var title = System.Net.WebUtility.HtmlEncode(file.Name);
        var html = ReferatWeb.Page($"Bilag: {file.Name}", $"""
            <h1>{title}</h1><p>Bilaget er nævnt i referatet, men selve filen findes ikke i arkivet.</p>
            <p><a href="/">Til forsiden</a></p>
            """);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> FileDownload(HttpContext context, ArchiveContext db, long id)
    {
        var file = await OParlQueries.Files(db).Where(f => f.Id == id && !f.Deleted && f.Data != null).FirstOrDefaultAsync(context.RequestAborted);
        return file switch
        {
            { Data: { Length: > 0 } data } => Results.File(data, file.MimeType ?? "application/octet-stream", file.FileName ?? $"bilag-{file.Id}"),
            null => NotFound(),
            _ => Portal.WithheldFile.Result(file.Name),
        };
    }
}
