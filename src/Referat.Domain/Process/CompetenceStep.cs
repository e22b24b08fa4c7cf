namespace Referat.Domain;

/// <summary>One line of the competence chain (Beslutningskompetence): which body does what with the case.</summary>
public sealed record CompetenceStep(string Text, string? Body, CompetenceRole Role);

/// <summary>
/// What a body does with a case: the role of a step of the competence chain and of a consultation (a case treated by a
/// body at a meeting). The body that decides is the authoritative one.
/// </summary>
public enum CompetenceRole
{
    Unspecified,
    Recommends, // anbefaler
    Decides,    // beslutter, godkender
    IsInformed, // orienteres
}
