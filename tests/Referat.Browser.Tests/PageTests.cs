using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Referat.Browser.Tests;

/// <summary>Every page type of <see cref="SitePages.All"/> in headless Chromium: accessibility, language, keyboard focus, screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<SitePage> Pages => SitePages.Data();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations_of_WCAG_21_AA(SitePage sitePage)
    {
        foreach (var viewport in new[] { Viewports.Desktop, Viewports.Mobile })
        {
            var (page, _) = await OpenAsync(sitePage, viewport);
            await Axe.AssertNoAxeViolations(page);
            await page.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_Danish_with_one_heading_and_no_console_errors(SitePage sitePage)
    {
        var (page, errors) = await OpenAsync(sitePage, Viewports.Desktop);
        Assert.Equal("da", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), "the page has no <title>");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        // Errors in the console: script errors, resources that failed, and Content-Security-Policy violations.
        Assert.True(errors.Count == 0, $"{page.Url}: console errors:\n" + string.Join("\n", errors));
        await page.CloseAsync();
    }

    /// <summary>
    /// Tab through the page: every element reached shows a focus indicator (an outline or a box-shadow); the first is
    /// a skip link to the main content when the page has navigation, and it is visible while focused.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Keyboard_focus_is_visible_and_a_skip_link_leads_past_navigation(SitePage sitePage)
    {
        var (page, _) = await OpenAsync(sitePage, Viewports.Desktop);
        Directory.CreateDirectory(ScreenshotDirectory);
        var (focused, problems) = await KeyboardCheck.RunAsync(page, Path.Combine(ScreenshotDirectory, $"{sitePage.Name}-fokus.png"));
        Assert.True(problems.Count == 0, $"{page.Url}:\n" + string.Join("\n", problems));
        output.WriteLine($"{sitePage.Name}: {focused.Count} focusable element(s), first: {focused[0]}");
        await page.CloseAsync();
    }

    /// <summary>A full-page screenshot at desktop and phone width (saved, never compared); no horizontal scrolling on the phone.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Screenshots_at_desktop_and_phone_width_without_horizontal_scrolling(SitePage sitePage)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        foreach (var (label, viewport) in new[] { ("desktop", Viewports.Desktop), ("mobil", Viewports.Mobile) })
        {
            var (page, _) = await OpenAsync(sitePage, viewport);
            var file = Path.Combine(ScreenshotDirectory, $"{sitePage.Name}-{label}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            output.WriteLine($"screenshot: {file}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{page.Url} at {viewport.Width}px scrolls sideways by {overflow}px");
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Unknown_page_says_so_in_Danish_and_links_to_the_front_page()
    {
        var (page, _) = await OpenAsync(new SitePage("ikke-fundet", "/findes-ikke", 404), Viewports.Desktop);
        Assert.Contains("Siden findes ikke.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Til forsiden" }).ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public void Browser_is_Debians_Chromium()
    {
        output.WriteLine($"Chromium {site.BrowserVersion} at {BrowserSite.ChromiumPath}; axe-core from {Axe.ScriptPath}; screenshots in {ScreenshotDirectory}");
        Assert.False(string.IsNullOrEmpty(site.BrowserVersion));
    }

    /// <summary><c>$REFERAT_SCREENSHOTS</c>, else TestResults/screenshots in this project's folder (not committed).</summary>
    public static string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable("REFERAT_SCREENSHOTS") is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(ProjectDirectory(), "TestResults", "screenshots");

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                return Path.Combine(dir.FullName, "tests", "Referat.Browser.Tests");
        return AppContext.BaseDirectory;
    }

    private async Task<(IPage Page, List<string> ConsoleErrors)> OpenAsync(SitePage sitePage, ViewportSize viewport)
    {
        var page = await site.NewPageAsync(viewport);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // Chromium asks every site for /favicon.ico; the archive has none (a 404 that is no fault of the page).
            if (message.Type == "error" && !message.Location.StartsWith(site.BaseUrl + "/favicon.ico", StringComparison.Ordinal))
                errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Add("uncaught: " + error);
        var url = site.BaseUrl + site.Resolve(sitePage.Path);
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Status == sitePage.Status, $"{url}: status {response.Status}, expected {sitePage.Status}");
        Assert.StartsWith("text/html", (await response.HeaderValueAsync("content-type")) ?? "", StringComparison.Ordinal);
        // The browser reports the expected error status of the page itself as a failed resource: that one is no error.
        if (sitePage.Status >= 400)
            errors.RemoveAll(e => e.Contains(sitePage.Status.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && e.Contains(url, StringComparison.Ordinal));
        return (page, errors);
    }
}
