using Referat.Domain;

namespace Referat.Search;

public enum SearchSort
{
    Relevance,
    NewestFirst,
    OldestFirst,
}

/// <summary>
/// A search: the query text in the small query language of <see cref="QueryLanguage"/> plus filters, sort and page.
/// Every filter narrows the result; the facets count the filtered result.
/// </summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public IReadOnlyList<SearchKind> Kinds { get; init; } = [];
    public string? Committee { get; init; }
    public LegislativeTerm? Term { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? ItemType { get; init; }
    public DecisionOutcome? Outcome { get; init; }
    public string? KleMainGroup { get; init; }
    public bool? HasAppropriation { get; init; }

    /// <summary>An amount of the item (of <see cref="AmountKind"/> when given) lies between these kroner, both included.</summary>
    public long? AmountAtLeast { get; init; }
    public long? AmountAtMost { get; init; }
    public AmountKind? AmountKind { get; init; }

    /// <summary>The item's largest amount is of this size (the size facet's filter).</summary>
    public AmountSize? LargestAmount { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    public bool IncludeFacets { get; init; } = true;

    /// <summary>False: hits come without a snippet (empty), for callers that only list titles.</summary>
    public bool IncludeSnippets { get; init; } = true;
    public int SnippetLength { get; init; } = 220;
}

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    int Page,
    int PageSize,
    bool Relaxed)
{
    public static SearchResults Empty(SearchRequest request) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), request.Page, request.PageSize, false);
}

/// <summary>One hit; <see cref="Snippet"/> is HTML-escaped text with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Id,
    SearchKind Kind,
    DateOnly? MeetingDate,
    string? Committee,
    string? ItemNumber,
    string Title,
    string Snippet,
    string Path,
    float Score,
    string? CaseNumber);

public sealed record FacetValue(string Value, int Count);

/// <summary>The names of the facets in <see cref="SearchResults.Facets"/>.</summary>
public static class Facets
{
    public const string Kind = "kind";
    public const string Committee = "committee";
    public const string Term = "term";
    public const string Year = "year";
    public const string ItemType = "type";
    public const string Outcome = "outcome";
    public const string KleMainGroup = "kle";
    public const string HasAppropriation = "appropriation";

    /// <summary>The <see cref="AmountSize"/> of the item's largest amount.</summary>
    public const string AmountSize = "amount_size";

    public static readonly IReadOnlyList<string> All = [Kind, Committee, Term, Year, ItemType, Outcome, KleMainGroup, HasAppropriation, AmountSize];
}
