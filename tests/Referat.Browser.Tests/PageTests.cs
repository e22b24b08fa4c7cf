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
        var focused = new List<FocusState>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string>(FocusStateScript);
            var state = System.Text.Json.JsonSerializer.Deserialize<FocusState?>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
            if (state is null || focused.Any(f => f.Path == state.Path))
                break;
            focused.Add(state);
            if (i == 0)
            {
                // The first element reached with Tab: the focus ring as a keyboard user sees it.
                Directory.CreateDirectory(ScreenshotDirectory);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{sitePage.Name}-fokus.png") });
            }
        }
        Assert.True(focused.Count > 0, $"{page.Url}: Tab reaches no element (a page should at least link back to the front page)");
        var invisible = focused.Where(f => !f.HasIndicator).ToList();
        Assert.True(invisible.Count == 0, $"{page.Url}: no visible focus indicator on:\n" + string.Join("\n", invisible));
        output.WriteLine($"{sitePage.Name}: {focused.Count} focusable element(s), first: {focused[0]}");

        if (await page.Locator("nav, [role=navigation]").CountAsync() > 0)
        {
            var first = focused[0];
            Assert.True(first.Tag == "A" && first.Href.StartsWith('#') && first.Href.Length > 1,
                $"{page.Url}: the page has navigation, but the first element reached with Tab is not a skip link: {first}");
            Assert.True(first.OnScreen, $"{page.Url}: the skip link is not visible while focused: {first}");
            var target = await page.EvaluateAsync<bool>(
                "id => { const t = document.getElementById(id); return !!t && (t.tagName === 'MAIN' || !!t.closest('main') || !!t.querySelector('main')); }",
                first.Href[1..]);
            Assert.True(target, $"{page.Url}: the skip link {first.Href} does not lead to the main content");
        }
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

    public sealed record FocusState(string Path, string Tag, string Href, string Text, bool HasIndicator, bool OnScreen, string Outline, string BoxShadow)
    {
        public override string ToString() => $"<{Tag.ToLowerInvariant()}> {Path} \"{Text}\" href={Href} outline={Outline} box-shadow={BoxShadow}";
    }

    /// <summary>The focused element (null when focus is on the body): where it is, and whether its focus shows.</summary>
    private const string FocusStateScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return 'null';
          const path = []; for (let n = e; n && n.nodeType === 1; n = n.parentElement) path.unshift(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + ':' + Array.prototype.indexOf.call(n.parentElement ? n.parentElement.children : [n], n));
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const r = e.getBoundingClientRect();
          return JSON.stringify({
            path: path.join('>'), tag: e.tagName, href: e.getAttribute('href') || '', text: (e.innerText || e.value || '').trim().slice(0, 60),
            hasIndicator: outline || !!shadow,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow,
          });
        }
        """;
}
