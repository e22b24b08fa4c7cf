using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Udvalg;

/// <summary>A committee's money: the appropriation lines of its meetings in a year, by status and activity area, with the sum warnings.</summary>
public sealed class OekonomiModel(PortalData data, Referat.Storage.ArchiveContext db) : PortalPage
{
    public Organization Committee { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<AppropriationRecord> Lines { get; private set; } = [];

    public IActionResult OnGet(long id, int? aar)
    {
        if (data.Organization(id) is not { } organization)
            return NotFound();
        Committee = organization;
        var all = new AppropriationQueries(db).Lines(id);
        Years = all.SelectMany(l => l.Line.Amounts.Select(a => a.Year)).Distinct().Order().ToList();
        Year = aar ?? (Years.Count > 0 ? Years[^1] : DateTime.Today.Year);
        Lines = all.Where(l => l.Line.Amounts.Any(a => a.Year == Year)).ToList();
        Title = $"Økonomi {Year} – {organization.Name}";
        Crumb("Udvalg", "/udvalg");
        Crumb(organization.Name, Links.Committee(id));
        Crumb($"Økonomi {Year}");
        return Page();
    }

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static long AmountIn(AppropriationRecord line, int year) => line.Line.Amounts.Where(a => a.Year == year).Sum(a => a.Kr);

    /// <summary>"1.713.000 kr." as "1.713 t. kr.", whole millions as "2,9 mio. kr."; Danish separators.</summary>
    public static string Kroner(long kr) => Math.Abs(kr) >= 10_000_000
        ? DanishNumbers.Format(Math.Round(kr / 1_000_000m, 1)) + " mio. kr."
        : DanishNumbers.Format(Math.Round(kr / 1_000m, 0)) + " t. kr.";
}
