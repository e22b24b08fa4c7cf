using System.Globalization;
using System.IO.Compression;
using System.Text;
using Referat.Storage;

namespace Referat.Archive.Export;

/// <summary>
/// The archive as CSV tables in one ZIP (<c>referat-csv.zip</c>): meetings, items, decisions, absences, votes,
/// persons, organizations, cases, consultations; one file each, UTF-8 without BOM, a header row, comma separated,
/// CRLF line ends and RFC 4180 quoting. A closed item is a row in items.csv with its number and title and
/// public = false; it has no rows in decisions, votes, absences or consultations.
/// </summary>
public static class CsvExport
{
    public const string ZipFileName = "referat-csv.zip";

    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>
    {
        ["meetings.csv"] = ["id", "organization_id", "committee", "name", "date", "start", "end", "location", "legislative_term", "meeting_state", "cancelled", "version", "items", "created", "modified"],
        ["items.csv"] = ["id", "meeting_id", "number", "order", "title", "public", "types", "case_number", "result"],
        ["decisions.csv"] = ["id", "item_id", "meeting_id", "order", "body", "organization_id", "date", "outcome", "points", "text"],
        ["absences.csv"] = ["id", "meeting_id", "item_id", "decision_id", "person_id", "person", "substitute_id", "substitute", "note"],
        ["votes.csv"] = ["id", "decision_id", "item_id", "position", "person_id", "person", "party"],
        ["persons.csv"] = ["id", "name", "party"],
        ["organizations.csv"] = ["id", "body_id", "body", "name", "kind"],
        ["cases.csv"] = ["id", "reference", "title", "kle_subject", "facet", "serial", "year"],
        ["consultations.csv"] = ["id", "case_id", "case_reference", "meeting_id", "item_id", "organization_id", "role", "authoritative"],
    };

    public static ExportResult WriteZip(ArchiveContext db, Stream output, ExportOptions? options = null)
    {
        var source = new ExportSource(db, options);
        var temp = Path.Combine(Path.GetTempPath(), "referat-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            var tables = Headers.ToDictionary(h => h.Key, h => new CsvWriter(Path.Combine(temp, h.Key), h.Value));
            try
            {
                foreach (var m in source.Meetings())
                {
                    tables["meetings.csv"].Row(m.Id, m.OrganizationId, m.Committee, m.Name, m.Date, m.Start, m.End, m.Location, m.LegislativeTerm,
                        m.MeetingState, m.Cancelled, m.Version, m.Items.Count, m.Created, m.Modified);
                    foreach (var a in m.Absences)
                        tables["absences.csv"].Row(a.Id, m.Id, null, null, a.PersonId, a.Person, a.SubstituteId, a.Substitute, a.Note);
                    foreach (var i in m.Items)
                    {
                        tables["items.csv"].Row(i.Id, m.Id, i.Number, i.Order, i.Title, i.Public,
                            i.Types is null ? null : string.Join("; ", i.Types), i.CaseNumber, i.Result);
                        foreach (var d in i.Decisions ?? [])
                        {
                            tables["decisions.csv"].Row(d.Id, i.Id, m.Id, d.Order, d.Body, d.OrganizationId, d.Date, d.Outcome,
                                d.Points is null ? null : string.Join(",", d.Points), d.Text);
                            foreach (var v in d.Votes)
                                tables["votes.csv"].Row(v.Id, d.Id, i.Id, v.Position, v.PersonId, v.Person, v.Party);
                            foreach (var a in d.Absences)
                                tables["absences.csv"].Row(a.Id, m.Id, i.Id, d.Id, a.PersonId, a.Person, a.SubstituteId, a.Substitute, a.Note);
                        }
                    }
                }
                foreach (var p in source.Persons())
                    tables["persons.csv"].Row(p.Id, p.Name, p.Party);
                foreach (var o in source.Organizations())
                    tables["organizations.csv"].Row(o.Id, o.BodyId, o.Body, o.Name, o.Kind);
                foreach (var c in source.Cases())
                {
                    tables["cases.csv"].Row(c.Id, c.Reference, c.Title, c.KleSubject, c.Facet, c.Serial, c.Year);
                    foreach (var k in c.Consultations)
                        tables["consultations.csv"].Row(k.Id, c.Id, c.Reference, k.MeetingId, k.ItemId, k.OrganizationId, k.Role, k.Authoritative);
                }
            }
            finally
            {
                foreach (var table in tables.Values)
                    table.Dispose();
            }
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var name in Headers.Keys)
                zip.CreateEntryFromFile(Path.Combine(temp, name), name, CompressionLevel.Optimal);
            return new ExportResult(Headers.Keys.Select(name => (name, tables[name].Rows)).ToList());
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>One CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing space (RFC 4180).</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt => DateTime.SpecifyKind(dt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class CsvWriter : IDisposable
    {
        private readonly StreamWriter _writer;

        public CsvWriter(string path, string[] header)
        {
            _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
            _writer.WriteLine(string.Join(',', header.Select(Field)));
        }

        public int Rows { get; private set; }

        public void Row(params object?[] values)
        {
            _writer.WriteLine(string.Join(',', values.Select(v => Field(Format(v)))));
            Rows++;
        }

        public void Dispose() => _writer.Dispose();
    }
}
