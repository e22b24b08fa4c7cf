namespace Referat.Browser.Tests;

/// <summary>The checks themselves fail on a bad page: axe finds violations and says which; a hidden focus is seen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckTests(BrowserSite site)
{
    private const string BadPage = """
        <!DOCTYPE html><html><head><title>Dårlig</title>
        <style>a:focus { outline: none; } .faint { color: #ccc; background: #fff; }</style></head>
        <body><main><h1>Dårlig side</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p class="faint">Næsten usynlig tekst</p>
        <a id="link" href="#x">Et link</a></main></body></html>
        """;

    [Fact]
    public async Task Axe_reports_each_violation_with_rule_impact_help_and_target()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync(BadPage);
        var ids = (await Axe.RunAsync(page)).Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("color-contrast", ids);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.AssertNoAxeViolations(page));
        Assert.Contains("- image-alt [critical] Images must have alternative text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("    img", failure.Message, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_focus_without_outline_or_shadow_counts_as_invisible()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync(BadPage);
        var (focused, problems) = await KeyboardCheck.RunAsync(page);
        Assert.Equal("A", Assert.Single(focused).Tag);
        Assert.Contains("no visible focus indicator on <a>", Assert.Single(problems), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("", "the first element reached with Tab is not a skip link")]
    [InlineData("<a href=\"#nowhere\">Gå til indhold</a>", "does not lead to the main content")]
    [InlineData("<a href=\"#indhold\" style=\"position:absolute;left:-9999px\">Gå til indhold</a>", "not visible while focused")]
    [InlineData("<a href=\"#indhold\">Gå til indhold</a>", null)]
    public async Task A_page_with_navigation_needs_a_visible_skip_link_to_main(string skipLink, string? problem)
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync($"""
            <!DOCTYPE html><html lang="da"><head><title>Nav</title></head><body>{skipLink}
            <nav><a href="/udvalg">Udvalg</a> <a href="/kalender">Kalender</a></nav><main id="indhold"><h1>Side</h1></main></body></html>
            """);
        var (_, problems) = await KeyboardCheck.RunAsync(page);
        if (problem is null)
            Assert.Empty(problems);
        else
            Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        await page.CloseAsync();
    }
}
