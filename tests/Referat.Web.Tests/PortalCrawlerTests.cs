using System.Net;
using System.Text.RegularExpressions;

namespace Referat.Web.Tests;

/// <summary>
/// Follows every link reachable from the portal's front page (same host; search results for a few queries with their
/// facets and pages; PDFs; attachment downloads) and checks that every page answers, is Danish, and never carries the
/// closed item's content — in HTML, in downloads, or in the text of a PDF.
/// </summary>
public sealed partial class PortalCrawlerTests(PortalTestServer server) : IClassFixture<PortalTestServer>
{
    /// <summary>Implemented by the feeds (another part of the host); the portal only links to it.</summary>
    private static readonly string[] NotThePortals = ["/kalender.ics"];

    [GeneratedRegex("(?:href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Links();

    [Fact]
    public async Task Every_reachable_page_answers_and_never_shows_closed_content()
    {
        var root = new Uri(server.BaseUrl + "/");
        var queue = new Queue<(Uri Url, int SearchDepth)>();
        queue.Enqueue((root, 0));
        foreach (var q in new[] { "budget", "kommunalbestyrelsen", "personalesag", "bilag", "godkendt" })
            queue.Enqueue((new Uri(root, "/soeg?q=" + Uri.EscapeDataString(q)), 1));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var kinds = new Dictionary<string, int>();
        while (queue.Count > 0)
        {
            var (url, depth) = queue.Dequeue();
            if (!seen.Add(url.PathAndQuery))
                continue;
            Assert.True(seen.Count < 5000, "the crawl does not end");
            var response = await server.Client.GetAsync(url);
            var path = url.AbsolutePath;
            var kind = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "forside";
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (NotThePortals.Contains(path))
                continue;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url.PathAndQuery}: HTTP {(int)response.StatusCode}");
                continue;
            }
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var media = response.Content.Headers.ContentType?.MediaType;
            var text = media == "application/pdf" ? PortalPagesTests.PdfText(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
            if (text.Contains(HandMade.ClosedMarker, StringComparison.Ordinal))
                problems.Add($"{url.PathAndQuery}: the closed item's content is in the response");
            if (media != "text/html")
                continue;
            if (!text.Contains("<html lang=\"da\">", StringComparison.Ordinal))
                problems.Add($"{url.PathAndQuery}: not a Danish page");

            foreach (Match m in Links().Matches(text))
            {
                var href = WebUtility.HtmlDecode(m.Groups[1].Value);
                if (href.StartsWith('#') || href.Length == 0 || !Uri.TryCreate(url, href, out var target) || target.Authority != root.Authority)
                    continue;
                target = new UriBuilder(target) { Fragment = "" }.Uri;
                if (target.AbsolutePath.StartsWith("/oparl/", StringComparison.Ordinal) && target.AbsolutePath != "/oparl/v1.1/system")
                    continue; // the API is crawled by OParlCrawlerTests
                var isSearch = target.AbsolutePath == "/soeg" && target.Query.Length > 0;
                if (isSearch && depth >= 2)
                    continue; // facet links combine without end: one step from the seeded queries (and their pages)
                queue.Enqueue((target, isSearch ? depth + 1 : 0));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
        foreach (var expected in new[] { "moeder", "sager", "personer", "udvalg", "soeg", "kalender", "bilag" })
            Assert.True(kinds.GetValueOrDefault(expected) > 0, $"the crawl reached no /{expected} page ({string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}"))})");
        Assert.Contains(seen, s => s.EndsWith("/referat.pdf", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.Contains("side=2", StringComparison.Ordinal));
    }
}
