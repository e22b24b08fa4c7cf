using System.Globalization;
using System.IO.Compression;
using System.Text;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Archive.Export;

/// <summary>
/// The archive as CSV tables in one ZIP (<c>referat-csv.zip</c>): meetings, items, decisions, absences, votes,
/// persons, organizations, cases, consultations; one file each, UTF-8 without BOM, a header row, comma separated,
/// CRLF line ends and RFC 4180 quoting. Enumerations by their code and, beside it, their Danish name. A closed item is
/// a row in items.csv with its number and title as the publication policy has it and public = false; it has no rows
/// in decisions, votes, absences or consultations.
/// </summary>
public sealed class CsvExport : IArchiveExporter
{
    public const string ZipFileName = "referat-csv.zip";

    public string Name => "csv";

    public string Description => $"{ZipFileName}: one CSV table per object type";

    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>
    {
        ["meetings.csv"] = ["id", "organization_id", "committee", "name", "date", "start", "end", "location", "legislative_term", "state", "state_text", "version", "items", "created", "modified"],
        ["items.csv"] = ["id", "meeting_id", "number", "order", "title", "public", "types", "case_number", "result", "result_text"],
        ["decisions.csv"] = ["id", "item_id", "meeting_id", "order", "body", "organization_id", "date", "outcome", "outcome_text", "points", "text"],
        ["absences.csv"] = ["id", "meeting_id", "item_id", "decision_id", "person_id", "person", "substitute_id", "substitute", "note"],
        ["votes.csv"] = ["id", "decision_id", "item_id", "position", "position_text", "person_id", "person", "party"],
        ["persons.csv"] = ["id", "name", "party"],
        ["organizations.csv"] = ["id", "name", "kind", "kind_text"],
        ["cases.csv"] = ["id", "reference", "title", "kle_subject", "facet", "serial", "year"],
        ["consultations.csv"] = ["id", "case_id", "case_reference", "meeting_id", "item_id", "organization_id", "role", "role_text", "authoritative"],
    };

    public ExportResult Export(ArchiveContext db, string directory, ExportSettings settings)
    {
        Directory.CreateDirectory(directory);
        using var stream = File.Create(Path.Combine(directory, ZipFileName));
        using var view = ArchiveDb.PublicView(db);
        var result = WriteZip(view, stream);
        return new ExportResult([(ZipFileName, result.Files.Sum(f => f.Records)), .. result.Files]);
    }

    public static ExportResult WriteZip(ArchiveContext db, Stream output)
    {
        var content = new ArchiveContent(db);
        var policy = content.Policy;
        var temp = Path.Combine(Path.GetTempPath(), "referat-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            var tables = Headers.ToDictionary(h => h.Key, h => new CsvWriter(Path.Combine(temp, h.Key), h.Value));
            try
            {
                foreach (var m in content.Meetings())
                {
                    var meeting = Storage.Reading.StoredRecords.Meeting(m);
                    var items = m.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ThenBy(i => i.Id).ToList();
                    tables["meetings.csv"].Row(m.Id, m.OrganizationId, m.Organization.Name, m.Name, m.Date, m.StartTime, m.EndTime, m.LocationText,
                        m.LegislativeTermName, m.State, m.State.DanishName(), meeting.Version, items.Count, m.Created, m.Modified);
                    foreach (var a in m.Absences.OrderBy(a => a.Order))
                        tables["absences.csv"].Row(a.Id, m.Id, null, null, a.PersonId, a.Name, a.SubstituteId, a.SubstituteName, a.Note);
                    foreach (var i in items)
                    {
                        if (!i.Public)
                        {
                            tables["items.csv"].Row(i.Id, m.Id, i.Number, i.Order, policy.TitleOf(i.Name, isClosed: true), false, null, null, null, null);
                            continue;
                        }
                        tables["items.csv"].Row(i.Id, m.Id, i.Number, i.Order, i.Name, true, string.Join("; ", i.Types), i.CaseNumber,
                            i.Result, i.Result?.DanishName());
                        foreach (var d in i.Decisions.OrderBy(d => d.Order))
                        {
                            tables["decisions.csv"].Row(d.Id, i.Id, m.Id, d.Order, d.BodyName, d.OrganizationId, d.Date, d.Outcome, d.Outcome.DanishName(),
                                d.Points.Count == 0 ? null : string.Join(",", d.Points), d.Text);
                            foreach (var v in d.Votes.OrderBy(v => v.Order))
                                tables["votes.csv"].Row(v.Id, d.Id, i.Id, v.Position, v.Position.DanishName(), v.PersonId, v.Name, v.Party ?? v.MemberParty);
                            foreach (var a in d.Absences.OrderBy(a => a.Order))
                                tables["absences.csv"].Row(a.Id, m.Id, i.Id, d.Id, a.PersonId, a.Name, a.SubstituteId, a.SubstituteName, a.Note);
                        }
                    }
                }
                foreach (var (p, _) in content.Persons())
                    tables["persons.csv"].Row(p.Id, p.Name, p.Party);
                foreach (var o in content.Organizations())
                    tables["organizations.csv"].Row(o.Id, o.Name, o.Kind, o.Kind.DanishName());
                foreach (var (c, consultations) in content.Cases())
                {
                    var kle = c.Number.Kle;
                    tables["cases.csv"].Row(c.Id, c.Number.Text, c.Title, kle?.Subject, kle?.Facet, kle?.Serial, kle?.Year);
                    foreach (var k in consultations)
                        tables["consultations.csv"].Row(k.Id, c.Id, c.Number.Text, k.MeetingId, k.AgendaItemId, k.OrganizationId, k.Role, k.Role.DanishName(), k.Authoritative);
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
        Enum e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
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
