using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Export;
using Referat.Storage;
using Referat.Storage.Reading;
using Referat.Storage.Rows;
using Referat.Web.OParl;

namespace Referat.Web.Export;

/// <summary>
/// The whole archive as the OParl 1.1 API serves it, one file per object type: <c>system.json</c> (the System object)
/// and <c>body.json</c>, <c>organization.json</c>, <c>person.json</c>, <c>membership.json</c>,
/// <c>legislativeTerm.json</c>, <c>location.json</c>, <c>meeting.json</c>, <c>agendaItem.json</c>, <c>paper.json</c>,
/// <c>consultation.json</c>, <c>file.json</c>, each an OParl list (<c>data</c>, <c>pagination</c>, <c>links</c>) of every
/// object that is not deleted, in one page. Projected by <see cref="OParlProjector"/> with the same visibility rules
/// as the API (<see cref="OParlQueries"/>) and the body's publication policy; the ids are URLs under the base URL.
/// </summary>
public sealed class OParlExport : IArchiveExporter
{
    public const string DefaultBaseUrl = WebOptions.DefaultUrls;
    private const int ChunkSize = 200;

    public static readonly string[] Lists =
        ["body", "organization", "person", "membership", "legislativeTerm", "location", "meeting", "agendaItem", "paper", "consultation", "file"];

    public string Name => "oparl";

    public string Description => "one OParl 1.1 JSON list per object type, ids under --base-url";

    public ExportResult Export(ArchiveContext db, string directory, ExportSettings settings) =>
        WriteDirectory(db, directory, settings.BaseUrl);

    /// <summary>Writes the lists from the archive as the public sees it (<see cref="ArchiveDb.PublicView"/>).</summary>
    public static ExportResult WriteDirectory(ArchiveContext archive, string directory, string baseUrl, WebOptions? options = null)
    {
        Directory.CreateDirectory(directory);
        using var db = ArchiveDb.PublicView(archive);
        var urls = new OParlUrls(baseUrl.TrimEnd('/'));
        var p = new OParlProjector(urls, options ?? new WebOptions(), StoredPolicy.Read(db));
        var files = new List<(string, int)>();
        using (var system = File.Create(Path.Combine(directory, "system.json")))
        {
            using var writer = new Utf8JsonWriter(system, new JsonWriterOptions { Encoder = OParlJson.Options.Encoder });
            p.System().WriteTo(writer);
        }
        files.Add(("system.json", 1));

        void List<T>(string name, IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> load, Func<T, JsonObject> project) where T : OParlObject =>
            files.Add(($"{name}.json", WriteList(Path.Combine(directory, $"{name}.json"), urls.Api + "/" + name, source.Where(e => !e.Deleted), load, project)));

        List("body", OParlQueries.Bodies(db), q => q.WithDetails(), p.Body);
        List("organization", OParlQueries.Organizations(db), q => q.WithDetails(), p.Organization);
        List("person", OParlQueries.Persons(db), q => q.WithDetails(), p.Person);
        List("membership", OParlQueries.Memberships(db), q => q, p.Membership);
        List("legislativeTerm", OParlQueries.LegislativeTerms(db), q => q, p.LegislativeTerm);
        var meetingsByLocation = OParlQueries.MeetingsByLocation(db, db.Locations.Select(l => l.Id).ToList());
        List("location", OParlQueries.Locations(db), q => q, l => p.Location(l, meetingsByLocation.GetValueOrDefault(l.Id)));
        List("meeting", OParlQueries.Meetings(db), q => q.WithDetails(), p.Meeting);
        List("agendaItem", OParlQueries.AgendaItems(db), q => q.WithDetails(), p.AgendaItem);
        List("paper", OParlQueries.Papers(db), q => q.WithDetails(), p.Paper);
        List("consultation", OParlQueries.Consultations(db), q => q, p.Consultation);
        List("file", OParlQueries.Files(db), q => q.WithDetails(), p.File);
        return new ExportResult(files);
    }

    /// <summary>One list file: the objects in id order, loaded in chunks, written as they come.</summary>
    private static int WriteList<T>(string path, string listUrl, IQueryable<T> source, Func<IQueryable<T>, IQueryable<T>> load,
        Func<T, JsonObject> project) where T : OParlObject
    {
        var ids = source.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToList();
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = OParlJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        writer.WriteStartArray();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var entities = load(source.AsNoTracking().Where(e => chunk.Contains(e.Id))).AsEnumerable().OrderBy(e => e.Id);
            foreach (var entity in entities)
                project(entity).WriteTo(writer);
            writer.Flush();
        }
        writer.WriteEndArray();
        writer.WritePropertyName("pagination");
        new JsonObject
        {
            ["totalElements"] = ids.Count,
            ["elementsPerPage"] = ids.Count,
            ["currentPage"] = 1,
            ["totalPages"] = 1,
        }.WriteTo(writer);
        writer.WritePropertyName("links");
        new JsonObject { ["first"] = listUrl, ["self"] = listUrl, ["last"] = listUrl }.WriteTo(writer);
        writer.WriteEndObject();
        return ids.Count;
    }

}
