using Referat.Domain;

namespace Referat.Generator;

public enum BodyKind
{
    Committee,
    FinanceCommittee,
    Council,
}

/// <summary>A member or substitute of the council: a name and a party letter.</summary>
public sealed record Person(string Name, string Party)
{
    public PartyMember AsMember() => new(Name, Party);
    public override string ToString() => $"{Name} ({Party})";
}

/// <summary>A body of one term: the council, Økonomiudvalget or a standing committee, with its members and where it meets.</summary>
public sealed record Body(string Name, BodyKind Kind, IReadOnlyList<Person> Members, string Room, int Weekday, TimeOnly Start)
{
    /// <summary>The name the committee had in the previous term, when it was renamed.</summary>
    public string? FormerName { get; init; }
}

/// <summary>One election term of a municipality: its bodies, and the substitutes each party can call in.</summary>
public sealed record Term(LegislativeTerm Period, Body Council, Body Finance, IReadOnlyList<Body> Committees, IReadOnlyDictionary<string, IReadOnlyList<Person>> Substitutes)
{
    public IEnumerable<Body> Bodies => Committees.Append(Finance).Append(Council);

    /// <summary>Committees renamed at the start of this term: (old name, new name).</summary>
    public IEnumerable<(string From, string To)> Renames => Committees.Where(c => c.FormerName is not null).Select(c => (c.FormerName!, c.Name));
}

/// <summary>An invented municipality with its terms.</summary>
public sealed record Municipality(string Name, string Slug, IReadOnlyList<Term> Terms)
{
    public Term TermOf(DateOnly date) => Terms.First(t => t.Period.Contains(date));
}

/// <summary>One held meeting and the minutes it produced (the model the writers print).</summary>
public sealed record GeneratedMeeting(Municipality Municipality, Body Body, Term Term, DateOnly Date, MinutesDocument Minutes);
