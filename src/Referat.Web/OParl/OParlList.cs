using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Referat.Storage.Rows;

namespace Referat.Web.OParl;

/// <summary>A client's mistake in a list request, answered with 400 and a Danish message.</summary>
public sealed class OParlRequestException(string message) : Exception(message);

/// <summary>
/// An external object list (spec 2-05): the filters <c>created_since</c>, <c>created_until</c>, <c>modified_since</c>,
/// <c>modified_until</c> (ISO 8601 with offset), <c>omit_internal</c>, <c>limit</c> and <c>page</c>; stable order by id;
/// <c>data</c>, <c>pagination</c> and <c>links</c> whose URLs keep the filters. Deleted objects are listed only when
/// <c>modified_since</c> is given (spec 2-08).
/// </summary>
public sealed class OParlList
{
    private static readonly string[] TimeFilters = ["created_since", "created_until", "modified_since", "modified_until"];

    public DateTime? CreatedSince { get; private init; }
    public DateTime? CreatedUntil { get; private init; }
    public DateTime? ModifiedSince { get; private init; }
    public DateTime? ModifiedUntil { get; private init; }
    public bool OmitInternal { get; private init; }
    public int Limit { get; private init; }
    public int Page { get; private init; }
    private bool LimitGiven { get; init; }
    private List<(string Key, string Value)> Canonical { get; init; } = [];

    public static OParlList Parse(IQueryCollection query, WebOptions options)
    {
        var canonical = new List<(string, string)>();
        var times = new DateTime?[TimeFilters.Length];
        for (var i = 0; i < TimeFilters.Length; i++)
        {
            if (Single(query, TimeFilters[i]) is not { } raw)
                continue;
            // An unencoded '+' in the offset arrives as a space.
            var value = raw.Trim().Replace(' ', '+');
            if (!DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                throw new OParlRequestException($"Ugyldig værdi for {TimeFilters[i]}: angiv et tidspunkt med tidszone, fx 2024-01-01T00:00:00+01:00.");
            times[i] = parsed.UtcDateTime;
            canonical.Add((TimeFilters[i], value));
        }

        var omitInternal = false;
        if (Single(query, "omit_internal") is { } omit)
        {
            if (!bool.TryParse(omit, out omitInternal))
                throw new OParlRequestException("Ugyldig værdi for omit_internal: angiv true eller false.");
            if (omitInternal)
                canonical.Add(("omit_internal", "true"));
        }

        var limit = options.DefaultPageSize;
        var limitGiven = false;
        if (Single(query, "limit") is { } rawLimit)
        {
            if (!int.TryParse(rawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
                throw new OParlRequestException("Ugyldig værdi for limit: angiv et positivt heltal.");
            limit = Math.Min(limit, options.MaxPageSize);
            limitGiven = true;
        }

        var page = 1;
        if (Single(query, "page") is { } rawPage &&
            (!int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            throw new OParlRequestException("Ugyldig værdi for page: angiv et sidetal fra 1.");

        return new OParlList
        {
            CreatedSince = times[0], CreatedUntil = times[1], ModifiedSince = times[2], ModifiedUntil = times[3],
            OmitInternal = omitInternal, Limit = limit, Page = page, LimitGiven = limitGiven, Canonical = canonical,
        };
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[^1] : null;

    public IQueryable<T> Filter<T>(IQueryable<T> query) where T : OParlObject
    {
        if (ModifiedSince is null)
            query = query.Where(e => !e.Deleted);
        if (CreatedSince is { } createdSince)
            query = query.Where(e => e.Created >= createdSince);
        if (CreatedUntil is { } createdUntil)
            query = query.Where(e => e.Created <= createdUntil);
        if (ModifiedSince is { } modifiedSince)
            query = query.Where(e => e.Modified >= modifiedSince);
        if (ModifiedUntil is { } modifiedUntil)
            query = query.Where(e => e.Modified <= modifiedUntil);
        return query;
    }

    /// <summary>One page of the list: the filtered query counted, ordered by id, cut, loaded and projected.</summary>
    public async Task<JsonObject> PageAsync<T>(string listUrl, IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> load,
        Func<IReadOnlyList<T>, IEnumerable<JsonObject>> project, CancellationToken cancellation) where T : OParlObject
    {
        var filtered = Filter(source);
        var total = await filtered.CountAsync(cancellation);
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)Limit));
        var entities = Page > totalPages ? []
            : await load(filtered.OrderBy(e => e.Id).Skip((Page - 1) * Limit).Take(Limit)).ToListAsync(cancellation);

        var links = new JsonObject { ["first"] = PageUrl(listUrl, 1) };
        if (Page > 1)
            links["prev"] = PageUrl(listUrl, Math.Min(Page - 1, totalPages));
        links["self"] = PageUrl(listUrl, Page);
        if (Page < totalPages)
            links["next"] = PageUrl(listUrl, Page + 1);
        links["last"] = PageUrl(listUrl, totalPages);

        return new JsonObject
        {
            ["data"] = new JsonArray(project(entities).Cast<JsonNode>().ToArray()),
            ["pagination"] = new JsonObject
            {
                ["totalElements"] = total,
                ["elementsPerPage"] = Limit,
                ["currentPage"] = Page,
                ["totalPages"] = totalPages,
            },
            ["links"] = links,
        };
    }

    /// <summary>The canonical URL of a page: the filters in a fixed order, then <c>limit</c>, then <c>page</c> after the first.</summary>
    public string PageUrl(string listUrl, int page)
    {
        var parameters = new List<(string Key, string Value)>(Canonical);
        if (LimitGiven)
            parameters.Add(("limit", Limit.ToString(CultureInfo.InvariantCulture)));
        if (page > 1)
            parameters.Add(("page", page.ToString(CultureInfo.InvariantCulture)));
        if (parameters.Count == 0)
            return listUrl;
        var builder = new StringBuilder(listUrl).Append('?');
        builder.AppendJoin('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return builder.ToString();
    }
}
