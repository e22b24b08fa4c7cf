using Referat.Domain;

namespace Referat.Import;

/// <summary>The outcome of reading one document: the minutes, where each field came from, and what was noticed on the way.</summary>
public sealed record ParseResult(
    string Source,
    MinutesDocument Minutes,
    IReadOnlyList<FieldProvenance> Provenance,
    IReadOnlyList<ParseWarning> Warnings,
    string Encoding)
{
    /// <summary>The fields read with low confidence (or looked for and not found), in document order.</summary>
    public IReadOnlyList<FieldProvenance> Uncertain => Provenance.Where(p => p.Confidence < FieldProvenance.LowConfidence).ToList();
}
