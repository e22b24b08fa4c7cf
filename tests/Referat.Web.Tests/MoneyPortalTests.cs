using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Referat.Web.Tests;

/// <summary>Money on the portal and in OParl, over the seed archive: the tables' readings and sum warnings on the item,
/// the body-wide Økonomi page, and referat:appropriations on agenda items and papers.</summary>
public sealed class MoneyPortalTests(WebTestServer server) : IClassFixture<WebTestServer>
{
    private long MeetingOn(DateOnly date)
    {
        using var db = server.OpenArchive();
        return db.Meetings.AsNoTracking().Where(m => m.Date == date).Select(m => m.Id).First();
    }

    [Fact]
    public async Task The_item_shows_what_its_follow_up_tables_mean_and_the_misprinted_deviation()
    {
        var (response, html) = await server.GetAsync($"/moeder/{MeetingOn(new DateOnly(2024, 4, 18))}");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Budgetopfølgning i t. kr., 2024-pris- og lønniveau. Kolonnerne: vedtaget budget 2024, korrigeret budget 2024, forventet regnskab 2024, afvigelse 2024.", html);
        // seed 001 prints -1.323 where forventet regnskab minus korrigeret budget is 230.440 - 231.672 = -1.232
        Assert.Contains("Summen passer ikke:</strong> Socialindsats myndighed", html);
        Assert.Contains("tabellen siger -1.323, forventet regnskab minus korrigeret budget giver -1.232.", html);
        // the header printed over two lines is one header again
        Assert.Contains("<th scope=\"col\">Afvigelse til korr. budget</th>", html);
    }

    [Fact]
    public async Task The_body_wide_page_lists_every_committee_s_lines_with_a_chart_and_its_table()
    {
        var (response, html) = await server.GetAsync("/oekonomi?aar=2026");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("<h1>Økonomi 2026 <span class=\"subtitle\">Hele kommunen</span></h1>", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"diagram-udvalg-titel diagram-udvalg-beskrivelse\"", html);
        Assert.Contains("<th scope=\"row\">Beskæftigelses- og Socialudvalget</th>", html);   // BSU resolved in the by-committee table
        Assert.Contains("1.943 t. kr.", html);                                          // 1.713 + 230 of additions in 2026
        Assert.Contains("Tillægsbevilling", html);
        var (_, y2019) = await server.GetAsync("/oekonomi?aar=2019");
        Assert.Contains("Budgetopfølgning og regnskab", y2019);
        Assert.Contains("Korrigeret budget 2019", y2019);
    }

    [Fact]
    public async Task OParl_agenda_items_and_papers_carry_their_appropriations()
    {
        var list = await server.GetJsonAsync("/oparl/v1.1/body/1/agendaItem");
        var items = list["data"]!.AsArray().Select(i => i!.AsObject()).Where(i => i["referat:appropriations"] is not null).ToList();
        var income = items.SelectMany(i => i["referat:appropriations"]!["lines"]!.AsArray()).First(l => l!["text"]!.GetValue<string>() == "Indtægt fra ansøgte midler")!;
        Assert.Equal(-1_713_000, income["amounts"]![0]!["kr"]!.GetValue<long>());
        Assert.Equal("recommended", income["status"]!.GetValue<string>());
        Assert.Contains(items, i => i["referat:appropriations"]!["budgetFollowUps"]!.AsArray()
            .Any(f => f!["columns"]!.AsArray().Any(c => c!["measure"]!.GetValue<string>() == "carryOver")));
        Assert.Contains(items, i => i["referat:appropriations"]!["amounts"]!.AsArray()
            .Any(a => a!["kind"]!.GetValue<string>() == "supplementaryAppropriation"));

        var item = items.First(i => i["referat:appropriations"]!["lines"]!.AsArray().Count > 0);
        if (item["consultation"]?.GetValue<string>() is { } consultationUrl)
        {
            var consultation = await server.GetJsonAsync(new Uri(consultationUrl).PathAndQuery);
            var paper = await server.GetJsonAsync(new Uri(consultation["paper"]!.GetValue<string>()).PathAndQuery);
            Assert.Contains(paper["referat:appropriations"]!.AsArray(), a => a!["agendaItem"]!.GetValue<string>() == item["id"]!.GetValue<string>());
        }
    }
}
