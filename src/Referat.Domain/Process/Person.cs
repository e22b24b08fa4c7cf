namespace Referat.Domain;

/// <summary>
/// A person of the minutes (OParl Person): a member, a substitute. Known under every spelling the minutes use
/// (<see cref="Aliases"/>); <see cref="Name"/> is the spelling shown.
/// </summary>
public sealed record Person(long Id, string Name, string? Party, ValueList<string> Aliases);

/// <summary>A person's seat in an organization: a member, the chair, the vice-chair, or a substitute.</summary>
public enum MembershipRole
{
    Member,
    Chair,
    ViceChair,
    Substitute,
}

/// <summary>
/// A person's seat in an organization in a term (OParl Membership). A substitute has an order: the first substitute
/// of a party list is called first (<see cref="SubstituteOrder"/> from 1; null for other roles or when unknown).
/// </summary>
public sealed record Membership(
    long Id, long PersonId, long OrganizationId, MembershipRole Role, int? SubstituteOrder, string? Party, LegislativeTerm? Term,
    DateOnly? StartDate, DateOnly? EndDate)
{
    public int? SubstituteOrder { get; init; } = SubstituteOrder is null || Role == MembershipRole.Substitute && SubstituteOrder >= 1
        ? SubstituteOrder
        : throw new ArgumentOutOfRangeException(nameof(SubstituteOrder), "only a substitute has an order, counted from 1");
}
