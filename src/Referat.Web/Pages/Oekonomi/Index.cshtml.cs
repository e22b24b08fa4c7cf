using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Web.Portal;

namespace Referat.Web.Pages.Oekonomi;

/// <summary>
/// The money of a year, for the whole municipality (/oekonomi) or one committee (/udvalg/{id}/oekonomi): the
/// appropriation lines by status and by activity area (a chart with the same figures as a table beside it), the
/// budget follow-up tables with their columns' meaning, the amounts the texts state, and the sums that do not add up.
/// </summary>
public sealed class IndexModel(PortalData data, Referat.Storage.ArchiveContext db, MoneyItemsCache money, TimeProvider clock) : PortalPage
{
    public Organization? Committee { get; private set; }
    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<AppropriationRecord> Lines { get; private set; } = [];
    public IReadOnlyList<(ItemMoneyRecord Item, BudgetFollowUpTable Table)> FollowUps { get; private set; } = [];
    public IReadOnlyList<(ItemMoneyRecord Item, StatedAmount Amount)> Amounts { get; private set; } = [];

    /// <summary>The statuses in the order the tables and the chart show them.</summary>
    public static IReadOnlyList<AppropriationStatus> Statuses { get; } = [AppropriationStatus.Granted, AppropriationStatus.Recommended, AppropriationStatus.Proposed];

    public IActionResult OnGet(long? id, int? aar)
    {
        if (id is { } committeeId)
        {
            if (data.Organization(committeeId) is not { } organization)
                return NotFound();
            Committee = organization;
        }
        var items = money.Items(db, id);
        var lines = items.SelectMany(AppropriationQueries.LinesOf).ToList();
        Years = lines.SelectMany(l => l.Line.Amounts.Select(a => a.Year))
            .Concat(items.Where(i => i.Money.FollowUps.Count > 0 || i.Money.Amounts.Count > 0).Select(i => i.Date.Year))
            .Distinct().Order().ToList();
        // This year when it has money, else the last year before it that has, else the first one after.
        var thisYear = clock.GetLocalNow().Year;
        Year = aar ?? Years.Where(y => y <= thisYear).Select(y => (int?)y).LastOrDefault() ?? Years.FirstOrDefault(thisYear);
        Lines = lines.Where(l => l.Line.Amounts.Any(a => a.Year == Year)).ToList();
        FollowUps = items.Where(i => i.Date.Year == Year).SelectMany(i => i.Money.FollowUps.Select(f => (i, f.Table))).ToList();
        Amounts = items.Where(i => i.Date.Year == Year).SelectMany(i => i.Money.Amounts.Select(a => (i, a))).ToList();

        var where = Committee?.Name ?? "Hele kommunen";
        Title = $"Økonomi {Year} – {where}";
        if (Committee is { } c)
        {
            Crumb("Udvalg", "/udvalg");
            Crumb(c.Name, Links.Committee(c.Id));
        }
        Crumb($"Økonomi {Year}");
        return Page();
    }

    public string YearLink(int year) => (Committee is { } c ? $"/udvalg/{c.Id}/oekonomi" : "/oekonomi") + $"?aar={year}";

    /// <summary>A group's appropriations of the year in one status: the additions (positive lines: expenses), the
    /// reductions (negative lines: income, savings) and the net.</summary>
    public sealed record GroupSum(string Group, AppropriationStatus Status, long Additions, long Reductions)
    {
        public long Net => Additions + Reductions;
    }

    /// <summary>The year's sums per group (activity area, or committee on the body-wide page) and status, granted first.</summary>
    public IReadOnlyList<GroupSum> Sums(Func<AppropriationRecord, string> group) =>
        Lines.GroupBy(l => (Group: group(l), l.Status))
            .OrderBy(g => g.Key.Group, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), false)).ThenByDescending(g => g.Key.Status)
            .Select(g => new GroupSum(g.Key.Group, g.Key.Status, g.Select(AmountIn).Where(a => a > 0).Sum(), g.Select(AmountIn).Where(a => a < 0).Sum()))
            .ToList();

    public static string Area(AppropriationRecord line) => line.Line.Activity ?? line.Line.Committee ?? "Uden aktivitetsområde";

    public static string BookedCommittee(AppropriationRecord line) => line.Line.Committee ?? line.Committee;

    public long AmountIn(AppropriationRecord line) => line.Line.Amounts.Where(a => a.Year == Year).Sum(a => a.Kr);

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
