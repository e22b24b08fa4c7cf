namespace Referat.Domain;

/// <summary>One line of the competence chain (Beslutningskompetence): which body does what with the case.</summary>
public sealed record CompetenceStep(string Text, string? Body, CompetenceRole Role);

public enum CompetenceRole
{
    Unspecified,
    Recommends, // anbefaler
    Decides,    // beslutter, godkender
    IsInformed, // orienteres
}
