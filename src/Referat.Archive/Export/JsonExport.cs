using System.IO.Compression;
using System.Text.Json;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Export;

/// <summary>
/// <c>export --format json</c> and <c>/eksport/referat-json.zip</c>: the archive in the domain model, as published.
/// <c>meetings.json</c> (each meeting with its minutes), <c>cases.json</c> (with their consultations),
/// <c>persons.json</c> (with memberships) and <c>organizations.json</c> (with their dated names); each file one JSON
/// array in the model's JSON (<see cref="ModelJson"/>).
/// </summary>
public sealed class JsonExport : IArchiveExporter
{
    public const string ZipFileName = "referat-json.zip";

    public string Name => "json";

    public string Description => "the archive in the domain model: meetings, cases, persons, organizations";

    public ExportResult Export(ArchiveContext db, string directory, ExportSettings settings)
    {
        Directory.CreateDirectory(directory);
        using var view = ArchiveDb.PublicView(db);
        return Write(view, name => File.Create(Path.Combine(directory, name)));
    }

    /// <summary>Writes the files as one ZIP archive.</summary>
    public static ExportResult WriteZip(ArchiveContext db, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        return Write(db, name => zip.CreateEntry(name, CompressionLevel.Optimal).Open());
    }

    /// <summary>A meeting with its minutes as published.</summary>
    public sealed record MeetingEntry(Meeting Meeting, string? CurrentName, MinutesDocument Minutes);

    public sealed record CaseEntry(Case Case, IReadOnlyList<Consultation> Consultations);

    public sealed record PersonEntry(Person Person, IReadOnlyList<Membership> Memberships);

    private static ExportResult Write(ArchiveContext db, Func<string, Stream> open)
    {
        var content = new ArchiveContent(db);
        var meetings = content.Meetings().Select(m => new MeetingEntry(StoredRecords.Meeting(m),
            Names.Normalise(m.Organization.Name) == Names.Normalise(CommitteeNames.Display(m.Committee)) ? null : m.Organization.Name,
            content.Policy.Publish(StoredMinutes.ToDomain(m))));
        return new ExportResult(
        [
            ("meetings.json", WriteArray(open("meetings.json"), meetings)),
            ("cases.json", WriteArray(open("cases.json"), content.Cases().Select(c => new CaseEntry(c.Case, c.Consultations)))),
            ("persons.json", WriteArray(open("persons.json"), content.Persons().Select(p => new PersonEntry(p.Person, p.Memberships)))),
            ("organizations.json", WriteArray(open("organizations.json"), content.Organizations())),
        ]);
    }

    private static int WriteArray<T>(Stream stream, IEnumerable<T> records)
    {
        using (stream)
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = ModelJson.CompactOptions.Encoder }))
        {
            var count = 0;
            writer.WriteStartArray();
            foreach (var record in records)
            {
                JsonSerializer.Serialize(writer, record, ModelJson.CompactOptions);
                count++;
                if (writer.BytesPending > 1 << 16)
                    writer.Flush();
            }
            writer.WriteEndArray();
            writer.Flush();
            return count;
        }
    }
}
