using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Referat.Web.Secretariat;

/// <summary>
/// Rate limits where guessing pays: sign-in attempts per client address (ASP.NET Core Identity also locks an account
/// after five wrong passwords; this stops one address trying many accounts), and requests to the secretariat's API
/// per token or address. The public portal, search and open data are not limited here: they are cached and read-only.
/// Too many gives 429 with Retry-After and a Danish message.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddReferatRateLimits(this IServiceCollection services, WebOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = async (rejected, cancel) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ReferatWeb.WriteError(context, StatusCodes.Status429TooManyRequests,
                    $"For mange forsøg på kort tid. Prøv igen om {seconds} sekunder.");
            };
        });

    public static IApplicationBuilder UseReferatRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private static RateLimitPartition<string> Partition(HttpContext context, WebOptions options)
    {
        var path = context.Request.Path;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "ukendt";
        if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments("/sekretariat/log-ind"))
            return RateLimitPartition.GetFixedWindowLimiter("log-ind:" + client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
        if (path.StartsWithSegments(Api.ApiEndpoints.Prefix))
        {
            var caller = context.Request.Headers.Authorization.ToString() is { Length: > 0 } token ? "token:" + token.GetHashCode() : client;
            return RateLimitPartition.GetTokenBucketLimiter("api:" + caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.ApiRequestsPerMinute, TokensPerPeriod = options.ApiRequestsPerMinute, ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0, AutoReplenishment = true,
            });
        }
        return RateLimitPartition.GetNoLimiter("");
    }
}
