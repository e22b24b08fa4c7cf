using Referat.Domain;
using Referat.Storage.Entities;

namespace Referat.Storage;

/// <summary>
/// Finds or creates the person a name in the minutes refers to. The seam for entity resolution: the exact-match
/// implementation below is the first; one with aliases, party history and fuzzy matching replaces it later.
/// </summary>
public interface IPersonResolver
{
    Person Resolve(ArchiveContext db, Body body, PartyMember member, DateTime now);
}

/// <summary>Finds or creates the organization (committee, finance committee, council) a name refers to.</summary>
public interface IOrganizationResolver
{
    Organization Resolve(ArchiveContext db, Body body, string name, DateTime now);
}

/// <summary>Same person when the normalised names are equal (<see cref="Names.Normalise"/>); otherwise a new person.</summary>
public sealed class ExactNamePersonResolver : IPersonResolver
{
    public Person Resolve(ArchiveContext db, Body body, PartyMember member, DateTime now)
    {
        var key = Names.Normalise(member.Name);
        var person = db.Persons.Local.FirstOrDefault(p => (p.Body == body || body.Id != 0 && p.BodyId == body.Id) && p.NormalisedName == key)
            ?? (body.Id == 0 ? null : db.Persons.FirstOrDefault(p => p.BodyId == body.Id && p.NormalisedName == key));
        if (person is null)
        {
            person = new Person { Body = body, Name = Names.Clean(member.Name), NormalisedName = key, Party = member.Party, Created = now, Modified = now };
            db.Persons.Add(person);
        }
        else if (member.Party is not null && person.Party != member.Party)
        {
            person.Party = member.Party;
            person.Modified = now;
        }
        return person;
    }
}

/// <summary>Same organization when the normalised names are equal; otherwise a new one, classified by its name.</summary>
public sealed class ExactNameOrganizationResolver : IOrganizationResolver
{
    public Organization Resolve(ArchiveContext db, Body body, string name, DateTime now)
    {
        var key = Names.Normalise(name);
        var organization = db.Organizations.Local.FirstOrDefault(o => (o.Body == body || body.Id != 0 && o.BodyId == body.Id) && o.NormalisedName == key)
            ?? (body.Id == 0 ? null : db.Organizations.FirstOrDefault(o => o.BodyId == body.Id && o.NormalisedName == key));
        if (organization is null)
        {
            organization = new Organization { Body = body, Name = Names.Clean(name), NormalisedName = key, Kind = Classify(key), Created = now, Modified = now };
            db.Organizations.Add(organization);
        }
        return organization;
    }

    public static OrganizationKind Classify(string normalisedName) =>
        normalisedName.Contains("kommunalbestyrelse") || normalisedName.Contains("byråd") || normalisedName.Contains("borgerrepræsentation")
            ? OrganizationKind.Council
            : normalisedName.Contains("økonomiudvalg") ? OrganizationKind.FinanceCommittee
            : OrganizationKind.Committee;
}
