using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Web.Api;
using Referat.Web.Secretariat;

namespace Referat.Web.Tests;

/// <summary>The secretariat's scenario through the integration API, as a case system drives it with API tokens.</summary>
public sealed class SecretariatApiTests(SecretariatWebServer server) : IClassFixture<SecretariatWebServer>
{
    private const string Secret = "Prisen er fortrolig";

    [Fact]
    public async Task The_case_system_prepares_records_and_publishes_a_meeting_and_reads_the_decisions_back()
    {
        using var secretary = await Client("sekretaer@kommune.dk");
        var created = await secretary.PostAsJsonAsync("/api/v1/meetings", new { committee = SecretariatWebServer.Committee, date = "2027-02-09", start = "16:00", location = "Rådhuset" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        Assert.Equal($"/api/v1/meetings/{id}", created.Headers.Location!.OriginalString);

        await Created(secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/items", new { title = "Salg af grund", caseNumber = "02.34.02-G01-7-27", closed = true, sections = new Dictionary<string, string> { ["Resume"] = Secret } }));
        await Created(secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/items", new
        {
            title = "Udvidelse af hjemmeplejen", caseNumber = "27.12.00-P20-2-27", competence = "Social- og Sundhedsudvalget beslutter.",
            table = new[] { new[] { "1.000 kr.", "2027", "2028" }, new[] { "Drift", "1.713", "1.713" } },
        }));
        await Created(secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/items", new { title = "Tillægsbevilling til renovering af plejecentret", caseNumber = "00.30.10-S00-3-27" }));
        var invalid = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/items", new { title = "Punkt", caseNumber = "ikke et nummer 7" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("KLE", (await invalid.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>());

        using (var upload = new MultipartFormDataContent())
        {
            upload.Add(new ByteArrayContent(Referat.Publishing.MinutesPdfRenderer.Render(HandMade.Minutes)), "file", "overslag.pdf");
            upload.Add(new StringContent("Anlægsoverslag"), "title");
            await Created(secretary.PostAsync($"/api/v1/meetings/{id}/items/3/attachments", upload));
        }
        using (var disguised = new MultipartFormDataContent())
        {
            disguised.Add(new ByteArrayContent("MZ program"u8.ToArray()), "file", "overslag.pdf");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await secretary.PostAsync($"/api/v1/meetings/{id}/items/3/attachments", disguised)).StatusCode);
        }
        await NoContent(secretary.PostAsync($"/api/v1/meetings/{id}/agenda", null));
        var absence = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/absences", new { member = "Bent Bjerre" });
        Assert.Equal("Frida Fisker (V)", (await absence.Content.ReadFromJsonAsync<JsonObject>())!["substitute"]!.GetValue<string>());
        await NoContent(secretary.PutAsJsonAsync($"/api/v1/meetings/{id}/items/2/decision", new { outcome = "approved" }));
        await NoContent(secretary.PutAsJsonAsync($"/api/v1/meetings/{id}/items/3/decision", new
        {
            outcome = "recommended", text = "Anbefalet.", points = new[] { 1 },
            votes = new object[] { new { position = "for", who = "A" }, new { position = "for", who = "Frida Fisker" }, new { position = "against", who = "C" } },
        }));
        await NoContent(secretary.PutAsJsonAsync($"/api/v1/meetings/{id}/items/6/decision", new { outcome = "approved", text = "Godkendt. " + Secret }));
        await NoContent(secretary.PostAsync($"/api/v1/meetings/{id}/approval", null));

        foreach (var member in new[] { "anna@kommune.dk", "bent@kommune.dk" })
        {
            using var client = await Client(member);
            await NoContent(client.PostAsync($"/api/v1/meetings/{id}/signatures", null));
            var refused = await client.PostAsJsonAsync("/api/v1/meetings", new { committee = SecretariatWebServer.Committee, date = "2027-03-09", start = "16:00", location = "Rådhuset" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }
        await NoContent(secretary.PostAsync($"/api/v1/meetings/{id}/minutes", null));

        var meeting = (await secretary.GetFromJsonAsync<JsonObject>($"/api/v1/meetings/{id}"))!;
        Assert.Equal("minutesPublished", meeting["state"]!.GetValue<string>());
        Assert.Equal(2, meeting["signatures"]!.AsArray().Count);
        var decisions = (await secretary.GetFromJsonAsync<JsonArray>($"/api/v1/meetings/{id}/decisions"))!;
        var recommended = decisions.Single(d => d!["title"]!.GetValue<string>().StartsWith("Tillægsbevilling", StringComparison.Ordinal))!["decision"]!;
        Assert.Equal(("recommended", 3), (recommended["outcome"]!.GetValue<string>(), recommended["votes"]!.AsArray().Count));
        Assert.Equal(3, decisions.Count(d => d!["decision"] is not null));
        var economy = meeting["minutes"]!["items"]!.AsArray().Single(i => i!["title"]!.GetValue<string>() == "Udvidelse af hjemmeplejen")!["sections"]!.AsArray()
            .Single(x => x!["kind"]!.GetValue<string>() == "economy")!;
        Assert.Equal(1713m, economy["blocks"]![0]!["table"]!["rows"]![0]!["cells"]![1]!["number"]!.GetValue<decimal>());

        using var db = server.OpenArchive();
        var finance = db.Organizations.Single(o => o.Name == "Økonomiudvalget").Id;
        var plan = (await secretary.GetFromJsonAsync<JsonArray>($"/api/v1/organizations/{finance}/forward-plan"))!;
        Assert.Contains(plan, e => e!["title"]!.GetValue<string>() == "Tillægsbevilling til renovering af plejecentret");
        var (_, page) = await server.GetAsync($"/moeder/{id}");
        Assert.Contains("Anbefalet", page);
        var download = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/bilag/\\d+)\"[^>]*>Anlægsoverslag");
        Assert.True(download.Success, "the attachment is not linked from the meeting page");
        var file = await new HttpClient().GetAsync(server.BaseUrl + download.Groups[1].Value);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Secret, page);
        var audit = db.AuditEntries.Where(a => a.Subject.StartsWith($"møde {id} ")).Select(a => a.Action).ToList();
        Assert.Contains("Referat underskrevet", audit);
        Assert.Contains("Referat offentliggjort", audit);
    }

    [Fact]
    public async Task A_call_without_a_valid_token_is_401_and_the_description_is_served()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/meetings", new { committee = "x" })).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTokens.Marker + "ukendt");
        var unknown = await anonymous.GetAsync("/api/v1/meetings");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var description = JsonNode.Parse(await new HttpClient().GetStringAsync(server.BaseUrl + "/api/v1/openapi.json"))!;
        var paths = description["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/meetings", paths);
        Assert.Contains("/api/v1/meetings/{id}/items/{order}/decision", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/oparl", StringComparison.Ordinal));
    }

    private async Task<HttpClient> Client(string email)
    {
        using var services = AccountAdmin.Services(ArchiveDb.Resolve(server.DatabasePath));
        using var scope = services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email);
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user!, "test");
        var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task NoContent(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
