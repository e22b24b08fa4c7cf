using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Referat.Archive;
using Referat.Archive.Queries;
using Referat.Publishing;
using Referat.Storage;

namespace Referat.Web.Portal;

/// <summary>
/// The citizens' portal "Dagsordener og referater": Razor Pages under Pages/ (server-rendered, no scripts) and a few
/// endpoints that are files rather than pages: the stylesheet, a meeting's minutes as PDF, an item's permalink and an
/// attachment's download.
/// </summary>
public static class PortalSetup
{
    public const string StylesheetPath = "/css/portal.css";
    public const string CalculatorScriptPath = "/js/beregner.js";

    public static IServiceCollection AddReferatPortal(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AddPageRoute("/Oekonomi/Index", "/udvalg/{id:long}/oekonomi"))
            .AddApplicationPart(typeof(PortalSetup).Assembly);
        // Danish letters as themselves in the markup (æ, ø, å, not &#xE6;): every range is safe to emit in UTF-8;
        // the HTML-special characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<PortalSearch>();
        services.AddSingleton<PolicySource>();
        services.AddScoped(provider => new ArchiveQueries(provider.GetRequiredService<ArchiveContext>()));
        services.AddScoped(provider => new PortalData(provider.GetRequiredService<ArchiveContext>()));
        services.AddSingleton<MoneyItemsCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMeetingPageCache();
        return services;
    }

    public static IEndpointRouteBuilder MapReferatPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        foreach (var path in Assets.Keys)
            endpoints.MapGet(path, Asset);
        endpoints.MapGet("/moeder/{id:long}/referat.pdf", MinutesPdf);
        endpoints.MapGet("/moeder/{id:long}/referat.txt", MinutesText);
        endpoints.MapGet("/moeder/{id:long}/referat.html", MinutesHtml);
        endpoints.MapGet("/punkter/{id:long}", (long id, PortalData data) =>
            data.Item(id) is { } item ? Results.Redirect($"/moeder/{item.MeetingId}#punkt-{Uri.EscapeDataString(item.Number)}", permanent: true) : Results.NotFound());
        endpoints.MapGet("/bilag/{id:long}", (long id, PortalData data) => data.PublicFile(id) switch
        {
            null => Results.NotFound(),
            { Data: { Length: > 0 } bytes } file => Results.File(bytes, file.MimeType ?? "application/octet-stream", file.FileName ?? file.Name),
            var file => WithheldFile.Result(file.Name),
        });
        return endpoints;
    }

    /// <summary>The portal's own static files, embedded in the assembly: the stylesheet and the calculators' small script.</summary>
    private static readonly Dictionary<string, Lazy<(byte[] Bytes, string ETag, string ContentType)>> Assets = new()
    {
        [StylesheetPath] = Embedded("Referat.Web.portal.css", "text/css; charset=utf-8"),
        [CalculatorScriptPath] = Embedded("Referat.Web.beregner.js", "text/javascript; charset=utf-8"),
    };

    private static Lazy<(byte[], string, string)> Embedded(string resource, string contentType) => new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, $"\"asset-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"", contentType);
    });

    private static IResult Asset(HttpContext context)
    {
        var (bytes, etag, contentType) = Assets[context.Request.Path.Value!].Value;
        if (HttpCaching.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, contentType);
    }

    /// <summary>The meeting's minutes in the secretariat's layout, as the publication policy lets them out.</summary>
    private static IResult MinutesPdf(long id, HttpContext context, PortalData data, ArchiveQueries queries, PolicySource policy) =>
        Rendered(id, "pdf", "application/pdf", minutes => MinutesPdfRenderer.Render(minutes), context, data, queries, policy);

    /// <summary>The same as text and as one HTML document, for reuse and for screen readers that prefer a file.</summary>
    private static IResult MinutesText(long id, HttpContext context, PortalData data, ArchiveQueries queries, PolicySource policy) =>
        Rendered(id, "txt", "text/plain; charset=utf-8", minutes => System.Text.Encoding.UTF8.GetBytes(MinutesTextRenderer.Render(minutes)), context, data, queries, policy);

    private static IResult MinutesHtml(long id, HttpContext context, PortalData data, ArchiveQueries queries, PolicySource policy) =>
        Rendered(id, "html", "text/html; charset=utf-8", minutes => System.Text.Encoding.UTF8.GetBytes(MinutesHtmlRenderer.Render(minutes)), context, data, queries, policy);

    private static IResult Rendered(long id, string extension, string contentType, Func<Referat.Domain.MinutesDocument, byte[]> render,
        HttpContext context, PortalData data, ArchiveQueries queries, PolicySource policy)
    {
        if (data.MeetingVersion(id) is not { } version)
            return Results.NotFound();
        var etag = HttpCaching.MeetingTag(extension, id, version.Version, version.Modified, policy.Tag);
        if (HttpCaching.NotModified(context, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        if (queries.GetMeeting(id) is not { } meeting)
            return Results.NotFound();
        var name = $"referat-{meeting.Date:yyyy-MM-dd}-{id}.{extension}";
        // The HTML document carries its own style, which the portal's CSP would block: it is a download, not a page.
        context.Response.Headers.ContentDisposition = $"{(extension == "html" ? "attachment" : "inline")}; filename=\"{name}\"";
        return Results.Bytes(render(meeting.Minutes), contentType);
    }
}
