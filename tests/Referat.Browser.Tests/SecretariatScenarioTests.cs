using System.Net;
using Microsoft.Playwright;
using Referat.Web.Tests;
using Xunit.Abstractions;

namespace Referat.Browser.Tests;

/// <summary>
/// The secretariat's whole process in a real browser: a secretary creates a meeting from the calendar, adds three items
/// (a closed one, one with an appropriation table, one whose chain continues to Økonomiudvalget), publishes the agenda,
/// records an absence with its substitute and three decisions (one with a vote), approves; two members sign; the
/// secretary publishes. Then the public sees the minutes and the case on Økonomiudvalget's forward plan, and the
/// closed item's content nowhere; an anonymous visitor's writes are refused. Axe checks every secretariat page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretariatScenarioTests(BrowserSite site, SecretariatWebServer server, ITestOutputHelper output) : IClassFixture<SecretariatWebServer>
{
    private const string Secret = "Købesummen er 4,2 mio. kr. og fortrolig";
    private readonly string _base = server.BaseUrl;

    [Fact]
    public async Task A_meeting_is_prepared_held_approved_signed_and_published_and_the_public_sees_what_it_may()
    {
        var context = await site.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await SignIn(page, "sekretaer@kommune.dk");
        await Checked(page, "/sekretariat/kalender?aar=2027", "kalender");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("Opret årets møder") }).ClickAsync();
        await Expect(page, "Der er oprettet 22 møder.");
        await Checked(page, "/sekretariat", "moeder");
        await page.GetByRole(AriaRole.Link, new() { Name = SecretariatWebServer.Committee }).First.ClickAsync();
        var workspace = page.Url;
        Assert.Contains("12. januar 2027", await page.Locator("h1").InnerTextAsync());

        await AddItem(page, "Salg af grund", "02.34.02-G01-7-27", closed: true, resume: Secret);
        await AddItem(page, "Udvidelse af hjemmeplejen", "27.12.00-P20-2-27", economy: "Udvidelsen finansieres af puljen.",
            grid: [["1.000 kr.", "2027", "2028"], ["Drift", "1.713", "1.713"], ["I alt", "1.713", "1.713"]], competence: "Social- og Sundhedsudvalget beslutter.");
        await AddItem(page, "Tillægsbevilling til renovering af plejecentret", "00.30.10-S00-3-27", resume: "Plejecentret skal renoveres.");
        await Shot(page, "sekretariat-dagsorden");
        await Accessible(page);
        var items = await page.Locator("article.item h3").AllInnerTextsAsync();
        Assert.Equal(["1. Godkendelse af dagsorden", "2. Udvidelse af hjemmeplejen", "3. Tillægsbevilling til renovering af plejecentret",
            "4. Kommende sager", "5. Meddelelser", "6. Salg af grund Lukket punkt", "7. Underskrift af protokol"], items.Select(i => i.Trim()));
        Assert.Contains("Økonomiudvalget anbefaler.", await page.Locator("#punkt-3").Locator("xpath=..").InnerTextAsync());
        var grid = await page.Locator("#punkt-2").Locator("xpath=..").Locator("table.data").InnerTextAsync();
        Assert.Contains("1.713", grid);

        await page.Locator("#bilag-3-fil").Locator("xpath=ancestor::details").EvaluateAsync("d => d.open = true");
        await page.Locator("#bilag-3-fil").SetInputFilesAsync(new FilePayload
        {
            Name = "anlaegsoverslag.pdf", MimeType = "application/pdf", Buffer = Referat.Publishing.MinutesPdfRenderer.Render(HandMade.Minutes),
        });
        await page.FillAsync("#bilag-3-titel", "Anlægsoverslag");
        await page.Locator("#bilag-3-fil").Locator("xpath=ancestor::form").GetByRole(AriaRole.Button, new() { Name = "Tilføj bilaget" }).ClickAsync();
        await Expect(page, "Bilaget er tilføjet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Offentliggør dagsordenen" }).ClickAsync();
        await Expect(page, "Dagsordenen er offentliggjort.");
        await page.SelectOptionAsync("#absent-member", "Bent Bjerre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér fravær" }).ClickAsync();
        await Expect(page, "Bent Bjerre er registreret som fraværende. I stedet deltog Frida Fisker (V).");
        await Decide(page, 2, "Approved");
        await Decide(page, 3, "Recommended", votesFor: "A, Ø, Frida Fisker", votesAgainst: "C");
        await Decide(page, 6, "Approved", text: "Godkendt. " + Secret);
        await Shot(page, "sekretariat-moedet");
        await Accessible(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend referatet" }).ClickAsync();
        await Expect(page, "Referatet er godkendt.");
        await SignOut(page);

        foreach (var member in new[] { "anna@kommune.dk", "bent@kommune.dk" })
        {
            await SignIn(page, member);
            await page.GotoAsync(workspace);
            await page.GetByRole(AriaRole.Button, new() { Name = "Underskriv referatet" }).ClickAsync();
            await Expect(page, "Du har underskrevet referatet.");
            await Accessible(page);
            await SignOut(page);
        }
        await SignIn(page, "sekretaer@kommune.dk");
        await page.GotoAsync(workspace);
        Assert.Contains("Anna Andersen", await page.Locator(".actions").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Offentliggør referatet" }).ClickAsync();
        await Expect(page, "Referatet er offentliggjort.");
        await Shot(page, "sekretariat-offentliggjort");
        var before = errors.Count;
        await page.GotoAsync($"{_base}/sekretariat/log");           // not the secretary's: the refusal page, answered 403
        Assert.EndsWith("/sekretariat/ingen-adgang", page.Url);
        await Accessible(page);
        Assert.All(errors.Skip(before), e => Assert.Contains("403", e));
        errors.RemoveRange(before, errors.Count - before);
        await SignOut(page);

        await SignIn(page, "admin@kommune.dk");
        await Checked(page, "/sekretariat/log", "log");
        var log = await page.Locator("table.audit").InnerTextAsync();
        foreach (var action in new[] { "Møde oprettet", "Punkt tilføjet", "Dagsorden offentliggjort", "Fravær registreret", "Beslutning registreret", "Referat godkendt", "Referat underskrevet", "Referat offentliggjort" })
            Assert.Contains(action, log);
        await Checked(page, "/sekretariat/indstillinger", "indstillinger");
        await SignOut(page);
        await Checked(page, "/sekretariat/log-ind", "log-ind");

        // The public side.
        var meetingId = workspace[(workspace.LastIndexOf('/') + 1)..];
        await page.GotoAsync($"{_base}/moeder/{meetingId}");
        var minutes = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Tillægsbevilling til renovering af plejecentret", minutes);
        Assert.Contains("Anbefalet", minutes);
        Assert.Contains("Salg af grund", minutes);
        Assert.DoesNotContain(Secret, minutes);
        var attachment = await page.GetByRole(AriaRole.Link, new() { Name = "Anlægsoverslag" }).GetAttributeAsync("href");
        Assert.StartsWith("/bilag/", attachment);
        await Shot(page, "sekretariat-portal-referat");
        await page.GotoAsync($"{_base}/udvalg");
        await page.GetByRole(AriaRole.Link, new() { Name = "Økonomiudvalget" }).First.ClickAsync();
        var plan = await page.Locator("#kommende-sager").Locator("xpath=..").InnerTextAsync();
        Assert.Contains("Tillægsbevilling til renovering af plejecentret", plan);
        Assert.Contains("foreslået til mødet den 20. januar 2027", plan);
        Assert.DoesNotContain("Salg af grund", plan);

        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        foreach (var path in new[] { $"/moeder/{meetingId}", $"/moeder/{meetingId}/referat.pdf", $"/moeder/{meetingId}/referat.txt", $"/moeder/{meetingId}/referat.html", "/soeg?q=k%C3%B8besummen", "/oparl/v1.1/body/1/meeting", "/oparl/v1.1/body/1/paper",
                     "/kalender.ics", "/feeds/referater.atom", "/feeds/beslutninger.atom", "/eksport/referat-json.zip" })
        {
            var body = await http.GetByteArrayAsync(path);
            Assert.False(Contains(body, Secret), $"{path} shows the closed item's content");
        }

        // Anonymous writes, from a fresh context without the secretary's cookie.
        var anonymous = await site.NewContextAsync(Viewports.Desktop);
        foreach (var path in new[] { workspace + "?handler=PublishMinutes", _base + "/sekretariat?handler=Create", _base + "/sekretariat/indstillinger?handler=Save", _base + "/api/v1/meetings" })
        {
            var response = await anonymous.APIRequest.PostAsync(path, new() { MaxRedirects = 0, Form = anonymous.APIRequest.CreateFormData() });
            Assert.True(response.Status is 401 or 403 || response.Status == 302 && response.Headers["location"].Contains("/sekretariat/log-ind"), $"{path}: {response.Status}");
        }
        await anonymous.CloseAsync();
        await context.CloseAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_meeting_workspace_fits_a_tablet_without_horizontal_scrolling()
    {
        var context = await site.NewContextAsync(Viewports.Tablet);
        var page = await context.NewPageAsync();
        await SignIn(page, "sekretaer@kommune.dk");
        await page.GotoAsync($"{_base}/sekretariat/kalender?aar=2028");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("Opret årets møder") }).ClickAsync();
        await page.GotoAsync($"{_base}/sekretariat");
        await Shot(page, "sekretariat-moeder-tablet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Økonomiudvalget" }).Last.ClickAsync();
        await AddItem(page, "Budgetopfølgning pr. 31. marts", "00.30.14-S00-1-28", resume: "Budgettet holder.",
            economy: "| mio. kr. | Budget | Forventet regnskab | Afvigelse |\n|---|---|---|---|\n| Service | 1.713,4 | 1.720,1 | 6,7 |");
        await page.GetByRole(AriaRole.Button, new() { Name = "Offentliggør dagsordenen" }).ClickAsync();
        await Shot(page, "sekretariat-tablet");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the workspace scrolls sideways on a tablet");
        await Accessible(page);
        await context.CloseAsync();
    }

    private async Task SignIn(IPage page, string email)
    {
        await page.GotoAsync($"{_base}/sekretariat/log-ind");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", SecretariatWebServer.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        Assert.EndsWith("/sekretariat", page.Url);
    }

    private static async Task SignOut(IPage page) => await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

    private async Task Checked(IPage page, string path, string name)
    {
        var response = await page.GotoAsync(_base + path);
        Assert.Equal(200, response!.Status);
        await Accessible(page);
        await Shot(page, "sekretariat-" + name);
    }

    private static async Task Accessible(IPage page) => await Axe.AssertNoAxeViolations(page);

    private async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(PageTests.ScreenshotDirectory);
        var file = Path.Combine(PageTests.ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot {file}");
    }

    private static async Task Expect(IPage page, string notice) =>
        Assert.Equal(notice, (await page.Locator(".notice, .problem").First.InnerTextAsync()).Trim());

    private static async Task AddItem(IPage page, string title, string caseNumber, bool closed = false, string? resume = null, string? economy = null,
        string[][]? grid = null, string? competence = null)
    {
        var form = page.Locator("#nyt-punkt").Locator("xpath=..");
        for (var r = 0; r < (grid?.Length ?? 0); r++)
            for (var c = 0; c < grid![r].Length; c++)
                await form.Locator($"input[name='item.Table[{r}][{c}]']").FillAsync(grid[r][c]);
        await page.FillAsync("#nyt-title", title);
        await page.FillAsync("#nyt-case", caseNumber);
        if (closed)
            await page.Locator("#nyt-punkt").Locator("xpath=..").GetByLabel(new System.Text.RegularExpressions.Regex("Lukket punkt")).CheckAsync();
        if (resume is not null)
            await page.GetByLabel("Resume", new() { Exact = true }).Last.FillAsync(resume);
        if (economy is not null)
            await page.GetByLabel("Økonomi", new() { Exact = true }).Last.FillAsync(economy);
        if (competence is not null)
            await page.GetByLabel("Beslutningskompetence", new() { Exact = true }).Last.FillAsync(competence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj punktet" }).ClickAsync();
        await Expect(page, "Punktet er tilføjet.");
    }

    private static async Task Decide(IPage page, int order, string outcome, string? text = null, string? votesFor = null, string? votesAgainst = null)
    {
        var form = page.Locator($"#beslutning-{order}-outcome").Locator("xpath=ancestor::form");
        await page.Locator($"#beslutning-{order}-outcome").Locator("xpath=ancestor::details").EvaluateAsync("d => d.open = true");
        await page.SelectOptionAsync($"#beslutning-{order}-outcome", outcome);
        if (text is not null)
            await page.FillAsync($"#beslutning-{order}-text", text);
        if (votesFor is not null)
            await page.FillAsync($"#beslutning-{order}-for", votesFor);
        if (votesAgainst is not null)
            await page.FillAsync($"#beslutning-{order}-against", votesAgainst);
        await form.GetByRole(AriaRole.Button, new() { Name = "Gem beslutningen" }).ClickAsync();
        await Expect(page, $"Beslutningen på punkt {order} er gemt.");
    }

    private static bool Contains(byte[] body, string text)
    {
        var utf8 = System.Text.Encoding.UTF8.GetString(body);
        return utf8.Contains(text, StringComparison.Ordinal) || utf8.Contains(WebUtility.HtmlEncode(text), StringComparison.Ordinal);
    }
}
