using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Referat.Archive.Importing;
using Referat.Archive.Search;
using Referat.Archive.Secretariat;
using Referat.Storage.Rows;
using Referat.Web.Api;

namespace Referat.Web.Secretariat;

/// <summary>
/// The secretariat's accounts: ASP.NET Core Identity on the archive's own database (tables account_*), signed in
/// with a cookie that is HttpOnly, SameSite=Strict, Secure whenever the request is (behind HTTPS always), and expires
/// after two idle hours. Five wrong passwords lock an account for fifteen minutes. Every page under /sekretariat needs
/// a signed-in account; every POST there needs the anti-forgery token (Razor Pages check it).
/// </summary>
public static class AccountSetup
{
    public const string SignInPath = "/sekretariat/log-ind";
    public const string Policy = "Sekretariat";
    private const string Scheme = "Referat";

    public static IServiceCollection AddReferatAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SecretariatDb>();
        services.AddScoped<IUserStore<AccountUser>>(provider =>
            new UserStore<AccountUser, IdentityRole<long>, Storage.ArchiveContext, long>(provider.GetRequiredService<SecretariatDb>().Db));
        services.AddScoped<IRoleStore<IdentityRole<long>>>(provider =>
            new RoleStore<IdentityRole<long>, Storage.ArchiveContext, long>(provider.GetRequiredService<SecretariatDb>().Db));
        services.AddIdentityCore<AccountUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<long>>()
            .AddPasswordValidator<CommonPasswords>()
            .AddSignInManager();
        return services;
    }

    /// <summary>The accounts plus the cookie sign-in and the secretariat's authorization, for the web host.</summary>
    public static IServiceCollection AddReferatSecretariat(this IServiceCollection services)
    {
        services.AddReferatAccounts();
        // One default scheme that forwards: a bearer token (and anything under /api) to the API tokens, the rest to the
        // secretariat's cookie.
        services.AddScoped<ApiTokens>();
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
        });
        authentication.AddPolicyScheme(Scheme, "Referat", options => options.ForwardDefaultSelector = context =>
            context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix) || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? ApiTokenAuthentication.SchemeName
                : IdentityConstants.ApplicationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/sekretariat/log-ud";
            cookie.AccessDeniedPath = "/sekretariat/ingen-adgang";
            cookie.Cookie.Name = "referat.sekretariat";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                // An API or feed client gets 401/403, not a sign-in page.
                OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(ApiEndpoints.Policy, policy => policy.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddOpenApi("v1", options => options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Sekretariat", Policy);
            options.Conventions.AllowAnonymousToPage("/Sekretariat/LogInd");
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "referat.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<SecretariatDb>().Db;
            var location = provider.GetRequiredService<ArchiveAccess>().Location;
            var publisher = new ImportService(db, () => ArchiveSearchIndex.Open(location));
            return new SecretariatService(db, provider.GetRequiredService<TimeProvider>(), publisher);
        });
        services.AddScoped(provider => new SecretariatQueries(provider.GetRequiredService<SecretariatDb>().Db, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new Archive.Privacy.PersonalDataReview(provider.GetRequiredService<SecretariatDb>().Db, provider.GetRequiredService<TimeProvider>(),
            () => ArchiveSearchIndex.Open(provider.GetRequiredService<ArchiveAccess>().Location)));
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/sekretariat") && HttpMethods.IsGet(context.Request.Method))
            context.Response.Redirect(context.RedirectUri);
        else
            context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Authentication, authorization and the write guard: a request that would change something (any method but GET,
    /// HEAD and OPTIONS) from someone not signed in is answered 401 everywhere but at the sign-in form.
    /// </summary>
    public static IApplicationBuilder UseReferatSecretariat(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
            if (safe || context.User.Identity?.IsAuthenticated == true || context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
                return next(context);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        return app;
    }
}
