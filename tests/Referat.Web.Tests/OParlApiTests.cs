using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Referat.Web.Tests;

/// <summary>Filters, paging, headers and errors on the seed archive (read only).</summary>
public sealed class OParlApiTests(WebTestServer server) : IClassFixture<WebTestServer>
{
    private static int Total(JsonObject list) => (int)list["pagination"]!["totalElements"]!;

    [Fact]
    public async Task The_system_is_the_endpoint_and_names_the_licence()
    {
        var system = await server.GetJsonAsync("/oparl/v1.1/system");
        Assert.Equal(server.BaseUrl + "/oparl/v1.1/system", (string)system["id"]!);
        Assert.Equal("https://schema.oparl.org/1.1/", (string)system["oparlVersion"]!);
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", (string)system["license"]!);
        var bodies = await server.GetJsonAsync((string)system["body"]!);
        var body = Assert.Single(bodies["data"]!.AsArray())!.AsObject();
        Assert.Equal(server.BaseUrl + "/oparl/v1.1/body/1/meeting", (string)body["meeting"]!);
        Assert.NotEmpty(body["legislativeTerm"]!.AsArray());
    }

    [Fact]
    public async Task Limit_pages_the_list_and_the_links_keep_the_filters()
    {
        var all = await server.GetJsonAsync("/oparl/v1.1/body/1/agendaItem");
        Assert.Equal(100, (int)all["pagination"]!["elementsPerPage"]!);
        var total = Total(all);
        Assert.True(total > 60);

        var since = Uri.EscapeDataString("2000-01-01T00:00:00+01:00");
        var first = await server.GetJsonAsync($"/oparl/v1.1/body/1/agendaItem?created_since={since}&limit=10");
        Assert.Equal(10, first["data"]!.AsArray().Count);
        Assert.Equal((total + 9) / 10, (int)first["pagination"]!["totalPages"]!);
        Assert.Equal(1, (int)first["pagination"]!["currentPage"]!);
        var next = (string)first["links"]!["next"]!;
        Assert.Equal($"{server.BaseUrl}/oparl/v1.1/body/1/agendaItem?created_since={since}&limit=10&page=2", next);
        Assert.Null(first["links"]!["prev"]);
        var second = await server.GetJsonAsync(next);
        Assert.Equal(2, (int)second["pagination"]!["currentPage"]!);
        Assert.Equal((string)first["links"]!["self"]!, (string)second["links"]!["prev"]!);
        Assert.Empty(first["data"]!.AsArray().Select(o => (string)o!["id"]!).Intersect(second["data"]!.AsArray().Select(o => (string)o!["id"]!)));

        var last = await server.GetJsonAsync((string)first["links"]!["last"]!);
        Assert.Null(last["links"]!["next"]);

        var capped = await server.GetJsonAsync("/oparl/v1.1/body/1/agendaItem?limit=5000");
        Assert.Equal(1000, (int)capped["pagination"]!["elementsPerPage"]!);
    }

    [Fact]
    public async Task Created_and_modified_filters_compare_with_the_offset()
    {
        var all = Total(await server.GetJsonAsync("/oparl/v1.1/body/1/meeting"));
        Assert.Equal(6, all);
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        Assert.Equal(0, Total(await server.GetJsonAsync($"/oparl/v1.1/body/1/meeting?modified_since={future}")));
        Assert.Equal(all, Total(await server.GetJsonAsync($"/oparl/v1.1/body/1/meeting?created_until={future}")));
        Assert.Equal(0, Total(await server.GetJsonAsync("/oparl/v1.1/body/1/meeting?created_until=2000-01-01T00%3A00%3A00%2B01%3A00")));
        // An unencoded '+' arrives as a space and is still understood.
        Assert.Equal(all, Total(await server.GetJsonAsync("/oparl/v1.1/body/1/meeting?modified_since=2000-01-01T00:00:00+01:00")));
    }

    [Fact]
    public async Task Omit_internal_leaves_out_the_embedded_lists()
    {
        var meetings = await server.GetJsonAsync("/oparl/v1.1/body/1/meeting?omit_internal=true");
        Assert.All(meetings["data"]!.AsArray(), m => Assert.Null(m!["agendaItem"]));
        var full = await server.GetJsonAsync("/oparl/v1.1/body/1/meeting");
        Assert.All(full["data"]!.AsArray(), m => Assert.NotNull(m!["agendaItem"]));
    }

    [Fact]
    public async Task Danish_extensions_carry_sections_decisions_votes_and_absences_with_substitutes()
    {
        var meetings = await server.GetJsonAsync("/oparl/v1.1/body/1/meeting");
        var meeting = meetings["data"]!.AsArray().Select(m => m!.AsObject()).Single(m => (string?)m["referat:date"] == "2025-06-09");
        Assert.Equal("2025-06-09T16:00:00+02:00", (string)meeting["start"]!);
        Assert.Equal("Rådhuset, mødelokale 2", (string)meeting["location"]!["description"]!);
        var item = meeting["agendaItem"]!.AsArray()[0]!.AsObject();
        Assert.Equal("Budget 2026", (string)item["name"]!);
        Assert.Equal("Anbefalet", (string)item["result"]!);
        Assert.Equal("recommendation", (string)item["referat:sections"]![0]!["kind"]!);
        Assert.Equal("decides", (string)item["referat:competence"]![1]!["role"]!);
        var decision = item["referat:decisions"]![0]!.AsObject();
        Assert.Equal([1, 2], decision["points"]!.AsArray().Select(p => (int)p!));
        Assert.Equal("against", (string)decision["votes"]![0]!["position"]!);
        Assert.Equal("Bent Bjerre", (string)decision["votes"]![0]!["name"]!);
        var absence = decision["absences"]![0]!.AsObject();
        Assert.Equal("Carl Clausen", (string)absence["name"]!);
        Assert.Equal("Anna Andersen", (string)absence["substituteName"]!);
        Assert.Equal("under punktet", (string)absence["note"]!);
    }

    [Fact]
    public async Task The_api_sends_cors_and_every_response_sends_the_security_headers()
    {
        var (api, _) = await server.GetAsync("/oparl/v1.1/system");
        Assert.Equal("*", api.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("application/json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", api.Content.Headers.ContentType.CharSet);

        foreach (var path in new[] { "/", "/oparl/v1.1/system", "/oparl/v1.1/meeting/999999", "/findes-ikke" })
        {
            var (response, _) = await server.GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }

        var (missing, _) = await server.GetAsync("/oparl/v1.1/meeting/999999");
        Assert.Equal("*", missing.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var (page, _) = await server.GetAsync("/");
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/oparl/v1.1/meeting/999999")]
    [InlineData("/oparl/v1.1/body/1/nothing")]
    [InlineData("/oparl/v1.1/body/42/meeting")]
    [InlineData("/oparl/v1.1/nothing/1")]
    [InlineData("/oparl/v1.1/file/999999/access")]
    public async Task A_missing_object_is_404_with_a_Danish_error_object(string path)
    {
        var (response, body) = await server.GetAsync(path);
        Assert.Equal(404, (int)response.StatusCode);
        var error = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("https://schema.oparl.org/1.1/Error", (string)error["type"]!);
        Assert.Contains("findes ikke", (string)error["message"]!);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task A_bad_filter_is_400_in_Danish_and_an_unknown_page_is_404_in_Danish()
    {
        var (response, body) = await server.GetAsync("/oparl/v1.1/body/1/meeting?modified_since=igår");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Ugyldig værdi for modified_since", (string)JsonNode.Parse(body)!["message"]!);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        (response, body) = await server.GetAsync("/oparl/v1.1/body/1/meeting?limit=0");
        Assert.Equal(400, (int)response.StatusCode);

        (response, body) = await server.GetAsync("/findes-ikke");
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Siden findes ikke", body);
    }

    [Fact]
    public async Task The_front_page_says_what_this_is_in_Danish_and_links_to_the_api()
    {
        var (response, body) = await server.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("lang=\"da\"", body);
        Assert.Contains("dagsordener og referater", body);
        Assert.Contains("href=\"/oparl/v1.1/system\"", body);
    }

    [Fact]
    public async Task The_closed_case_and_its_files_answer_404_like_missing_objects()
    {
        using var db = server.OpenArchive();
        var closed = await db.AgendaItems.Include(i => i.Files).Include(i => i.Consultations).SingleAsync(i => !i.Public);
        var paper = await db.Papers.SingleAsync(p => p.Reference == "81.00.00-G01-7-25");
        foreach (var path in closed.Files.Select(f => $"/oparl/v1.1/file/{f.Id}").Concat(closed.Files.Select(f => $"/oparl/v1.1/file/{f.Id}/access"))
                     .Concat(closed.Consultations.Select(c => $"/oparl/v1.1/consultation/{c.Id}")).Append($"/oparl/v1.1/paper/{paper.Id}"))
        {
            var (response, body) = await server.GetAsync(path);
            Assert.Equal(404, (int)response.StatusCode);
            Assert.DoesNotContain(HandMade.ClosedMarker, body);
        }
        var item = await server.GetJsonAsync($"/oparl/v1.1/agendaItem/{closed.Id}");
        Assert.Equal(JsonValueKind.False, item["public"]!.GetValueKind());
        Assert.Null(item["auxiliaryFile"]);
    }
}

/// <summary>Soft deletion (spec 2-08), on an archive of its own because it changes the database.</summary>
public sealed class OParlDeletionTests(HandMadeWebTestServer server) : IClassFixture<HandMadeWebTestServer>
{
    [Fact]
    public async Task A_deleted_object_keeps_its_url_and_is_listed_only_under_modified_since()
    {
        // modified_since counts whole seconds: the deletion is dated a whole second after everything the fixture wrote.
        long itemId, membershipId;
        DateTimeOffset before;
        using (var db = server.OpenArchive())
        {
            var latest = new[] { await db.AgendaItems.MaxAsync(i => i.Modified), await db.Memberships.MaxAsync(m => m.Modified) }.Max();
            before = new DateTimeOffset(latest.Ticks - latest.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
            var deletedAt = before.UtcDateTime.AddMilliseconds(500);
            var item = await db.AgendaItems.Where(i => i.Public).OrderBy(i => i.Id).FirstAsync();
            item.Deleted = true;
            item.Modified = deletedAt;
            var membership = await db.Memberships.OrderBy(m => m.Id).FirstAsync();
            membership.Deleted = true;
            membership.Modified = deletedAt;
            await db.SaveChangesAsync();
            (itemId, membershipId) = (item.Id, membership.Id);
        }
        var itemUrl = $"{server.BaseUrl}/oparl/v1.1/agendaItem/{itemId}";

        var deleted = await server.GetJsonAsync(itemUrl);
        Assert.Equal(["created", "deleted", "id", "modified", "type"], deleted.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.True, deleted["deleted"]!.GetValueKind());
        Assert.True(DateTimeOffset.Parse((string)deleted["modified"]!) >= before);

        var list = await server.GetJsonAsync("/oparl/v1.1/body/1/agendaItem");
        Assert.DoesNotContain(list["data"]!.AsArray(), o => (string)o!["id"]! == itemUrl);

        var since = Uri.EscapeDataString(before.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        var changes = await server.GetJsonAsync($"/oparl/v1.1/body/1/agendaItem?modified_since={since}");
        var entry = Assert.Single(changes["data"]!.AsArray())!.AsObject();
        Assert.Equal(itemUrl, (string)entry["id"]!);
        Assert.Equal(JsonValueKind.True, entry["deleted"]!.GetValueKind());
        Assert.Null(entry["name"]);

        var memberships = await server.GetJsonAsync($"/oparl/v1.1/body/1/membership?modified_since={since}");
        Assert.Contains(memberships["data"]!.AsArray(), o => (string)o!["id"]! == $"{server.BaseUrl}/oparl/v1.1/membership/{membershipId}" && (bool)o["deleted"]!);

        // Embedded lists never carry a deleted object.
        var meeting = await server.GetJsonAsync((await server.GetJsonAsync("/oparl/v1.1/body/1/meeting"))["data"]![0]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(meeting["agendaItem"]!.AsArray(), o => (string)o!["id"]! == itemUrl);
        var persons = await server.GetJsonAsync("/oparl/v1.1/body/1/person");
        Assert.DoesNotContain(persons["data"]!.AsArray().SelectMany(p => p!["membership"]?.AsArray() ?? []),
            m => (string)m!["id"]! == $"{server.BaseUrl}/oparl/v1.1/membership/{membershipId}");
    }
}
