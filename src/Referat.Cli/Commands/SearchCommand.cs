using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Referat.Archive.Search;
using Referat.Import.Gold;
using Referat.Search;
using Spectre.Console;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat search "QUERY" [--committee …] [--from YYYY-MM-DD] [--to …] [--json]</c>: Danish full-text search
/// over the archive's index (public items, attachments, cases, people).
/// </summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\", AND/OR/NOT, prefix*, title:, decision:, a case number or a name" };
        var committee = new Option<string?>("--committee") { Description = "Only this committee" };
        var from = new Option<DateOnly?>("--from") { Description = "Meetings on or after this date (YYYY-MM-DD)" };
        var to = new Option<DateOnly?>("--to") { Description = "Meetings on or before this date (YYYY-MM-DD)" };
        var sort = new Option<string>("--sort") { Description = "relevance or date", DefaultValueFactory = _ => "relevance" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON" };
        var db = ArchiveOption.Create();
        var command = new Command("search", "Search the archive") { query, committee, from, to, sort, page, size, json, db };
        command.SetAction(result =>
        {
            var location = ArchiveOption.Resolve(result.GetValue(db));
            var directory = ArchiveSearchIndex.DirectoryFor(location, Environment.GetEnvironmentVariable(ArchiveSearchIndex.EnvironmentVariable));
            if (!SearchIndex.IndexExists(directory))
            {
                Console.Error.WriteLine($"error: no search index at {directory}; import minutes or run ./referat index --rebuild");
                return 1;
            }
            using var index = SearchIndex.OpenReadOnly(directory); // no lock: works while an import or the server runs
            var request = new SearchRequest
            {
                Query = result.GetValue(query)!,
                Committee = result.GetValue(committee),
                From = result.GetValue(from),
                To = result.GetValue(to),
                Sort = result.GetValue(sort) is "date" or "dato" ? SearchSort.NewestFirst : SearchSort.Relevance,
                Page = Math.Max(1, result.GetValue(page)),
                PageSize = Math.Clamp(result.GetValue(size), 1, 100),
            };
            var results = index.Search(request);
            if (result.GetValue(json))
                Console.WriteLine(ToJson(results).ToJsonString(GoldProjection.JsonOptions));
            else
                Print(results);
            return 0;
        });
        return command;
    }

    private static JsonObject ToJson(SearchResults results) => new()
    {
        ["total"] = results.Total,
        ["page"] = results.Page,
        ["pageSize"] = results.PageSize,
        ["relaxed"] = results.Relaxed,
        ["hits"] = new JsonArray(results.Hits.Select(hit => (JsonNode?)new JsonObject
        {
            ["kind"] = hit.Kind.ToString().ToLowerInvariant(),
            ["meeting"] = hit.Id.StartsWith("item:") || hit.Id.StartsWith("attachment:") ? hit.Path.Split('#')[0] : null,
            ["committee"] = hit.Committee,
            ["date"] = hit.MeetingDate?.ToString("yyyy-MM-dd"),
            ["itemNumber"] = hit.ItemNumber,
            ["caseNumber"] = hit.CaseNumber,
            ["title"] = hit.Title,
            ["snippet"] = hit.Snippet,
            ["path"] = hit.Path,
            ["score"] = Math.Round(hit.Score, 4),
        }).ToArray()),
        ["facets"] = new JsonObject(results.Facets.Select(f => KeyValuePair.Create(f.Key,
            (JsonNode?)new JsonObject(f.Value.Select(v => KeyValuePair.Create(v.Value, (JsonNode?)JsonValue.Create(v.Count))))))),
    };

    private static void Print(SearchResults results)
    {
        AnsiConsole.MarkupLine($"{results.Total} resultater{(results.Relaxed ? " (mindst ét af ordene)" : "")}");
        foreach (var hit in results.Hits)
        {
            var where = string.Join(" · ", new[] { hit.Committee, DanishFormat.Date(hit.MeetingDate), hit.ItemNumber is null ? null : $"punkt {hit.ItemNumber}" }
                .Where(s => !string.IsNullOrEmpty(s)));
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(hit.Title)}[/]  [grey]{Markup.Escape(where)}[/]");
            var snippet = Markup.Escape(System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<mark>", "\u0001").Replace("</mark>", "\u0002")))
                .Replace("\u0001", "[yellow]").Replace("\u0002", "[/]");
            AnsiConsole.MarkupLine($"  {snippet}");
            AnsiConsole.MarkupLine($"  [blue]{Markup.Escape(hit.Path)}[/]");
        }
    }
}
