using System.Globalization;

namespace Referat.Import;

/// <summary>
/// Where a parsed field came from in the source document, how sure the parser is of it (0–1), and why: the evidence
/// in words ("formen \"Punkt N:\", efterfulgt af afsnittet \"Beslutning\""). Line 0 means the field was inferred
/// (or not found) rather than read from a line.
/// </summary>
public sealed record FieldProvenance(string Field, int FirstLine, int LastLine, double Confidence, string? Value = null, string? Reason = null)
{
    /// <summary>Below this a field counts as read with low confidence: the import reports it and the portal marks the meeting.</summary>
    public const double LowConfidence = 0.7;

    /// <summary>"Sted (linje 16, sikkerhed 0,60): en linje der ligner et sted, ved hovedets dato".</summary>
    public string Describe()
    {
        var where = FirstLine == 0 ? "" : FirstLine == LastLine ? $"linje {FirstLine}, " : $"linje {FirstLine}-{LastLine}, ";
        return $"{DanishField(Field)} ({where}sikkerhed {Confidence.ToString("0.00", CultureInfo.GetCultureInfo("da-DK"))}): {Reason ?? "ingen begrundelse"}";
    }

    /// <summary>The field in words: "meeting.location" is "Sted", "items[2].decisions[0]" is "Punkt 3, beslutning 1".</summary>
    public static string DanishField(string field)
    {
        var meeting = field switch
        {
            "meeting.committee" => "Udvalg",
            "meeting.term" => "Valgperiode",
            "meeting.date" => "Dato",
            "meeting.start" => "Tidspunkt",
            "meeting.location" => "Sted",
            "meeting.participants" => "Deltagere",
            "meeting.absent" => "Fravær",
            _ => null,
        };
        if (meeting is not null)
            return meeting;
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^items\[(?<item>\d+)\]\.(?<part>[a-zA-Z]+)(?:\[(?<n>\d+)\])?$");
        if (!match.Success)
            return field;
        var item = $"Punkt {int.Parse(match.Groups["item"].Value) + 1}";
        var n = match.Groups["n"].Success ? $" {int.Parse(match.Groups["n"].Value) + 1}" : "";
        return match.Groups["part"].Value switch
        {
            "title" => $"{item}, titel",
            "caseNumber" => $"{item}, sagsnummer",
            "decisions" => $"{item}, beslutning{n}",
            "sections" => $"{item}, afsnit",
            "attachments" => $"{item}, bilag",
            "competence" => $"{item}, beslutningskompetence",
            var other => $"{item}, {other}",
        };
    }
}
