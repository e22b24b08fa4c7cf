using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Referat.Domain;

namespace Referat.Import.Gold;

/// <summary>
/// Projects parsed minutes onto the annotation schema of the hand-checked gold files (shared/gold/SCHEMA.md):
/// the contract of <c>referat parse FILE --json</c>.
/// </summary>
public static class GoldProjection
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Project(ParseResult result, bool meetingDefaults = false) => Project(result.Minutes, result.Source, meetingDefaults);

    /// <summary>
    /// The gold shape of any minutes, parsed or generated (a generator writes its truth with this). With
    /// <paramref name="meetingDefaults"/>, a decision whose header line names no body or date (a bare "Beslutning")
    /// shows the meeting's: the convention of the development corpus (shared/corpus/README.md), where the seeds'
    /// gold keeps what the line prints.
    /// </summary>
    public static JsonObject Project(MinutesDocument minutes, string source, bool meetingDefaults = false)
    {
        var meeting = minutes.Meeting;
        return new JsonObject
        {
            ["source"] = Path.GetFileName(source),
            ["meeting"] = new JsonObject
            {
                ["committee"] = meeting.Committee,
                ["term"] = meeting.Term?.ToString(),
                ["date"] = meeting.Date?.ToString("yyyy-MM-dd"),
                ["start"] = meeting.Start?.ToString("HH:mm"),
                ["location"] = meeting.Location,
                ["participants"] = new JsonArray(meeting.Participants.Select(p => (JsonNode?)JsonValue.Create(p.ToString())).ToArray()),
                ["absent"] = new JsonArray(meeting.Absences.Select(Absent).ToArray()),
            },
            ["toc"] = new JsonArray(minutes.TableOfContents.Select(t => (JsonNode?)new JsonObject { ["title"] = t.Title, ["page"] = t.Page }).ToArray()),
            ["items"] = new JsonArray(minutes.Items.Select(i => Item(i, meetingDefaults ? meeting : null)).ToArray()),
        };
    }

    public static string ToJson(ParseResult result, bool meetingDefaults = false) => Project(result, meetingDefaults).ToJsonString(JsonOptions);

    public static string ToJson(MinutesDocument minutes, string source) => Project(minutes, source).ToJsonString(JsonOptions);

    private static JsonNode? Item(AgendaItem item, MeetingHeader? defaults) => new JsonObject
    {
        ["number"] = int.TryParse(item.Number, out var n) ? JsonValue.Create(n) : item.Number.Length == 0 ? null : JsonValue.Create(item.Number),
        ["title"] = item.Title.Length == 0 ? null : item.Title,
        ["types"] = Strings(item.Types),
        ["caseNumber"] = item.CaseNumber?.Text,
        ["sections"] = Strings(item.Sections.Select(s => s.Heading)),
        ["competence"] = Strings(item.Competence.Select(c => c.Text)),
        ["decisions"] = new JsonArray(item.Decisions.Select(d => (JsonNode?)new JsonObject
        {
            ["body"] = d.Body ?? (d.Date is null || d.Date == defaults?.Date ? defaults?.Committee : null),
            ["date"] = (d.Date ?? defaults?.Date)?.ToString("yyyy-MM-dd"),
            ["text"] = d.Text,
            ["absent"] = new JsonArray(d.Absences.Select(Absent).ToArray()),
        }).ToArray()),
        ["attachments"] = Strings(item.Attachments.Select(a => a.Title)),
    };

    private static JsonNode? Absent(Absence absence) => new JsonObject
    {
        ["name"] = absence.Member.Name,
        ["party"] = absence.Member.Party,
        ["substitute"] = absence.Substitute?.Name,
        ["substituteParty"] = absence.Substitute?.Party,
        ["note"] = absence.Note,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
