using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Referat.Web.Tests;

namespace Referat.Browser.Tests;

/// <summary>
/// One served archive (<see cref="WebTestServer"/>: the five seeds and the hand-made minutes on Kestrel, 127.0.0.1,
/// a free port) and one headless Debian Chromium driven by Playwright, shared by every browser test.
/// </summary>
/// <remarks>
/// Playwright's own browsers are never used or downloaded: Chromium is <c>$REFERAT_CHROMIUM</c>, else
/// <c>/usr/bin/chromium</c> (Debian's package <c>chromium</c>; <c>./test</c> installs it). The Playwright driver
/// (Node and its JavaScript, shipped inside the Microsoft.Playwright NuGet package and copied to the output folder)
/// talks to that Chromium over a pipe; nothing is fetched from the network.
/// </remarks>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumVariable = "REFERAT_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The flags that keep Chromium off the network (this machine's network is closed) and quiet.</summary>
    public static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _desktop;
    private IBrowserContext? _mobile;

    public WebTestServer Server { get; } = new();
    public string BaseUrl => Server.BaseUrl;

    /// <summary>Ids in the archive for the placeholders of <see cref="SitePages"/> paths ({meeting}, {paper}, …).</summary>
    public IReadOnlyDictionary<string, long> Ids { get; private set; } = new Dictionary<string, long>();

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}: install Debian's chromium (apt-get install chromium; ./test does it) " +
                $"or set {ChromiumVariable} to a Chromium binary");
        // Belt and braces: the .NET Playwright never downloads on launch, and this says so to anything that asks.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await Server.InitializeAsync();
        Ids = ResolveIds();
        _playwright = await Playwright.CreateAsync();
        // Playwright starts Chromium with a fresh, empty --user-data-dir of its own (a temporary folder it removes on close).
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
        _desktop = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop, Locale = "da-DK" });
        // A phone: the page's <meta name="viewport"> is honoured (as it is not in a desktop window), touch, 2x pixels.
        _mobile = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewports.Mobile, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, Locale = "da-DK",
        });
    }

    /// <summary>A new, empty browser context (its own cookies) in the shared browser: a second user, another site.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize viewport) =>
        _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "da-DK", HasTouch = viewport == Viewports.Tablet });

    /// <summary>Chromium's version, as the browser reports it.</summary>
    /// <summary>A desktop context with JavaScript off: what a user without scripts gets.</summary>
    public Task<IBrowserContext> NewContextWithoutScriptsAsync() =>
        _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Desktop, Locale = "da-DK", JavaScriptEnabled = false });

    public string BrowserVersion => _browser!.Version;

    /// <summary>A new page (tab) in the shared browser, at desktop size or as a phone; close it when done.</summary>
    public Task<IPage> NewPageAsync(ViewportSize? viewport = null) =>
        (viewport == Viewports.Mobile ? _mobile! : _desktop!).NewPageAsync();

    /// <summary>The path with its placeholders replaced by ids from the archive.</summary>
    public string Resolve(string path)
    {
        foreach (var (name, id) in Ids)
            path = path.Replace("{" + name + "}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (path.Contains('{', StringComparison.Ordinal))
            throw new InvalidOperationException($"{path}: unknown placeholder (known: {string.Join(", ", Ids.Keys)})");
        return path;
    }

    /// <summary>The hand-made meeting (Økonomiudvalget 9 June 2025) and what hangs on it: a public item with votes,
    /// a closed item, a case, a person, an attachment known by its title only.</summary>
    private Dictionary<string, long> ResolveIds()
    {
        using var db = Server.OpenArchive();
        var meeting = db.Meetings.Include(m => m.Organization).Include(m => m.AgendaItems)
            .Single(m => m.Date == new DateOnly(2025, 6, 9) && m.Organization.Name == "Økonomiudvalget");
        var open = meeting.AgendaItems.Single(i => i.Number == "1");
        var closed = meeting.AgendaItems.Single(i => i.Number == "2");
        return new Dictionary<string, long>
        {
            ["meeting"] = meeting.Id,
            ["organization"] = meeting.OrganizationId,
            ["agendaItem"] = open.Id,
            ["closedItem"] = closed.Id,
            ["paper"] = db.Consultations.Where(c => c.AgendaItemId == open.Id).Select(c => c.PaperId).First(),
            ["person"] = db.Persons.Where(p => p.Name == "Anna Andersen").Select(p => p.Id).First(),
            // Seed 000's committee, whose minutes carry appropriation tables.
            ["economyCommittee"] = db.Meetings.Where(m => m.Date == new DateOnly(2026, 3, 9)).Select(m => m.OrganizationId).First(),
            ["file"] = db.Files.Where(f => f.AgendaItemId == open.Id).Select(f => f.Id).First(),
        };
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

public static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Mobile = new() { Width = 390, Height = 844 };

    /// <summary>A tablet held upright, as at the meeting table.</summary>
    public static readonly ViewportSize Tablet = new() { Width = 820, Height = 1180 };
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
