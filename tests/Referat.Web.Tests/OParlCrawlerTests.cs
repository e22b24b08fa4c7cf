using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Referat.Web.Tests;

/// <summary>
/// Crawls the whole API from /oparl/v1.1/system: every URL in every object and list (with a small page size too, to
/// follow pagination), validates each object against the official schema of its type, checks every referenced URL
/// answers 200, that back-references agree, and that the closed item's content never appears.
/// </summary>
public abstract class OParlCrawlerTests<TServer>(TServer server) : IClassFixture<TServer> where TServer : WebTestServer
{
    private const string SchemaBase = "https://schema.oparl.org/1.1/";
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static JsonSchema SchemaFor(string type) => Schemas.GetOrAdd(type, t =>
        JsonSchema.FromFileAsync(Path.Combine(Seeds.SchemaDirectory, t + ".json")).GetAwaiter().GetResult());

    private sealed class Crawl
    {
        public Dictionary<string, JsonObject> Objects { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, JsonObject> Fetched { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> ListIds { get; } = new(StringComparer.Ordinal);
        public List<string> Problems { get; } = [];
        public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);
    }

    private static Crawl? _crawl;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private async Task<Crawl> CrawlAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _crawl ??= await RunCrawlAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<Crawl> RunCrawlAsync()
    {
        var crawl = new Crawl();
        var api = server.BaseUrl + "/oparl/";
        var queue = new Queue<string>([server.BaseUrl + "/oparl/v1.1/system"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!crawl.Visited.Add(url))
                continue;
            Assert.True(crawl.Visited.Count < 20_000, "the crawl does not end");
            var response = await server.Client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var body = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (var closed in Leaks.In(bytes, response.Content.Headers.ContentType?.MediaType, server.ClosedContent))
                crawl.Problems.Add($"{url}: content that must stay on the server is in the response ({closed})");
            // a file withheld for the review of personal data answers 451 with a page that says so
            if ((int)response.StatusCode == 451 && url.Contains("/file/", StringComparison.Ordinal) && body.Contains("gennemgå", StringComparison.Ordinal))
                continue;
            if ((int)response.StatusCode != 200)
            {
                crawl.Problems.Add($"{url}: HTTP {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "application/json")
                continue; // a file's access URL
            if (!response.Headers.TryGetValues("Access-Control-Allow-Origin", out var cors) || cors.Single() != "*")
                crawl.Problems.Add($"{url}: no CORS header");

            var json = JsonNode.Parse(body)!.AsObject();
            if (json["data"] is JsonArray data && json["pagination"] is JsonObject && json["links"] is JsonObject links)
            {
                var listKey = url.Split('?')[0] + (url.Contains("modified_since") ? "?modified_since" : "");
                // A list is read twice: in its default pages (which it links itself) and in pages of two.
                var pagedByTwo = url.Contains("limit=2&", StringComparison.Ordinal) || url.EndsWith("limit=2", StringComparison.Ordinal);
                if (!pagedByTwo)
                {
                    crawl.ListIds.TryAdd(listKey, []);
                    crawl.ListIds[listKey].AddRange(data.Select(o => (string)o!["id"]!));
                    if (!url.Contains("page=", StringComparison.Ordinal))
                        queue.Enqueue(url + (url.Contains('?') ? "&" : "?") + "limit=2");
                }
                else
                {
                    var key = listKey + "#paged";
                    crawl.ListIds.TryAdd(key, []);
                    crawl.ListIds[key].AddRange(data.Select(o => (string)o!["id"]!));
                    if (url.Contains("page=") == false && links["next"] is null && (int)json["pagination"]!["totalPages"]! > 1)
                        crawl.Problems.Add($"{url}: no next link");
                }
                foreach (var link in links.Where(l => l.Value is not null))
                    Enqueue((string)link.Value!);
                foreach (var item in data)
                    Visit(url, item!.AsObject(), top: true);
            }
            else
            {
                Visit(url, json, top: true);
                crawl.Fetched[(string)json["id"]!] = json;
                if ((string)json["id"]! != url)
                    crawl.Problems.Add($"{url}: id is {json["id"]}");
            }

            void Enqueue(string link)
            {
                if (link.StartsWith(api, StringComparison.Ordinal) && !crawl.Visited.Contains(link))
                    queue.Enqueue(link);
            }

            void Visit(string source, JsonObject obj, bool top)
            {
                if ((string?)obj["type"] is { } type && type.StartsWith(SchemaBase, StringComparison.Ordinal))
                {
                    var name = type[SchemaBase.Length..];
                    foreach (var error in SchemaFor(name).Validate(obj.ToJsonString()))
                        crawl.Problems.Add($"{source}: {name} {obj["id"]}: {error}");
                    if (obj["id"] is { } id)
                        crawl.Objects.TryAdd((string)id!, obj);
                }
                foreach (var (_, value) in obj)
                    Walk(source, value);
            }

            void Walk(string source, JsonNode? node)
            {
                switch (node)
                {
                    case JsonObject o: Visit(source, o, top: false); break;
                    case JsonArray a: foreach (var n in a) Walk(source, n); break;
                    case JsonValue v when v.TryGetValue<string>(out var s): Enqueue(s); break;
                }
            }
        }
        return crawl;
    }

    [Fact]
    public async Task Every_object_is_valid_every_link_resolves_and_no_closed_content_leaks()
    {
        var crawl = await CrawlAsync();
        Assert.Empty(crawl.Problems);
        var types = crawl.Objects.Values.Select(o => ((string)o["type"]!)[SchemaBase.Length..]).ToHashSet();
        Assert.Equal(
            ["AgendaItem", "Body", "Consultation", "File", "LegislativeTerm", "Location", "Meeting", "Membership", "Organization", "Paper", "Person", "System"],
            types.Order(StringComparer.Ordinal));
        Assert.True(crawl.Visited.Count > 100, $"only {crawl.Visited.Count} URLs");
    }

    [Fact]
    public async Task Paging_with_a_small_limit_yields_the_same_objects_as_one_page()
    {
        var crawl = await CrawlAsync();
        var paged = crawl.ListIds.Keys.Where(k => k.EndsWith("#paged", StringComparison.Ordinal)).ToList();
        Assert.Contains(paged, k => crawl.ListIds[k].Count > 2);
        // Pages are fetched in crawl order (first, next, last …), so compare the sets; no object twice.
        foreach (var key in paged)
        {
            var twice = crawl.ListIds[key].GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{key}: twice: {string.Join(", ", twice.Take(5))}");
            var whole = crawl.ListIds[key[..^"#paged".Length]];
            Assert.True(whole.Order(StringComparer.Ordinal).SequenceEqual(crawl.ListIds[key].Order(StringComparer.Ordinal)),
                $"{key}: only in one page: {string.Join(", ", whole.Except(crawl.ListIds[key]).Take(5))}; only paged: {string.Join(", ", crawl.ListIds[key].Except(whole).Take(5))}");
        }
    }

    [Fact]
    public async Task Back_references_agree()
    {
        var crawl = await CrawlAsync();
        JsonObject Get(string id) => crawl.Fetched.TryGetValue(id, out var o) ? o : throw new Xunit.Sdk.XunitException($"{id} was not fetched");
        static IEnumerable<string> Ids(JsonNode? array) => array is JsonArray a ? a.Select(n => n is JsonObject o ? (string)o["id"]! : (string)n!) : [];

        var checkedCount = 0;
        foreach (var obj in crawl.Objects.Values.Where(o => o["deleted"]?.GetValueKind() != System.Text.Json.JsonValueKind.True))
        {
            var id = (string)obj["id"]!;
            switch (((string)obj["type"]!)[SchemaBase.Length..])
            {
                case "AgendaItem":
                    Assert.Contains(id, Ids(Get((string)obj["meeting"]!)["agendaItem"]));
                    if (obj["consultation"] is { } consultation)
                        Assert.Equal(id, (string)Get((string)consultation!)["agendaItem"]!);
                    checkedCount++;
                    break;
                case "Consultation":
                    Assert.Contains(id, Ids(Get((string)obj["paper"]!)["consultation"]));
                    if (obj["meeting"] is not null)
                        Assert.Equal((string)obj["meeting"]!, (string)Get((string)obj["agendaItem"]!)["meeting"]!);
                    else // a treatment known from the history printed under a later item, which records it
                        Assert.Equal("AgendaItem", ((string)Get((string)obj["referat:recordedIn"]!)["type"]!)[SchemaBase.Length..]);
                    checkedCount++;
                    break;
                case "Membership":
                    Assert.Contains(id, Ids(Get((string)obj["person"]!)["membership"]));
                    Assert.Contains(id, Ids(Get((string)obj["organization"]!)["membership"]));
                    checkedCount++;
                    break;
                case "File":
                    foreach (var item in Ids(obj["agendaItem"]))
                        Assert.Contains(id, Ids(Get(item)["auxiliaryFile"]));
                    break;
                case "Meeting":
                    foreach (var organization in Ids(obj["organization"]))
                        Assert.Equal("Organization", ((string)Get(organization)["type"]!)[SchemaBase.Length..]);
                    foreach (var item in Ids(obj["agendaItem"]))
                        Assert.Equal(id, (string)Get(item)["meeting"]!);
                    break;
            }
        }
        Assert.True(checkedCount > 50);
    }

    [Fact]
    public async Task The_closed_item_shows_only_number_order_title_and_public_false()
    {
        var crawl = await CrawlAsync();
        var closed = crawl.Objects.Values.Where(o => o["public"]?.GetValueKind() == System.Text.Json.JsonValueKind.False).ToList();
        Assert.Contains(closed, o => (string)o["name"]! == HandMade.ClosedTitle);
        static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        foreach (var item in closed)
        {
            Assert.Equal(
                ["created", "deleted", "id", "meeting", "modified", "name", "number", "order", "public", "type", "web"],
                item.Select(p => p.Key).Order(StringComparer.Ordinal));
            // A closed item's consultation and files are not published at all.
            Assert.DoesNotContain(crawl.Objects.Values, o => Text(o["agendaItem"]) == (string)item["id"]!
                || (o["agendaItem"] is JsonArray a && a.Any(n => Text(n) == (string)item["id"]!)));
        }
        // Nor is the hand-made closed item's case.
        Assert.DoesNotContain(crawl.Objects.Values, o => Text(o["reference"]) == "81.00.00-G01-7-25");
    }

    [Fact]
    public void The_schemas_do_reject_an_invalid_object()
    {
        var body = new JsonObject { ["id"] = "http://x/b/1", ["type"] = SchemaBase + "Body", ["modified"] = "i går" };
        var errors = SchemaFor("Body").Validate(body.ToJsonString());
        Assert.Contains(errors, e => e.ToString().Contains("name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.DateTimeExpected);
        Assert.NotEmpty(SchemaFor("AgendaItem").Validate(new JsonObject { ["id"] = "http://x/a/1", ["type"] = SchemaBase + "AgendaItem", ["order"] = "1" }.ToJsonString()));
    }
}

/// <summary>On the seeds with the portal's extra minutes: closed items, markup, and a citizen's personal data under review.</summary>
public sealed class OParlCrawlerTestsOnSeeds(PortalTestServer server) : OParlCrawlerTests<PortalTestServer>(server);

/// <summary>The crawl over a generated municipality (with closed items) and the hand-made minutes.</summary>
public sealed class OParlCrawlerTestsOnGenerated(GeneratedWebTestServer server) : OParlCrawlerTests<GeneratedWebTestServer>(server);
