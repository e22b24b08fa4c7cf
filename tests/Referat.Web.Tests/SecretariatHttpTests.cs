using System.Net;
using System.Text.RegularExpressions;

namespace Referat.Web.Tests;

/// <summary>The secretariat over HTTP as a browser or a script meets it: sign-in, lockout, cookies, anti-forgery, and refusals.</summary>
public sealed partial class SecretariatHttpTests(SecretariatWebServer server) : IClassFixture<SecretariatWebServer>
{
    public static readonly TheoryData<string> Pages = new() { "/sekretariat", "/sekretariat/kalender", "/sekretariat/moeder/1", "/sekretariat/log", "/sekretariat/indstillinger" };

    /// <summary>Every kind of write the site has, in the secretariat and outside it.</summary>
    public static readonly TheoryData<string> Writes = new()
    {
        "/sekretariat?handler=Create", "/sekretariat/kalender?handler=Create", "/sekretariat/moeder/1?handler=PublishAgenda",
        "/sekretariat/moeder/1?handler=Decision", "/sekretariat/indstillinger?handler=Save", "/sekretariat/log-ud",
        "/", "/moeder/1", "/soeg", "/oparl/v1.1/system", "/oparl/v1.1/body/1/meeting", "/api/v1/meetings", "/feeds/referater.atom",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sekretariat/log-ind", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task An_anonymous_write_is_refused(string path)
    {
        using var client = Client();
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "x" }));
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/sekretariat/log-ind", StringComparison.Ordinal),
            $"POST {path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Signing_in_gives_a_strict_http_only_cookie_and_a_post_without_the_anti_forgery_token_is_refused()
    {
        using var client = Client();
        var response = await SignIn(client, "sekretaer@kommune.dk", SecretariatWebServer.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("referat.sekretariat=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        var page = await client.GetAsync("/sekretariat");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(SecretariatWebServer.Committee, await page.Content.ReadAsStringAsync());
        var forged = await client.PostAsync("/sekretariat?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["organizationId"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var client = Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await SignIn(client, "bent@kommune.dk", "forkert-kodeord-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var locked = await SignIn(client, "bent@kommune.dk", SecretariatWebServer.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("låst", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_cannot_prepare_a_meeting_and_a_secretary_cannot_read_the_audit_log()
    {
        using var member = Client();
        await SignIn(member, "anna@kommune.dk", SecretariatWebServer.Password);
        var index = await (await member.GetAsync("/sekretariat")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Opret møde", index);
        var refused = await Post(member, "/sekretariat", "Create", new() { ["organizationId"] = "1", ["date"] = "2027-01-12", ["start"] = "16:00", ["location"] = "Rådhuset" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ikke sekretær", await refused.Content.ReadAsStringAsync());

        using var secretary = Client();
        await SignIn(secretary, "sekretaer@kommune.dk", SecretariatWebServer.Password);
        var log = await secretary.GetAsync("/sekretariat/log");
        Assert.Equal("/sekretariat/ingen-adgang", log.Headers.Location?.OriginalString);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = new Uri(server.BaseUrl),
    };

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        await Post(client, "/sekretariat/log-ind", null, new() { ["email"] = email, ["password"] = password });

    /// <summary>Posts a form as the page's own form does: with the anti-forgery token from the page.</summary>
    internal static async Task<HttpResponseMessage> Post(HttpClient client, string page, string? handler, Dictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
