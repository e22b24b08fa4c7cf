using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Referat.Storage;
using Referat.Web.Api;
using Referat.Web.Export;
using Referat.Web.Feeds;
using Referat.Web.OParl;
using Referat.Web.Portal;
using Referat.Web.Secretariat;

namespace Referat.Web;

/// <summary>
/// The web host, composed of small parts so that the portal (Razor Pages) can be added beside the API:
/// <code>
/// var app = ReferatWeb.Create(options);   // = builder + AddReferatArchive + the pipeline below
/// app.UseReferatSecurityHeaders(); app.UseOParlCors(); app.UseReferatErrors();
/// app.MapReferatPortal(); app.MapOParl();          // services: AddReferatArchive + AddReferatPortal
/// </code>
/// </summary>
public static class ReferatWeb
{
    public static WebApplication Create(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.Environment ?? Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddReferatArchive(options);
        builder.Services.AddReferatPortal();
        builder.Services.AddReferatSecretariat();
        builder.Services.AddReferatRateLimits(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        if (options.UseForwardedHeaders)
            app.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                // Only from a proxy on the loopback interface (the default known proxies).
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            });
        app.UseReferatSecurityHeaders();
        app.UseOParlCors();
        app.UseReferatErrors();
        app.UseReferatRateLimits();
        app.UseReferatSecretariat();
        app.UseMeetingPageCache();
        app.MapReferatPortal();
        app.MapOParl();
        app.MapReferatFeeds();
        app.MapReferatExports();
        app.MapReferatApi();
        app.MapOpenApi(ApiEndpoints.Prefix + "/openapi.json").AllowAnonymous();
        return app;
    }

    /// <summary>The options, the archive (migrated once at start) and a read-only archive context per request.</summary>
    public static IServiceCollection AddReferatArchive(this IServiceCollection services, WebOptions options)
    {
        var location = ArchiveDb.Resolve(options.Db, Environment.GetEnvironmentVariable(ArchiveDb.EnvironmentVariable));
        services.AddSingleton(options);
        services.AddSingleton(new ArchiveAccess(location));
        services.AddScoped<ArchiveContext>(provider => provider.GetRequiredService<ArchiveAccess>().OpenContext());
        return services;
    }

    /// <summary>
    /// Errors in Danish and without details: a JSON error object (OParl 2-09) under /oparl, a small page elsewhere.
    /// An unexpected exception is logged and answered with 500; a bad list parameter with 400; an empty 404/405 gets a body.
    /// </summary>
    public static IApplicationBuilder UseReferatErrors(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OParlRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await WriteError(context, StatusCodes.Status400BadRequest, e.Message);
            }
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Referat.Web")
                    .LogError(e, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                await WriteError(context, StatusCodes.Status500InternalServerError, "Der opstod en uventet fejl på serveren. Prøv igen senere.");
            }
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var message = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => "Siden findes ikke.",
                StatusCodes.Status405MethodNotAllowed => "Metoden er ikke tilladt her.",
                >= 500 => "Der opstod en uventet fejl på serveren. Prøv igen senere.",
                _ => "Forespørgslen kunne ikke behandles.",
            };
            await WriteError(context, context.Response.StatusCode, message);
        });
        return app;
    }

    public static Task WriteError(HttpContext context, int status, string message)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments(OParlUrls.Prefix))
            return OParlJson.WriteAsync(context, OParlJson.Error(message), status);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page("Fejl", $"<h1>Fejl {status}</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"/\">Til forsiden</a></p>"));
    }

    /// <summary>Content-Security-Policy, X-Content-Type-Options, Referrer-Policy and framing, on every response.</summary>
    /// <remarks>Set when the response starts, so that an error response (which clears the headers) has them too.</remarks>
    public static IApplicationBuilder UseReferatSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    });

    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>OParl 2-06: <c>Access-Control-Allow-Origin: *</c> on every API response (errors included); preflight answered.</summary>
    public static IApplicationBuilder UseOParlCors(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(OParlUrls.Prefix))
            return next(context);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return Task.CompletedTask;
        });
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
            context.Response.Headers.AccessControlAllowHeaders = "*";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return next(context);
    });

    /// <summary>A bare page in the portal's style, for error pages and the few pages outside the portal's layout.</summary>
    public static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="da">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title><link rel="stylesheet" href="{PortalSetup.StylesheetPath}"></head>
        <body>
        <main class="wrap">
        {body}
        </main>
        </body>
        </html>
        """;
}
