using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Referat.Browser.Tests;

/// <summary>
/// A citizen's way through the portal in a real browser, by clicking: front page → committees → a committee → one of
/// its meetings → the case of an item → back → a member → a search from the header → the hit's item.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserSite site)
{
    [Fact]
    public async Task A_decision_is_reached_by_clicking_and_by_one_search()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dagsordener og referater");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Udvalg" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/udvalg$"));

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Økonomiudvalget", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Økonomiudvalget");

        await page.Locator("main a[href^='/moeder/']").Filter(new() { HasText = "juni 2025" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Økonomiudvalget");
        await Assertions.Expect(page.Locator("#punkt-1")).ToContainTextAsync("Budget 2026");
        await Assertions.Expect(page.Locator("#punkt-1")).ToContainTextAsync("Anbefalet");
        var meetingUrl = page.Url;

        await page.Locator("#punkt-1").GetByRole(AriaRole.Link, new() { Name = "00.30.00-S55-1-25" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Budget 2026");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kommunalbestyrelsen");

        await page.GotoAsync(meetingUrl);
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Bent Bjerre" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bent Bjerre");

        await page.Locator("#top-q").FillAsync("budget 2026");
        await page.Locator("#top-q").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/soeg\\?q=budget"));
        var hit = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Budget 2026", Exact = true }).First;
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await hit.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("At budgettet godkendes.");
        await page.CloseAsync();
    }
}
