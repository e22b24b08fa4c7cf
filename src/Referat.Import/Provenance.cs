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

    /// <summary>"meeting.location (linje 16, 0,60): en linje der ligner et sted, ved hovedets dato".</summary>
    public string Describe()
    {
        var where = FirstLine == 0 ? "" : FirstLine == LastLine ? $"linje {FirstLine}, " : $"linje {FirstLine}-{LastLine}, ";
        return $"{Field} ({where}{Confidence.ToString("0.00", CultureInfo.GetCultureInfo("da-DK"))}): {Reason ?? "ingen begrundelse"}";
    }
}
