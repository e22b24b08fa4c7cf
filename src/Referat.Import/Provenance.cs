namespace Referat.Import;

/// <summary>Where a parsed field came from in the source document, and how sure the parser is of it (0–1).</summary>
public sealed record FieldProvenance(string Field, int FirstLine, int LastLine, double Confidence, string? Value = null);
