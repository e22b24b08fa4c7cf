using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Referat.Storage;
using Referat.Web;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat serve [--db DB] [--urls URLS] [--license URL]</c>: serves the archive on the web: the front page at /
/// and the OParl 1.1 API at /oparl/v1.1/system. Stops on Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = ArchiveOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "The addresses to listen on, separated by ';'",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var license = new Option<string?>("--license") { Description = "The licence URL of the published data (default CC0 1.0)" };
        var forwarded = new Option<bool>("--forwarded-headers") { Description = "Honour X-Forwarded-* headers from a reverse proxy on this machine" };
        var command = new Command("serve", "Serve the archive: front page and the OParl 1.1 API") { db, urls, license, forwarded };
        command.SetAction((result, cancellation) => Run(new WebOptions
        {
            Db = result.GetValue(db),
            Urls = result.GetValue(urls) ?? WebOptions.DefaultUrls,
            License = result.GetValue(license) ?? new WebOptions().License,
            UseForwardedHeaders = result.GetValue(forwarded),
        }, cancellation));
        return command;
    }

    internal static async Task<int> Run(WebOptions options, CancellationToken cancellation)
    {
        var location = ArchiveOption.Resolve(options.Db);
        Console.WriteLine($"Arkiv: {location.Display}");
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ReferatWeb.Create(options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: cannot start the web host on {options.Urls}: {e.GetBaseException().Message}");
            return 1;
        }
        try
        {
            await app.StartAsync(cancellation);
            foreach (var address in app.Urls)
                Console.WriteLine($"Lytter på {address}  (OParl: {address.TrimEnd('/')}/oparl/v1.1/system)");
            await app.WaitForShutdownAsync(cancellation);
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on {options.Urls}: {e.GetBaseException().Message}");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
