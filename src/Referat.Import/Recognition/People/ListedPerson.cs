using Referat.Domain;

namespace Referat.Import.Recognition.People;

/// <summary>
/// A person as a list in the minutes prints them: "Formand: Anna Holm Bech (A)", "Carl Berg (cabe) V",
/// "Lene Lind (lel) Ø (Orlov)", "Mette Mørk (memø) Ø (Stedfortræder for Lene Lind)", "Nina Nørby (Løsgænger)".
/// </summary>
/// <param name="Notes">Parenthesised remarks that are not the party, as printed: login initials, "Orlov", "Løsgænger".</param>
/// <param name="SubstituteFor">The member this person stands in for ("Stedfortræder for …", "Suppleant for …").</param>
public sealed record ListedPerson(string Name, string? Party, string? Role, IReadOnlyList<string> Notes, string? SubstituteFor)
{
    private static readonly string[] LeaveWords = ["orlov", "fraværende", "afbud", "forfald", "syg", "barsel", "ikke til stede", "deltog ikke", "ikke mødt"];

    /// <summary>The list itself says the person was not there: "(Orlov)", "(afbud)", "Bo Lund (V) var fraværende", "- afbud".</summary>
    public bool MarkedAbsent => Notes.Any(n => LeaveWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));

    public PartyMember Member => new(Name, Party);

    public override string ToString() => Party is null ? Name : $"{Name} ({Party})";
}
