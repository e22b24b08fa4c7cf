namespace Referat.Domain;

/// <summary>The Danish name of a classified decision outcome, as the portal, the API and the CLI print it.</summary>
public static class DecisionOutcomeNames
{
    /// <summary>"Godkendt", "Anbefalet", "Taget til efterretning" …; null for <see cref="DecisionOutcome.Other"/>.</summary>
    public static string? DanishName(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => "Godkendt",
        DecisionOutcome.Recommended => "Anbefalet",
        DecisionOutcome.Noted => "Taget til efterretning",
        DecisionOutcome.Discussed => "Drøftet",
        DecisionOutcome.Postponed => "Udsat",
        DecisionOutcome.Rejected => "Afvist",
        _ => null,
    };
}
