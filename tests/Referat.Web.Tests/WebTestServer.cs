using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Referat.Archive;
using Referat.Archive.Search;
using Referat.Search;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>
/// A temporary SQLite archive served by the real web host (Kestrel on 127.0.0.1, a free port): optionally the five
/// seeds, always the hand-made minutes with a closed item whose content carries <see cref="HandMade.ClosedMarker"/>.
/// </summary>
public class WebTestServer : IAsyncLifetime
{
    private readonly bool _withSeeds;
    private readonly MinutesDocument[] _extra;
    private WebApplication? _app;

    public WebTestServer() : this(withSeeds: true) { }

    protected WebTestServer(bool withSeeds, params MinutesDocument[] extra) => (_withSeeds, _extra) = (withSeeds, extra);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "referat-web-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Directory, "archive.db");
    public string BaseUrl { get; private set; } = "";
    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        using (var db = ArchiveDb.Open(ArchiveDb.Resolve(DatabasePath)))
        {
            if (_withSeeds)
            {
                var import = new ImportService(db);
                foreach (var file in ImportService.ExpandPaths([Seeds.Directory]))
                    Assert.False(import.ImportFile(file).Failed, file);
            }
            new MinutesImporter(db).Import(new SourceFile("haandlavet.txt", "håndlavet"u8.ToArray(), "test"), HandMade.Minutes);
            for (var i = 0; i < _extra.Length; i++)
                new MinutesImporter(db).Import(new SourceFile($"ekstra-{i}.txt", System.Text.Encoding.UTF8.GetBytes($"ekstra {i}"), "test"), _extra[i]);
            Prepare(db);
            // The search index beside the archive, as `referat import` keeps it (closed items never enter it).
            if (BuildSearchIndex)
            {
                using var index = SearchIndex.Open(ArchiveSearchIndex.DirectoryFor(ArchiveDb.Resolve(DatabasePath)));
                new ArchiveSearchIndex(db, index).Rebuild();
            }
        }
        _app = ReferatWeb.Create(Configure(new WebOptions { Db = DatabasePath, Urls = "http://127.0.0.1:0" }),
            builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
    }

    /// <summary>Changes to the archive after the import, before the index is built and the host starts.</summary>
    protected virtual void Prepare(ArchiveContext db) { }

    protected virtual bool BuildSearchIndex => true;

    /// <summary>The host's options (a test of a limit sets its own).</summary>
    protected virtual WebOptions Configure(WebOptions options) => options;

    /// <summary>The web host's clock: tests move it on instead of waiting (cache intervals, the index's refresh).</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ArchiveContext OpenArchive() => ArchiveDb.Open(ArchiveDb.Resolve(DatabasePath));

    /// <summary>Text of closed items that must never leave the server.</summary>
    public virtual IReadOnlyList<string> ClosedContent => [HandMade.ClosedMarker];

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url.StartsWith("http", StringComparison.Ordinal) ? url : BaseUrl + url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonObject> GetJsonAsync(string url)
    {
        var (response, body) = await GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The hand-made archive only: for tests that change the database.</summary>
public sealed class HandMadeWebTestServer() : WebTestServer(withSeeds: false);

/// <summary>Minutes made by hand: a public item with votes and an absence with a substitute, and a closed item.</summary>
public static class HandMade
{
    /// <summary>Only ever in the closed item's content (sections, competence, decision, attachment).</summary>
    public const string ClosedMarker = "HEMMELIG-Q7Z4-MARKOER";
    public const string ClosedTitle = "Personalesag";

    private static readonly PartyMember Anna = new("Anna Andersen", "A");
    private static readonly PartyMember Bent = new("Bent Bjerre", "V");
    private static readonly PartyMember Carl = new("Carl Clausen", "F");

    public static MinutesDocument Minutes { get; } = new()
    {
        Meeting = new MeetingHeader
        {
            Committee = "Økonomiudvalget", Date = new DateOnly(2025, 6, 9), Start = new TimeOnly(16, 0), End = new TimeOnly(18, 30),
            Location = "Rådhuset, mødelokale 2", Participants = [Anna, Bent, Carl],
        },
        Items =
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = "Budget 2026", Types = ["Beslutning"], CaseNumber = Case("00.30.00-S55-1-25"),
                Sections = [new Section("Indstilling", SectionKind.Recommendation, [new Paragraph("At budgettet godkendes.")])],
                Competence =
                [
                    new CompetenceStep("Økonomiudvalget anbefaler.", "Økonomiudvalget", CompetenceRole.Recommends),
                    new CompetenceStep("Kommunalbestyrelsen beslutter.", "Kommunalbestyrelsen", CompetenceRole.Decides),
                ],
                Decisions =
                [
                    new Decision
                    {
                        Body = "Økonomiudvalget", Date = new DateOnly(2025, 6, 9), Text = "Anbefalet. Bent Bjerre (V) stemte imod.",
                        Outcome = DecisionOutcome.Recommended, Points = [1, 2],
                        Votes = [new Vote(VotePosition.Against, Bent, "V")],
                        Absences = [new Absence(Carl, Anna, "under punktet")],
                    },
                ],
                Attachments = [new Attachment("Budgetoversigt")],
            },
            new AgendaItem
            {
                Number = "2", Order = 2, Title = ClosedTitle, IsClosed = true, CaseNumber = Case("81.00.00-G01-7-25"),
                Sections = [new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph($"Fortroligt: {ClosedMarker}")])],
                Competence = [new CompetenceStep($"Økonomiudvalget beslutter. {ClosedMarker}", "Økonomiudvalget", CompetenceRole.Decides)],
                Decisions =
                [
                    new Decision
                    {
                        Body = "Økonomiudvalget", Text = $"Godkendt. {ClosedMarker}", Outcome = DecisionOutcome.Approved,
                        Votes = [new Vote(VotePosition.For, Anna, "A")],
                        Absences = [new Absence(Bent, null, ClosedMarker)],
                    },
                ],
                Attachments = [new Attachment($"Bilag {ClosedMarker}")],
            },
        ],
    };

    private static CaseNumber Case(string text) =>
        CaseNumber.From(text) is { } parsed ? parsed : throw new InvalidOperationException(text);
}

public static class Seeds
{
    /// <summary>../shared/seeds beside the checkout: found by walking up to the folder that holds Referat.sln.</summary>
    public static string Directory { get; } = Path.Combine(Shared(), "seeds");

    /// <summary>../shared/oparl/schema: the official OParl 1.1 JSON schemas.</summary>
    public static string SchemaDirectory { get; } = Path.Combine(Shared(), "oparl", "schema");

    private static string Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException("Referat.sln not found above " + AppContext.BaseDirectory);
    }
}
