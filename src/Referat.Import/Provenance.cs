namespace Referat.Import;

/// <summary>
/// Where a parsed field came from in the source document, how sure the parser is of it (0–1), and why: the evidence
/// in words ("formen \"Punkt N:\", efterfulgt af afsnittet \"Beslutning\"").
/// </summary>
public sealed record FieldProvenance(string Field, int FirstLine, int LastLine, double Confidence, string? Value = null, string? Reason = null);
