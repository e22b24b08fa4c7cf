namespace Referat.Browser.Tests;

/// <summary>One kind of HTML page: a short name (for screenshots and test names), its path, the status it answers with.</summary>
/// <remarks>Placeholders in the path are ids from the served archive, resolved by <see cref="BrowserSite.Resolve"/>:
/// <c>{meeting}</c> the hand-made meeting (Økonomiudvalget 9 June 2025), <c>{agendaItem}</c> its public item 1 (votes,
/// an absence with a substitute), <c>{closedItem}</c> its closed item 2, <c>{paper}</c> item 1's case, <c>{organization}</c>
/// Økonomiudvalget, <c>{person}</c> Anna Andersen, <c>{file}</c> item 1's attachment (known by its title only).</remarks>
public sealed record SitePage(string Name, string Path, int Status = 200)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every page type the browser tests cover: each gets the axe WCAG 2.1 AA check, lang="da", one h1, a visible focus
/// indicator on every element reached with Tab, a skip link when it has navigation, no console errors (CSP included),
/// no horizontal scrolling on a phone, and a screenshot at desktop and phone width.
/// </summary>
public static class SitePages
{
    public static readonly SitePage[] All =
    [
        new("forside", "/"),
        new("ikke-fundet", "/findes-ikke", 404),
        new("ikke-fundet-dyb", "/moeder/findes/ikke", 404),
        new("bilag", "/oparl/v1.1/file/{file}/access"),
        // The citizens' portal; ids come from the hand-made meeting (see SitePage).
        new("udvalg", "/udvalg"),
        new("udvalg-side", "/udvalg/{organization}"),
        new("udvalg-oekonomi", "/udvalg/{economyCommittee}/oekonomi?aar=2026"),
        new("oekonomi", "/oekonomi?aar=2026"),
        new("oekonomi-opfoelgning", "/oekonomi?aar=2024"),
        new("refusionstrappe", "/beregnere/refusionstrappe"),
        new("refusionstrappe-fejl", "/beregnere/refusionstrappe?trin=4:80,x&dage=-1"),
        new("moede", "/moeder/{meeting}"),
        new("punkt", "/punkter/{agendaItem}"),
        new("lukket-punkt", "/punkter/{closedItem}"),
        new("sag", "/sager/{paper}"),
        new("person", "/personer/{person}"),
        new("soeg", "/soeg?q=budget"),
        new("soeg-intet", "/soeg?q=xyzzyxyzzy"),
        new("soeg-beloeb", "/soeg?q=tillægsbevillinger+over+1+mio.+kr."),
        new("kalender", "/kalender"),
    ];

    public static TheoryData<SitePage> Data()
    {
        var data = new TheoryData<SitePage>();
        foreach (var page in All)
            data.Add(page);
        return data;
    }
}
