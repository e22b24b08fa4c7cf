namespace Referat.Domain;

/// <summary>
/// A committee's seats in a term, as the secretariat configures them: the members (the chair first) and the
/// substitutes in the order they are called (<see cref="SubstituteCall"/>).
/// </summary>
public sealed record CommitteeRoster(string Committee, string Term, ValueList<RosterMember> Members, ValueList<PartyMember> Substitutes)
{
    /// <summary>The substitute proposed for an absent member, given who already sits at the meeting.</summary>
    public PartyMember? SubstituteFor(PartyMember absent, IReadOnlyCollection<string> seated) =>
        SubstituteCall.Next(absent, Substitutes.Select((s, i) => (s, i + 1)), seated);
}

/// <summary>A member of a committee and their role in it (formand, næstformand, medlem).</summary>
public sealed record RosterMember(string Name, string? Party, MembershipRole Role)
{
    public PartyMember AsPartyMember() => new(Name, Party);
}
