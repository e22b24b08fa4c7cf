using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Referat.Web.Tests;
using Xunit.Abstractions;

namespace Referat.Browser.Tests;

/// <summary>
/// The review queue in a real browser: the public sees the citizen's data redacted and the attachment withheld; a
/// secretary finds each finding with where it stands and why, marks the e-mail address safe and confirms the CPR
/// number's redaction; the public page follows. Axe checks the queue on a desktop and a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewQueueTests(BrowserSite site, ReviewWebServer server, ITestOutputHelper output) : IClassFixture<ReviewWebServer>
{
    [Fact]
    public async Task A_secretary_approves_one_finding_and_confirms_another_and_the_public_page_follows()
    {
        long meetingId, fileId;
        using (var db = server.OpenArchive())
        {
            meetingId = db.Meetings.AsNoTracking().Where(m => m.Date == PrivateData.Date).Select(m => m.Id).Single();
            fileId = db.Files.AsNoTracking().Where(f => f.AgendaItem.MeetingId == meetingId).Select(f => f.Id).Single();
        }
        var context = await site.NewContextAsync(Viewports.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{server.BaseUrl}/moeder/{meetingId}");
        var publicText = await page.Locator("main").InnerTextAsync();
        Assert.Contains("[CPR-nummer skjult]", publicText);
        Assert.DoesNotContain(PrivateData.Cpr, publicText);
        Assert.DoesNotContain(PrivateData.Email, publicText);
        Assert.Contains(PrivateData.MemberPhone, publicText);   // the member's own number stays
        Assert.Contains("filen vises ikke, mens sekretariatet gennemgår personoplysninger i den", publicText);
        await page.Locator("#punkt-1").ScrollIntoViewIfNeededAsync();
        await Shot(page, "moede-personoplysninger-skjult");
        var file = await page.GotoAsync($"{server.BaseUrl}/bilag/{fileId}");
        Assert.Equal(451, file!.Status);
        Assert.Contains("gennemgå", await page.Locator("main").InnerTextAsync());
        await Shot(page, "bilag-tilbageholdt");

        await page.GotoAsync($"{server.BaseUrl}/sekretariat/log-ind");
        await page.FillAsync("#email", "sekretaer@kommune.dk");
        await page.FillAsync("#password", SecretariatWebServer.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Personoplysninger" }).ClickAsync();
        Assert.EndsWith("/sekretariat/gennemgang", page.Url);
        var rows = page.Locator("table.review tbody tr");
        Assert.True(await rows.CountAsync() >= 8, $"only {await rows.CountAsync()} findings listed");
        var emailRow = rows.Filter(new() { HasText = PrivateData.Email }).First;
        Assert.Contains("gmail.com", await emailRow.InnerTextAsync());
        Assert.Contains("Punkt 1 · Sagsfremstilling", await emailRow.InnerTextAsync());
        await Axe.AssertNoAxeViolations(page);
        await Shot(page, "sekretariat-gennemgang");

        await emailRow.GetByRole(AriaRole.Button, new() { NameRegex = new("^Kan offentliggøres") }).ClickAsync();
        Assert.Equal("Fundet er afgjort: det kan offentliggøres.", (await page.Locator(".notice").First.InnerTextAsync()).Trim());
        var cprRow = rows.Filter(new() { HasText = "CPR-nummer" }).Filter(new() { HasText = PrivateData.Cpr }).First;
        await cprRow.GetByRole(AriaRole.Button, new() { NameRegex = new("^Skjul") }).ClickAsync();
        Assert.Equal("Fundet er afgjort: det forbliver skjult.", (await page.Locator(".notice").First.InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Vis også afgjorte fund" }).ClickAsync();
        Assert.Contains("Godkendt til offentliggørelse", await page.Locator("main").InnerTextAsync());

        // a new visitor (the page allows browsers five minutes' reuse), past the server's two-second version check
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        var visitor = await (await site.NewContextAsync(Viewports.Desktop)).NewPageAsync();
        await visitor.GotoAsync($"{server.BaseUrl}/moeder/{meetingId}");
        publicText = await visitor.Locator("main").InnerTextAsync();
        Assert.Contains(PrivateData.Email, publicText);
        Assert.DoesNotContain(PrivateData.Cpr, publicText);
        await context.CloseAsync();

        var phone = await site.NewContextAsync(Viewports.Mobile);
        var mobile = await phone.NewPageAsync();
        await mobile.GotoAsync($"{server.BaseUrl}/sekretariat/log-ind");
        await mobile.FillAsync("#email", "admin@kommune.dk");
        await mobile.FillAsync("#password", SecretariatWebServer.Password);
        await mobile.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await mobile.GotoAsync($"{server.BaseUrl}/sekretariat/gennemgang");
        await Axe.AssertNoAxeViolations(mobile);
        await Shot(mobile, "sekretariat-gennemgang-mobil");
        await phone.CloseAsync();
    }

    private async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(PageTests.ScreenshotDirectory);
        var path = Path.Combine(PageTests.ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot {path}");
    }
}
