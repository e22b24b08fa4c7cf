using System.Net;
using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Import;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>Each page type of the portal answers with its Danish content; closed items show number and title only.</summary>
public sealed class PortalPagesTests(PortalTestServer server) : IClassFixture<PortalTestServer>
{
    private (long Meeting, long Item, long Paper, long Bent, long Committee, long PublicFile, long ClosedFile) HandMadeIds()
    {
        using var db = server.OpenArchive();
        var meeting = db.Meetings.Single(m => m.Date == HandMade.Minutes.Meeting.Date!.Value && !m.Deleted);
        var item = db.AgendaItems.Single(i => i.MeetingId == meeting.Id && i.Number == "1" && !i.Deleted);
        var paper = db.Papers.Single(p => p.Reference == "00.30.00-S55-1-25");
        var bent = db.Persons.Single(p => p.Name == "Bent Bjerre");
        var files = db.Files.Where(f => f.AgendaItem.MeetingId == meeting.Id).Include(f => f.AgendaItem).ToList();
        return (meeting.Id, item.Id, paper.Id, bent.Id, meeting.OrganizationId,
            files.Single(f => f.AgendaItem.Public).Id, files.Single(f => !f.AgendaItem.Public).Id);
    }

    private long HostileMeeting()
    {
        using var db = server.OpenArchive();
        return db.Meetings.Single(m => m.Date == Hostile.Date).Id;
    }

    /// <summary>Text as the pages encode it: Danish letters as themselves, markup characters as entities.</summary>
    private static string Html(string text) =>
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    private static void AssertPage(HttpResponseMessage response, string body, params string[] expected)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"da\">", body);
        Assert.Contains("href=\"#indhold\"", body);
        Assert.Contains("<main id=\"indhold\"", body);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "<h1[ >]"));
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", body);
        Assert.DoesNotContain(HandMade.ClosedMarker, body);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        foreach (var text in expected)
            Assert.Contains(text, body);
    }

    [Fact]
    public async Task Front_page_has_search_upcoming_meetings_latest_minutes_and_decisions()
    {
        var (response, body) = await server.GetAsync("/");
        AssertPage(response, body, "Dagsordener og referater", "action=\"/soeg\"", "Kommende møder", "Seneste referater",
            "Seneste beslutninger", "Teknik- og Miljøudvalget", $"/moeder/{HostileMeeting()}", "Økonomiudvalget");
    }

    [Fact]
    public async Task Meeting_page_shows_header_items_decisions_attendance_and_only_the_title_of_a_closed_item()
    {
        var ids = HandMadeIds();
        var (response, body) = await server.GetAsync($"/moeder/{ids.Meeting}");
        AssertPage(response, body, "Økonomiudvalget", "mandag den 9. juni 2025", "kl. 16.00–18.30", "Rådhuset, mødelokale 2",
            "id=\"punkt-1\"", "href=\"#punkt-1\"", "id=\"punkt-2\"", "Budget 2026", "Indstilling", "At budgettet godkendes.",
            "badge badge-recommended\">Anbefalet", "Beslutning i Økonomiudvalget den 9. juni 2025", "Imod:",
            "Carl Clausen</a> (F), i stedet deltog", "Anna Andersen", "Kommunalbestyrelsen beslutter.",
            "href=\"/sager/00.30.00-S55-1-25\"", $"href=\"/bilag/{ids.PublicFile}\"", $"href=\"/moeder/{ids.Meeting}/referat.pdf\"",
            "Personalesag", "Lukket punkt", $"href=\"/udvalg/{ids.Committee}\"", $"href=\"/personer/{ids.Bent}\"");
        Assert.DoesNotContain($"/bilag/{ids.ClosedFile}", body);
        Assert.DoesNotContain("81.00.00-G01-7-25", body);
    }

    [Fact]
    public async Task Attachments_download_only_for_public_items()
    {
        var ids = HandMadeIds();
        var (ok, text) = await server.GetAsync($"/bilag/{ids.PublicFile}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(PortalTestServer.PublicFileText, text);
        var (closed, closedBody) = await server.GetAsync($"/bilag/{ids.ClosedFile}");
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        Assert.DoesNotContain(HandMade.ClosedMarker, closedBody);
    }

    [Fact]
    public async Task Search_finds_words_that_only_an_attachment_file_holds()
    {
        // "skybrudsbassinet" is only in the public attachment's file, whose text the index extracts
        var (response, body) = await server.GetAsync("/soeg?q=skybrudsbassin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Budgetoversigt", body);
        Assert.Contains("<mark>skybrudsbassinet</mark>", body);
        // the closed item's file is never read into the index
        var (_, closedBody) = await server.GetAsync("/soeg?q=fortroligt");
        Assert.DoesNotContain(HandMade.ClosedMarker, closedBody);
    }

    [Fact]
    public async Task Seed_meeting_page_lists_its_items_with_anchors()
    {
        using var db = server.OpenArchive();
        var meeting = db.Meetings.Include(m => m.Organization).Include(m => m.AgendaItems)
            .Where(m => !m.Deleted && m.Date < HandMade.Minutes.Meeting.Date!.Value).OrderBy(m => m.Id).First();
        var (response, body) = await server.GetAsync($"/moeder/{meeting.Id}");
        // The committee as printed at that meeting heads the page; a renamed committee also shows what it is called now.
        var printed = meeting.Name.Replace(meeting.Date.ToString("yyyy-MM-dd"), "").Trim();
        AssertPage(response, body, Html(printed), Html(meeting.Organization.Name), meeting.Date.ToString("d. MMMM yyyy", new System.Globalization.CultureInfo("da-DK")));
        foreach (var item in meeting.AgendaItems.Where(i => !i.Deleted))
        {
            Assert.Contains($"id=\"punkt-{item.Number}\"", body);
            Assert.Contains(Html(item.Name), body);
        }
    }

    [Fact]
    public async Task Item_permalink_redirects_to_the_anchor_in_the_meeting()
    {
        var ids = HandMadeIds();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var response = await client.GetAsync($"{server.BaseUrl}/punkter/{ids.Item}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/moeder/{ids.Meeting}#punkt-1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Case_page_shows_the_timeline_and_the_bodies_still_to_come()
    {
        var ids = HandMadeIds();
        foreach (var key in new[] { "00.30.00-S55-1-25", ids.Paper.ToString() })
        {
            var (response, body) = await server.GetAsync($"/sager/{key}");
            AssertPage(response, body, "Budget 2026", "Sagsnr. 00.30.00-S55-1-25", "Sagens forløb", "9. juni 2025", "Økonomiudvalget",
                "anbefaler", $"href=\"/moeder/{ids.Meeting}#punkt-1\"", "Anbefalet", "Sagen skal endnu behandles i: Kommunalbestyrelsen");
        }
    }

    [Fact]
    public async Task A_case_treated_only_under_closed_items_is_not_published()
    {
        var (response, body) = await server.GetAsync("/sager/81.00.00-G01-7-25");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Siden findes ikke", body);
    }

    [Fact]
    public async Task Person_page_shows_memberships_attendance_and_votes()
    {
        var ids = HandMadeIds();
        var (response, body) = await server.GetAsync($"/personer/{ids.Bent}");
        AssertPage(response, body, "Bent Bjerre", "Parti: V", "Valgperioden", "Økonomiudvalget", "Fremmøde", "Afstemninger",
            "Imod", $"href=\"/moeder/{ids.Meeting}#punkt-1\"", "Budget 2026");
        Assert.DoesNotContain("Personalesag", body); // his vote and absence under the closed item are not shown

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var slug = await client.GetAsync($"{server.BaseUrl}/personer/bent-bjerre");
        Assert.Equal(HttpStatusCode.MovedPermanently, slug.StatusCode);
        Assert.Equal($"/personer/{ids.Bent}", slug.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Committee_pages_list_terms_members_and_meetings_by_year()
    {
        var ids = HandMadeIds();
        var (list, listBody) = await server.GetAsync("/udvalg");
        AssertPage(list, listBody, "Udvalg", "Valgperioden", $"href=\"/udvalg/{ids.Committee}\"", "Økonomiudvalget");
        var (response, body) = await server.GetAsync($"/udvalg/{ids.Committee}");
        AssertPage(response, body, "Økonomiudvalget", "Medlemmer", "Anna Andersen", "Bent Bjerre", "Møder", "<h3>2025</h3>",
            $"href=\"/moeder/{ids.Meeting}\"", "Stedfortrædere");
    }

    [Fact]
    public async Task Search_shows_highlighted_hits_facets_and_sort()
    {
        var (response, body) = await server.GetAsync("/soeg?q=budget");
        AssertPage(response, body, "resultat", "<mark>", "Afgræns søgningen", "href=\"/soeg?q=budget&amp;type=", "Budget 2026",
            "Mest relevante først");
        var (sorted, sortedBody) = await server.GetAsync("/soeg?q=budget&sortering=dato&type=item");
        AssertPage(sorted, sortedBody, "Type: Punkt", "selected=\"selected\">Nyeste først");
        // The closed item's content is not in the index: a word only it has among the items finds nothing.
        var (closed, closedBody) = await server.GetAsync("/soeg?q=fortroligt&type=item");
        AssertPage(closed, closedBody, "Ingen resultater");
    }

    [Fact]
    public async Task Search_pages_through_many_hits()
    {
        var (response, body) = await server.GetAsync("/soeg?q=kommunalbestyrelsen");
        AssertPage(response, body, "aria-label=\"Sider\"", "side=2");
        var (second, secondBody) = await server.GetAsync("/soeg?q=kommunalbestyrelsen&side=2");
        AssertPage(second, secondBody, "<span aria-current=\"page\">2</span>", "rel=\"prev\"");
    }

    [Fact]
    public async Task Calendar_shows_the_month_as_a_table_with_a_link_to_the_ics_feed()
    {
        var ids = HandMadeIds();
        var (response, body) = await server.GetAsync("/kalender?maaned=2025-06");
        AssertPage(response, body, "Mødekalender", "juni 2025", "<th scope=\"col\">Mandag</th>", $"href=\"/moeder/{ids.Meeting}\"",
            "href=\"/kalender.ics\"", "kl. 16.00");
        var (current, currentBody) = await server.GetAsync("/kalender");
        AssertPage(current, currentBody, "Mødekalender");
    }

    [Fact]
    public async Task Markup_in_titles_and_texts_is_shown_as_text()
    {
        var id = HostileMeeting();
        var (response, body) = await server.GetAsync($"/moeder/{id}");
        AssertPage(response, body, Html(Hostile.Title), "&lt;img src=x onerror=alert(1)&gt;",
            "Godkendt &lt;b&gt;uden&lt;/b&gt;", "<th scope=\"col\">2026</th>", "<td class=\"num\">1.713</td>");
        Assert.DoesNotContain("<img", body);
        var (search, searchBody) = await server.GetAsync("/soeg?q=lokalplan");
        AssertPage(search, searchBody, "Lokalplan &lt;script&gt;");
    }

    [Fact]
    public async Task Unknown_ids_give_a_Danish_404()
    {
        foreach (var url in new[] { "/moeder/987654", "/moeder/987654/referat.pdf", "/punkter/987654", "/sager/99.99.99-X00-0-00", "/personer/987654", "/personer/ingen-saadan", "/udvalg/987654", "/bilag/987654", "/findes-ikke" })
        {
            var (response, body) = await server.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Siden findes ikke", body);
            Assert.Contains("lang=\"da\"", body);
        }
    }

    [Fact]
    public async Task Meeting_page_and_pdf_carry_an_etag_and_answer_304()
    {
        var ids = HandMadeIds();
        foreach (var url in new[] { $"/moeder/{ids.Meeting}", $"/moeder/{ids.Meeting}/referat.pdf" })
        {
            var (first, _) = await server.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag!;
            Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
            var request = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + url);
            request.Headers.IfNoneMatch.Add(etag);
            var second = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Equal(etag, second.Headers.ETag);
            var stale = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + url);
            stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"gammel\""));
            Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(stale)).StatusCode);
        }
    }

    [Fact]
    public async Task Meeting_pdf_read_back_gives_the_same_items_and_decisions()
    {
        var ids = HandMadeIds();
        var response = await server.Client.GetAsync($"{server.BaseUrl}/moeder/{ids.Meeting}/referat.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain(HandMade.ClosedMarker, PdfText(bytes));

        var parsed = new DocumentReader().Read("referat.pdf", bytes).Minutes;
        Assert.Equal(["1", "2"], parsed.Items.Select(i => i.Number));
        Assert.Equal(["Budget 2026", HandMade.ClosedTitle], parsed.Items.Select(i => i.Title));
        var decision = Assert.Single(parsed.Items[0].Decisions);
        Assert.Equal(DecisionOutcome.Recommended, decision.Outcome);
        Assert.Contains("Anbefalet", decision.Text);
        Assert.Empty(parsed.Items[1].Decisions);
        Assert.Empty(parsed.Items[1].Sections);
    }

    internal static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}

public sealed class PortalWithoutIndexTests(NoIndexTestServer server) : IClassFixture<NoIndexTestServer>
{
    [Fact]
    public async Task A_missing_search_index_gives_a_friendly_Danish_message()
    {
        var (response, body) = await server.GetAsync("/soeg?q=budget");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Søgeindekset er endnu ikke bygget", body);
        Assert.False(Directory.Exists(Path.Combine(server.Directory, "search")), "the portal must not create an empty index");
    }
}
