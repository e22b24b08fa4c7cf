using System.Net;
using System.Text.RegularExpressions;

namespace Referat.Web.Tests;

/// <summary>
/// Follows every link reachable from the portal's front page (same host; search results for a few queries, the
/// personal data's values among them, with their facets and pages; the feeds, calendars and exports; PDFs; attachment
/// downloads) and checks that every page answers, is Danish, and never carries the closed item's content or the
/// personal data under review: in HTML, in feeds, in downloads and zipped exports, or in the text of a PDF.
/// </summary>
public sealed partial class PortalCrawlerTests(PortalTestServer server) : IClassFixture<PortalTestServer>
{
    /// <summary>Implemented by the feeds (another part of the host); the portal only links to it.</summary>
    private static readonly string[] NotThePortals = ["/kalender.ics"];

    [GeneratedRegex("(?:href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Links();

    private static T WithUrl<T>(Uri url, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{url.PathAndQuery}: {e.Message}", e);
        }
    }

    [Fact]
    public async Task Every_reachable_page_answers_and_never_shows_closed_content()
    {
        var root = new Uri(server.BaseUrl + "/");
        var queue = new Queue<(Uri Url, int SearchDepth)>();
        queue.Enqueue((root, 0));
        foreach (var q in new[] { "budget", "kommunalbestyrelsen", "personalesag", "bilag", "godkendt", "hjælpemiddel", "Kragh", "gmail", "diagnosticeret" }
            .Concat(PrivateData.Values))
        {
            queue.Enqueue((new Uri(root, "/soeg?q=" + Uri.EscapeDataString(q)), 1));
            queue.Enqueue((new Uri(root, "/feeds/soeg.atom?q=" + Uri.EscapeDataString(q)), 1));
        }
        foreach (var path in new[] { "/feeds/referater.atom", "/feeds/beslutninger.atom", "/eksport/referat-csv.zip", "/eksport/referat-json.zip" })
            queue.Enqueue((new Uri(root, path), 0));
        var redacted = 0;
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
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var media = response.Content.Headers.ContentType?.MediaType;
            // a search page repeats the visitor's own query: that value is theirs, not the archive's
            var query = Uri.UnescapeDataString(url.Query);
            foreach (var leak in WithUrl(url, () => Leaks.In(bytes, media, server.ClosedContent.Where(v => !query.Contains(v, StringComparison.Ordinal)))))
                problems.Add($"{url.PathAndQuery}: content that must stay on the server is in the response ({leak})");
            var text = Leaks.TextOf(bytes, media);
            if (text.Contains("[CPR-nummer skjult]", StringComparison.Ordinal))
                redacted++;
            if (NotThePortals.Contains(path))
                continue;
            if (response.StatusCode == HttpStatusCode.UnavailableForLegalReasons && path.StartsWith("/bilag/", StringComparison.Ordinal))
                continue;   // the attachment that holds a CPR number is withheld, and its page says so
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url.PathAndQuery}: HTTP {(int)response.StatusCode}");
                continue;
            }
            if (media != "text/html" && media != "application/atom+xml")
                continue;
            if (media == "text/html" && !text.Contains("<html lang=\"da\">", StringComparison.Ordinal))
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
        // the crawl did reach the personal data, redacted: the meeting page, its PDF, search, feeds and exports
        Assert.True(redacted >= 5, $"the redacted CPR number was seen in only {redacted} responses");
        foreach (var expected in new[] { "moeder", "sager", "personer", "udvalg", "soeg", "kalender", "bilag" })
            Assert.True(kinds.GetValueOrDefault(expected) > 0, $"the crawl reached no /{expected} page ({string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}"))})");
        Assert.Contains(seen, s => s.EndsWith("/referat.pdf", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.Contains("side=2", StringComparison.Ordinal));
    }
}
