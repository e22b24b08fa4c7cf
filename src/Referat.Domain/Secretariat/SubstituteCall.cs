namespace Referat.Domain;

/// <summary>
/// Which substitute (stedfortræder) takes an absent member's seat: the first in order of the absent member's party
/// list who is not already seated at the meeting. Without a substitute of the party, none is proposed.
/// </summary>
public static class SubstituteCall
{
    public static PartyMember? Next(PartyMember absent, IEnumerable<(PartyMember Substitute, int Order)> substitutes, IReadOnlyCollection<string> seated)
    {
        var taken = seated.Select(Names.Normalise).ToHashSet(StringComparer.Ordinal);
        return substitutes
            .Where(s => string.Equals(s.Substitute.Party, absent.Party, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Order)
            .Select(s => s.Substitute)
            .FirstOrDefault(s => !taken.Contains(Names.Normalise(s.Name)));
    }
}
