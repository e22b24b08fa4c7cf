using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Referat.Domain;
using Referat.Search;
using Referat.Web.Portal;

namespace Referat.Web.Pages;

/// <summary>
/// Search: the query box, facets as links that add a filter, highlighted snippets, sort and pagination. Every state
/// is in the query string (Danish parameter names), so the page works without scripts and can be linked to.
/// </summary>
public sealed class SoegModel(PortalSearch search) : PortalPage
{
    public const int PageSize = 10;

    /// <summary>Facet name → query parameter.</summary>
    public static readonly IReadOnlyList<(string Facet, string Parameter)> Filters =
    [
        (Facets.Kind, "type"), (Facets.Committee, "udvalg"), (Facets.Term, "periode"), (Facets.Year, "aar"),
        (Facets.ItemType, "punkttype"), (Facets.Outcome, "beslutning"), (Facets.KleMainGroup, "kle"), (Facets.HasAppropriation, "bevilling"),
        (Facets.AmountSize, "beloeb"),
    ];

    public string Query { get; private set; } = "";
    public string Sort { get; private set; } = "relevans";
    public int PageNumber { get; private set; } = 1;
    /// <summary>Why there are no results: no index, or one that cannot be read; null when the search ran.</summary>
    public SearchProblem? IndexProblem { get; private set; }
    public bool Searched { get; private set; }
    public SearchResults? Results { get; private set; }
    public Dictionary<string, string> Active { get; } = new(StringComparer.Ordinal);
    public int TotalPages => Results is null ? 0 : (Results.Total + PageSize - 1) / PageSize;

    public void OnGet()
    {
        Title = "Søg";
        Crumb("Søg");
        var q = Request.Query;
        Query = (q["q"].ToString() ?? "").Trim();
        if (Query.Length > 500)
            Query = Query[..500];
        Sort = q["sortering"].ToString() is "dato" or "aeldste" ? q["sortering"].ToString() : "relevans";
        PageNumber = int.TryParse(q["side"], out var p) && p is >= 1 and <= 1000 ? p : 1;
        foreach (var (_, parameter) in Filters)
            if (q[parameter].ToString() is { Length: > 0 and <= 200 } value)
                Active[parameter] = value;
        if (Query.Length > 0)
            Title = $"Søgning: {Query}";

        Searched = Query.Length > 0 || Active.Count > 0;
        if (!Searched)
            return;
        var request = new SearchRequest
        {
            Query = Query,
            Page = PageNumber,
            PageSize = PageSize,
            Sort = Sort switch { "dato" => SearchSort.NewestFirst, "aeldste" => SearchSort.OldestFirst, _ => SearchSort.Relevance },
        };
        if (Active.TryGetValue("type", out var kind) && Enum.TryParse<SearchKind>(kind, ignoreCase: true, out var k))
            request = request with { Kinds = [k] };
        if (Active.TryGetValue("udvalg", out var committee))
            request = request with { Committee = committee };
        if (Active.TryGetValue("periode", out var term) && LegislativeTerm.TryParse(term, out var t))
            request = request with { Term = t };
        if (Active.TryGetValue("aar", out var year) && int.TryParse(year, out var y) && y is > 1900 and < 3000)
            request = request with { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31) };
        if (Active.TryGetValue("punkttype", out var type))
            request = request with { ItemType = type };
        if (Active.TryGetValue("beslutning", out var outcome) && Enum.TryParse<DecisionOutcome>(outcome, out var o))
            request = request with { Outcome = o };
        if (Active.TryGetValue("kle", out var kle))
            request = request with { KleMainGroup = kle };
        if (Active.TryGetValue("bevilling", out var approp))
            request = request with { HasAppropriation = approp is "ja" or "true" };
        if (Active.TryGetValue("beloeb", out var size) && Enum.TryParse<AmountSize>(size, out var amountSize) && Enum.IsDefined(amountSize))
            request = request with { LargestAmount = amountSize };
        Results = search.Search(request);
        if (Results is null)
            IndexProblem = search.Problem ?? SearchProblem.Unreadable;
    }

    /// <summary>This search's URL with some parameters changed (null removes one); the page goes back to 1 unless given.</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (Query.Length > 0)
            values.Add(new("q", Query));
        foreach (var (_, parameter) in Filters)
            if (Active.TryGetValue(parameter, out var v))
                values.Add(new(parameter, v));
        if (Sort != "relevans")
            values.Add(new("sortering", Sort));
        foreach (var (name, value) in changes)
        {
            values.RemoveAll(x => x.Key == name);
            if (value is not null)
                values.Add(new(name, value));
        }
        if (!changes.Any(c => c.Name == "side"))
            values.RemoveAll(x => x.Key == "side");
        return "/soeg" + QueryString.Create(values!).ToUriComponent();
    }

    public static string ParameterOf(string facet) => Filters.First(f => f.Facet == facet).Parameter;

    public static string FacetOf(string parameter) => Filters.First(f => f.Parameter == parameter).Facet;
}
