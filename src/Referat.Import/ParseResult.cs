using Referat.Domain;

namespace Referat.Import;

/// <summary>The outcome of reading one document: the minutes, where each field came from, and what was noticed on the way.</summary>
public sealed record ParseResult(
    string Source,
    MinutesDocument Minutes,
    IReadOnlyList<FieldProvenance> Provenance,
    IReadOnlyList<ParseWarning> Warnings,
    string Encoding);
