using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Export;
using Referat.Web.Export;
using Referat.Web.OParl;

namespace Referat.Web.Tests;

/// <summary>The bulk exports (CSV, our JSON, OParl) of the seed archive, read back and compared with the archive.</summary>
public sealed class ExportTests(WebTestServer server) : IClassFixture<WebTestServer>
{
    /// <summary>An RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF records.</summary>
    public static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row.ToArray()); row.Clear();
                i++;
            }
            else
            {
                Assert.NotEqual('"', c);
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }
        Assert.False(quoted, "unterminated quoted field");
        Assert.Equal(0, field.Length + row.Count);
        return rows;
    }

    public static Dictionary<string, string> ReadZip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), new UTF8Encoding(false, true));
            return reader.ReadToEnd();
        });
    }

    private async Task<byte[]> Download(string path)
    {
        using var response = await server.Client.GetAsync(server.BaseUrl + path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_appropriation_lines_download_opens_in_a_Danish_Excel_and_holds_the_seeds_lines()
    {
        var response = await server.Client.GetAsync(server.BaseUrl + ExportEndpoints.AppropriationsPath);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', Referat.Archive.Export.AppropriationCsv.Header), rows[0]);
        // SSU as the seed prints it, resolved to the committee the archive knows
        Assert.Contains(rows, r => r.Contains(";Teknisk flytning af ældreboliger;Social- og Sundhedsudvalget;Sundhed og Omsorg;", StringComparison.Ordinal) && r.EndsWith(";2020;370000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_CSV_zip_has_a_table_per_object_type_matching_the_archive()
    {
        var files = ReadZip(await Download(ExportEndpoints.CsvPath));
        Assert.Equal(CsvExport.Headers.Keys.Order(), files.Keys.Order());
        var tables = files.ToDictionary(f => f.Key, f => ReadCsv(f.Value));
        foreach (var (name, rows) in tables)
        {
            Assert.False(files[name].StartsWith('\uFEFF'), $"{name} starts with a BOM");
            Assert.Equal(CsvExport.Headers[name], rows[0]);
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
            Assert.DoesNotContain(HandMade.ClosedMarker, files[name]);
        }
        int Rows(string name) => tables[name].Count - 1;

        using var db = server.OpenArchive();
        var items = db.AgendaItems.Where(i => !i.Deleted && !i.Meeting.Deleted);
        var publicDecisions = db.Decisions.Where(d => d.AgendaItem.Public && !d.AgendaItem.Deleted && !d.AgendaItem.Meeting.Deleted);
        Assert.Equal(db.Meetings.Count(m => !m.Deleted), Rows("meetings.csv"));
        Assert.Equal(items.Count(), Rows("items.csv"));
        Assert.Equal(publicDecisions.Count(), Rows("decisions.csv"));
        Assert.Equal(publicDecisions.SelectMany(d => d.Votes).Count(), Rows("votes.csv"));
        Assert.Equal(publicDecisions.SelectMany(d => d.Absences).Count() + db.Absences.Count(a => a.MeetingId != null && !a.Meeting!.Deleted),
            Rows("absences.csv"));
        Assert.Equal(db.Persons.Count(p => !p.Deleted), Rows("persons.csv"));
        Assert.Equal(db.Organizations.Count(o => !o.Deleted), Rows("organizations.csv"));
        Assert.Equal(OParlQueries.Papers(db).Count(p => !p.Deleted), Rows("cases.csv"));
        Assert.Equal(OParlQueries.Consultations(db).Count(c => !c.Deleted && !c.AgendaItem.Deleted), Rows("consultations.csv"));

        // The closed item: number and title, public = false, nothing else; nothing of it elsewhere.
        var closed = db.AgendaItems.Single(i => !i.Public && i.Name == HandMade.ClosedTitle);
        var header = tables["items.csv"][0];
        var row = tables["items.csv"].Single(r => r[0] == closed.Id.ToString());
        Assert.Equal("2", row[Array.IndexOf(header, "number")]);
        Assert.Equal(HandMade.ClosedTitle, row[Array.IndexOf(header, "title")]);
        Assert.Equal("false", row[Array.IndexOf(header, "public")]);
        Assert.Equal("", row[Array.IndexOf(header, "case_number")]);
        Assert.Equal("", row[Array.IndexOf(header, "result")]);
        foreach (var name in new[] { "decisions.csv", "votes.csv", "absences.csv", "consultations.csv" })
        {
            var column = Array.IndexOf(tables[name][0], "item_id");
            Assert.DoesNotContain(tables[name].Skip(1), r => r[column] == closed.Id.ToString());
        }
        Assert.DoesNotContain(tables["cases.csv"], r => r[1] == "81.00.00-G01-7-25");

        // Quoting survives the round trip: a decision text with a comma and line breaks reads back whole.
        var texts = tables["decisions.csv"].Skip(1).Select(r => r[^1]).ToHashSet();
        Assert.Contains("Anbefalet. Bent Bjerre (V) stemte imod.", texts);
        Assert.All(publicDecisions.Select(d => d.Text).ToList(), t => Assert.Contains(t, texts));
    }

    [Fact]
    public async Task The_JSON_zip_holds_our_model_and_closed_items_as_number_and_title()
    {
        var files = ReadZip(await Download(ExportEndpoints.JsonPath));
        Assert.Equal(new[] { "cases.json", "meetings.json", "organizations.json", "persons.json" }, files.Keys.Order());
        foreach (var (name, text) in files)
            Assert.DoesNotContain(HandMade.ClosedMarker, text);
        var meetings = JsonNode.Parse(files["meetings.json"])!.AsArray();
        using var db = server.OpenArchive();
        Assert.Equal(db.Meetings.Count(m => !m.Deleted), meetings.Count);
        Assert.Equal(db.Persons.Count(p => !p.Deleted), JsonNode.Parse(files["persons.json"])!.AsArray().Count);
        Assert.Equal(OParlQueries.Papers(db).Count(p => !p.Deleted), JsonNode.Parse(files["cases.json"])!.AsArray().Count);
        Assert.Equal(db.Organizations.Count(o => !o.Deleted), JsonNode.Parse(files["organizations.json"])!.AsArray().Count);

        var handMade = meetings.Single(m => (string)m!["meeting"]!["date"]! == "2025-06-09" && (string?)m!["meeting"]!["location"] == "Rådhuset, mødelokale 2")!;
        Assert.Equal("minutesPublished", (string)handMade["meeting"]!["state"]!);
        var minutes = handMade["minutes"]!;
        Assert.Equal("16:00:00", (string)minutes["meeting"]!["start"]!);
        var items = minutes["items"]!.AsArray();
        var open = items[0]!.AsObject();
        Assert.Equal("Budget 2026", (string)open["title"]!);
        var decision = open["decisions"]!.AsArray().Single()!;
        Assert.Equal("recommended", (string)decision["outcome"]!);
        Assert.Equal("against", (string)decision["votes"]![0]!["position"]!);
        Assert.Equal("Anna Andersen", (string)decision["absences"]![0]!["substitute"]!["name"]!);
        Assert.NotEmpty(open["sections"]!.AsArray());
        Assert.Equal(2, open["competence"]!.AsArray().Count);
        // A closed item: its number, order and title (the body publishes titles), nothing else.
        var closed = items[1]!.AsObject();
        Assert.Equal(new[] { "attachments", "competence", "decisions", "isClosed", "number", "order", "sections", "title", "types" }, closed.Select(p => p.Key).Order());
        Assert.True((bool)closed["isClosed"]!);
        Assert.Equal(HandMade.ClosedTitle, (string)closed["title"]!);
        Assert.All(new[] { "attachments", "competence", "decisions", "sections", "types" }, key => Assert.Empty(closed[key]!.AsArray()));
    }

    [Fact]
    public async Task The_OParl_export_serves_every_object_as_the_API_does()
    {
        const string exportBase = "https://data.example.dk";
        var directory = Path.Combine(server.Directory, "oparl-export");
        ExportResult result;
        using (var db = server.OpenArchive())
            result = OParlExport.WriteDirectory(db, directory, exportBase + "/");
        Assert.Equal(["system.json", .. OParlExport.Lists.Select(l => l + ".json")], result.Files.Select(f => f.File));

        var system = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "system.json")))!;
        Assert.Equal(exportBase + "/oparl/v1.1/system", (string)system["id"]!);
        foreach (var list in OParlExport.Lists)
        {
            var text = File.ReadAllText(Path.Combine(directory, list + ".json"));
            Assert.DoesNotContain(HandMade.ClosedMarker, text);
            Assert.DoesNotContain(server.BaseUrl, text);
            var file = JsonNode.Parse(text)!.AsObject();
            var data = file["data"]!.AsArray();
            Assert.Equal(data.Count, (int)file["pagination"]!["totalElements"]!);
            var type = "https://schema.oparl.org/1.1/" + char.ToUpperInvariant(list[0]) + list[1..];
            Assert.All(data, o =>
            {
                Assert.Equal(type, (string)o!["type"]!);
                Assert.StartsWith($"{exportBase}/oparl/v1.1/{list}/", (string)o["id"]!);
            });
            Assert.Equal(data.Count, data.Select(o => (string)o!["id"]!).Distinct().Count());

            // The same objects as the API's list of the body, with the export's base URL in place of the server's.
            var api = await server.GetJsonAsync($"/oparl/v1.1/{(list == "body" ? "body" : "body/1/" + list)}?limit=1000");
            var expected = JsonNode.Parse(api["data"]!.ToJsonString().Replace(server.BaseUrl, exportBase, StringComparison.Ordinal))!.AsArray();
            Assert.Equal(expected.Count, data.Count);
            for (var i = 0; i < data.Count; i++)
                Assert.True(JsonNode.DeepEquals(expected[i], data[i]), $"{list}[{i}] differs from the API: {data[i]!.ToJsonString()[..Math.Min(200, data[i]!.ToJsonString().Length)]}");
        }
        var closed = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "agendaItem.json")))!["data"]!.AsArray()
            .Single(o => o!["public"] is { } p && !(bool)p && (string)o["name"]! == HandMade.ClosedTitle)!.AsObject();
        Assert.DoesNotContain(closed, p => p.Key.StartsWith("referat:", StringComparison.Ordinal));
    }
}
