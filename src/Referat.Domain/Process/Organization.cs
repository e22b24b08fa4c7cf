namespace Referat.Domain;

/// <summary>What kind of body meets: the council decides last, the finance committee before it, committees first.</summary>
public enum OrganizationKind
{
    Committee,
    FinanceCommittee,
    Council,
    Other,
}

/// <summary>
/// A body that meets (OParl Organization): the council (Kommunalbestyrelse, Byråd), the finance committee
/// (Økonomiudvalget) or a standing committee. Its names are dated: committees are renamed between terms.
/// </summary>
/// <param name="Name">The current name (the name seen last, in its most used spelling).</param>
public sealed record Organization(long Id, string Name, OrganizationKind Kind, ValueList<OrganizationName> Names)
{
    /// <summary>
    /// The name the organization had on a date: a name seen around it, else the name of that term, else the current name.
    /// </summary>
    public string NameOn(DateOnly date) =>
        (Names.Where(n => n.FirstSeen <= date && date <= n.LastSeen).OrderByDescending(n => n.Occurrences).FirstOrDefault()
            ?? Names.Where(n => n.LastSeen is not null && n.ValidFrom <= date && date <= n.ValidTo)
                .OrderByDescending(n => n.Occurrences).ThenByDescending(n => n.LastSeen).FirstOrDefault())?.Name
        ?? Name;

    /// <summary>The kind a name says: "…kommunalbestyrelse", "Byrådet", "Borgerrepræsentationen", "Økonomiudvalget".</summary>
    public static OrganizationKind KindOf(string name)
    {
        var normalised = Referat.Domain.Names.Normalise(name);
        return normalised.Contains("kommunalbestyrelse") || normalised.Contains("byråd") || normalised.Contains("borgerrepræsentation")
            ? OrganizationKind.Council
            : normalised.Contains("økonomiudvalg") ? OrganizationKind.FinanceCommittee
            : OrganizationKind.Committee;
    }
}

/// <summary>
/// A name an organization has had or been written with, dated by the meetings it was seen at (FirstSeen/LastSeen) and
/// the terms those fall in (ValidFrom/ValidTo). A name known only from a statement in the minutes has no dates.
/// </summary>
public sealed record OrganizationName(string Name, DateOnly? FirstSeen, DateOnly? LastSeen, DateOnly? ValidFrom, DateOnly? ValidTo, int Occurrences);
