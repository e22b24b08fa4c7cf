using System.Text.Json;
using System.Text.Json.Nodes;
using Referat.Domain;

namespace Referat.Archive.Export;

/// <summary>
/// Money as JSON, one shape wherever it is given out (<c>referat appropriations --json</c>, OParl's
/// <c>referat:appropriations</c>): kroner as integers, enums in camel case, service and permanent true, false or null.
/// </summary>
public static class MoneyJson
{
    public static JsonObject Line(AppropriationLine line, AppropriationStatus? status) => new()
    {
        ["text"] = line.Text,
        ["committee"] = line.Committee,
        ["activity"] = line.Activity,
        ["service"] = line.Service,
        ["permanent"] = line.Permanent,
        ["priceLevel"] = line.PriceLevel,
        ["status"] = status is { } s ? Camel(s) : null,
        ["amounts"] = Array(line.Amounts.Select(a => new JsonObject { ["year"] = a.Year, ["kr"] = a.Kr })),
    };

    /// <summary>An item's money: its appropriation lines with the item's status, the warnings of its tables, the
    /// amounts its texts state, and its budget follow-up tables with the meaning of each column.</summary>
    public static JsonObject Item(ItemMoney money, AppropriationStatus? status) => new()
    {
        ["lines"] = Array(money.Appropriations.SelectMany(a => a.Table.Lines).Select(l => Line(l, status))),
        ["warnings"] = Array(money.Appropriations.SelectMany(a => a.Table.Warnings).Concat(money.FollowUps.SelectMany(f => f.Table.Warnings)).Select(w => JsonValue.Create(w))),
        ["amounts"] = Array(money.Amounts.Select(a => new JsonObject { ["kind"] = Camel(a.Kind), ["kr"] = a.Kr, ["printed"] = a.Printed, ["sentence"] = a.Sentence })),
        ["budgetFollowUps"] = Array(money.FollowUps.Select(f => new JsonObject
        {
            ["priceLevel"] = f.Table.PriceLevel,
            ["columns"] = Array(f.Table.Columns.Select(c => new JsonObject { ["header"] = c.Header, ["measure"] = Camel(c.Measure), ["year"] = c.Year })),
            ["rows"] = Array(f.Table.Rows.Select(r => new JsonObject
            {
                ["area"] = r.Area,
                ["isTotal"] = r.IsTotal,
                ["kr"] = Array(r.Kr.Select(kr => kr is { } v ? JsonValue.Create(v) : null)),
            })),
        })),
    };

    public static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());
}
