using System.Net;
using Referat.Web.Secretariat;

namespace Referat.Web.Tests;

/// <summary>Sign-in and the API are rate limited per client; the security headers stay on every answer, 429 too.</summary>
public sealed class RateLimitTests(RateLimitedWebServer server) : IClassFixture<RateLimitedWebServer>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_retry_after_in_Danish()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "anna@kommune.dk", ["password"] = "forkert-kodeord-1" });
        for (var i = 0; i < 3; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/sekretariat/log-ind", form())).StatusCode);
        var refused = await client.PostAsync("/sekretariat/log-ind", form());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Contains("For mange forsøg på kort tid", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains("default-src", refused.Headers.GetValues("Content-Security-Policy").Single());
        // the sign-in page itself, and the public portal, are not limited
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sekretariat/log-ind")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_API_is_limited_per_caller()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/meetings")).StatusCode);
    }
}

/// <summary>Passwords on the list of common ones, or built on one of its words or the e-mail name, are refused.</summary>
public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("Velkommen2025!")]
    [InlineData("2024sommer")]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Adgangskode1")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("Password123")]
    [InlineData("sommerfugl2024")]
    public void Common_passwords_are_refused(string password) => Assert.True(CommonPasswords.IsCommon(password), password);

    [Theory]
    [InlineData("korrekt-hest-batteri-9")]
    [InlineData("et-langt-kodeord-1")]
    [InlineData("blå tekande ved åen")]
    public void Uncommon_passwords_are_accepted(string password) => Assert.False(CommonPasswords.IsCommon(password), password);

    [Fact]
    public void A_password_built_on_the_e_mail_name_is_refused() =>
        Assert.True(CommonPasswords.IsCommon("anna.holm2026!", "anna.holm@lyngrup.dk"));
}
