using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Referat.Browser.Tests;

/// <summary>The refusionstrappe in a browser: with its script it recalculates in place as the user types; without a
/// script the same form submits and gives the same figures.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalculatorTests(BrowserSite site)
{
    [Fact]
    public async Task Typing_recalculates_in_place_and_the_address_follows()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/beregnere/refusionstrappe");
        await page.Locator("#ydelse").FillAsync("7.000");
        await page.Locator("#dage").FillAsync("35");
        await page.Locator("#kortere").FillAsync("7");
        await page.Locator("#forloeb").FillAsync("10");
        // 28 days at 20 % and 7 at 60 % of 1.000 kr. a day (worked out in RefundLadderTests)
        await Assertions.Expect(page.Locator("[data-felt=udgift]")).ToHaveTextAsync("9.800 kr.");
        await Assertions.Expect(page.Locator("[data-felt=besparelse-alle]")).ToHaveTextAsync("42.000 kr.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("dage=35"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_a_script_the_form_submits_and_shows_the_same_figures()
    {
        var context = await site.NewContextWithoutScriptsAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/beregnere/refusionstrappe");
        await page.Locator("#ydelse").FillAsync("7.000");
        await page.Locator("#dage").FillAsync("35");
        await page.Locator("#kortere").FillAsync("7");
        await page.Locator("#forloeb").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("ydelse=7.000"));
        await Assertions.Expect(page.Locator("[data-felt=udgift]")).ToHaveTextAsync("9.800 kr.");
        await Assertions.Expect(page.Locator("[data-felt=besparelse]")).ToHaveTextAsync("4.200 kr.");
        await context.CloseAsync();
    }
}
