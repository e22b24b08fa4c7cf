using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Referat.Storage;

namespace Referat.Archive.Export;

/// <summary>
/// The archive in our own model as JSON: <c>meetings.json</c> (meetings with items, sections, decisions, votes,
/// absences, competence, attachments), <c>cases.json</c> (with their consultations), <c>persons.json</c> (with
/// memberships) and <c>organizations.json</c>; each file one JSON array. UTF-8, camelCase, nulls left out.
/// </summary>
public static class JsonExport
{
    public const string ZipFileName = "referat-json.zip";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Writes the files into a directory (created when missing).</summary>
    public static ExportResult WriteDirectory(ArchiveContext db, string directory, ExportOptions? options = null)
    {
        Directory.CreateDirectory(directory);
        return Write(db, name => File.Create(Path.Combine(directory, name)), options);
    }

    /// <summary>Writes the files as one ZIP archive.</summary>
    public static ExportResult WriteZip(ArchiveContext db, Stream output, ExportOptions? options = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        return Write(db, name => zip.CreateEntry(name, CompressionLevel.Optimal).Open(), options);
    }

    private static ExportResult Write(ArchiveContext db, Func<string, Stream> open, ExportOptions? options)
    {
        var source = new ExportSource(db, options);
        var files = new List<(string, int)>
        {
            ("meetings.json", WriteArray(open("meetings.json"), source.Meetings())),
            ("cases.json", WriteArray(open("cases.json"), source.Cases())),
            ("persons.json", WriteArray(open("persons.json"), source.Persons())),
            ("organizations.json", WriteArray(open("organizations.json"), source.Organizations())),
        };
        return new ExportResult(files);
    }

    private static int WriteArray<T>(Stream stream, IEnumerable<T> records)
    {
        using (stream)
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder, Indented = false }))
        {
            var count = 0;
            writer.WriteStartArray();
            foreach (var record in records)
            {
                JsonSerializer.Serialize(writer, record, Options);
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
