namespace Referat.Domain;

/// <summary>What kind of money a sentence says an amount is.</summary>
public enum AmountKind
{
    /// <summary>Tillægsbevilling: an appropriation added to the year's budget.</summary>
    SupplementaryAppropriation,
    /// <summary>Anlægsbevilling: an appropriation for a construction or other capital project.</summary>
    CapitalAppropriation,
    /// <summary>Indtægt: income.</summary>
    Income,
    /// <summary>Udgift: expense.</summary>
    Expense,
}

/// <summary>An amount written in running text ("der gives en tillægsbevilling på 1.575.000 kr."): its kind, the
/// amount in kroner, and the sentence that says so.</summary>
public sealed record StatedAmount(AmountKind Kind, long Kr, string Printed, string Sentence);
