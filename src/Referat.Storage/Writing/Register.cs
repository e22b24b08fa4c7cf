using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Writing;

/// <summary>
/// Where a name was seen: the meeting (or decision) date, its legislative term and a readable place
/// ("000_x.txt, Økonomiudvalget 2025-06-09, punkt 3, fravær") that merge evidence quotes.
/// </summary>
public sealed record Mention(DateOnly Date, LegislativeTerm Term, string Where)
{
    public static Mention At(DateOnly date, LegislativeTerm? term, string where) =>
        new(date, term ?? LegislativeTerm.Containing(date), where);
}

/// <summary>
/// The archive's registers of one body held in memory for an import session: organizations with their names, persons
/// with their spellings, memberships, terms, cases and locations, and what the name rules have recorded (merges,
/// review pairs). The resolvers read and extend it; what they add or change goes into the document's
/// <see cref="ImportUnit"/> and is written with the document, in its transaction.
/// </summary>
/// <remarks>
/// Loaded once and kept while nobody else writes: before each document the importer compares the archive's stamp with
/// the one it last saw and loads again when they differ. A document that fails leaves the register stale; it is
/// loaded again for the next.
/// </remarks>
public sealed class Register
{
    private readonly ArchiveContext _db;
    private readonly string _bodyName;
    private readonly SortedList<string, PersonAliasRow> _aliases = new(StringComparer.Ordinal);

    internal Register(ArchiveContext db, string bodyName)
    {
        _db = db;
        _bodyName = bodyName;
    }

    public BodyRow Body { get; private set; } = null!;

    /// <summary>The time the current document is stored at (UTC).</summary>
    public DateTime Now { get; internal set; }

    /// <summary>The current document's rows.</summary>
    public ImportUnit Unit { get; internal set; } = new();

    public List<OrganizationRow> Organizations { get; } = [];

    /// <summary>Every name of every current organization.</summary>
    public List<OrganizationNameRow> OrganizationNames { get; } = [];

    /// <summary>Normalised names of every organization ever created, deleted ones too (they are unique in the table).</summary>
    internal HashSet<string> OrganizationKeys { get; } = new(StringComparer.Ordinal);

    internal HashSet<(OrganizationRow, string Rule, string From, string To)> OrganizationMerges { get; } = [];

    public IEnumerable<PersonAliasRow> Aliases => _aliases.Values;

    internal HashSet<(PersonRow, string Rule, string Spelling)> PersonMerges { get; } = [];

    internal HashSet<(ReviewKind, string Left, string Right)> Reviews { get; } = [];

    internal Dictionary<string, LegislativeTermRow> Terms { get; } = new(StringComparer.Ordinal);

    internal Dictionary<(PersonRow, OrganizationRow, MembershipRole, string?, LegislativeTermRow), MembershipRow> Memberships { get; } = [];

    internal Dictionary<string, PaperRow> Papers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, LocationRow> Locations { get; } = new(StringComparer.Ordinal);

    internal string? Stamp { get; set; }

    public T Add<T>(T row) where T : class => Unit.Add(row);

    public void Touch(IRow row) => Unit.Touch(row);

    /// <summary>Makes two organizations one (set by the importer, which writes what that takes); returns the one kept, as loaded again.</summary>
    internal Func<OrganizationRow, OrganizationRow, OrganizationRow>? Merger { get; set; }

    public OrganizationRow MergeOrganizations(OrganizationRow keep, OrganizationRow absorb) =>
        (Merger ?? throw new InvalidOperationException("no importer is writing"))(keep, absorb);

    public PersonAliasRow? AliasOf(string normalisedSpelling) => _aliases.GetValueOrDefault(normalisedSpelling);

    public void AddAlias(PersonAliasRow alias)
    {
        _aliases[alias.NormalisedSpelling] = alias;
        alias.Person.Aliases.Add(alias);
        Add(alias);
    }

    /// <summary>Reads the registers from the archive (within the current transaction, when there is one).</summary>
    internal void Load()
    {
        Organizations.Clear();
        OrganizationNames.Clear();
        OrganizationKeys.Clear();
        OrganizationMerges.Clear();
        _aliases.Clear();
        PersonMerges.Clear();
        Reviews.Clear();
        Terms.Clear();
        Memberships.Clear();
        Papers.Clear();
        Locations.Clear();

        var db = _db;
        Body = db.Bodies.AsNoTracking().FirstOrDefault(b => b.Name == _bodyName)!;
        if (Body is null)
        {
            Body = Add(new BodyRow { Name = _bodyName, Created = Now, Modified = Now });
            return;
        }
        var bodyId = Body.Id;
        foreach (var term in db.LegislativeTerms.AsNoTracking().Where(t => t.BodyId == bodyId))
        {
            term.Body = Body;
            Terms[term.Name] = term;
        }

        var organizations = new Dictionary<long, OrganizationRow>();
        foreach (var organization in db.Organizations.AsNoTracking().Where(o => o.BodyId == bodyId))
        {
            OrganizationKeys.Add(organization.NormalisedName);
            if (organization.Deleted)
                continue;
            organization.Body = Body;
            organizations[organization.Id] = organization;
            Organizations.Add(organization);
        }
        foreach (var name in db.OrganizationNames.AsNoTracking().Where(n => n.Organization.BodyId == bodyId).OrderBy(n => n.Id))
            if (organizations.TryGetValue(name.OrganizationId, out var organization))
            {
                name.Organization = organization;
                organization.Names.Add(name);
                OrganizationNames.Add(name);
            }
        foreach (var merge in db.OrganizationMerges.AsNoTracking().Where(m => m.Organization.BodyId == bodyId)
                     .Select(m => new { m.OrganizationId, m.Rule, m.FromName, m.ToName }))
            if (organizations.TryGetValue(merge.OrganizationId, out var organization))
                OrganizationMerges.Add((organization, merge.Rule, merge.FromName, merge.ToName));
        // Organizations archived before names were recorded: their own name is their first name.
        foreach (var organization in Organizations.Where(o => o.Names.Count == 0))
        {
            var name = Add(new OrganizationNameRow
            {
                Organization = organization, Name = organization.Name, NormalisedName = organization.NormalisedName,
                Key = CommitteeNames.Key(organization.Name), WordSet = CommitteeNames.WordSet(organization.Name), FirstSeenWhere = "arkivet",
            });
            organization.Names.Add(name);
            OrganizationNames.Add(name);
        }

        var persons = new Dictionary<long, PersonRow>();
        foreach (var person in db.Persons.AsNoTracking().Where(p => p.BodyId == bodyId && !p.Deleted))
        {
            person.Body = Body;
            persons[person.Id] = person;
        }
        foreach (var alias in db.PersonAliases.AsNoTracking().Where(a => a.Person.BodyId == bodyId).OrderBy(a => a.Id))
            if (persons.TryGetValue(alias.PersonId, out var person))
            {
                alias.Person = person;
                person.Aliases.Add(alias);
                _aliases[alias.NormalisedSpelling] = alias;
            }
        foreach (var merge in db.PersonMerges.AsNoTracking().Where(m => m.Person.BodyId == bodyId).Select(m => new { m.PersonId, m.Rule, m.Spelling }))
            if (persons.TryGetValue(merge.PersonId, out var person))
                PersonMerges.Add((person, merge.Rule, merge.Spelling));
        foreach (var review in db.ResolutionReviews.AsNoTracking().Where(r => r.BodyId == bodyId).Select(r => new { r.Kind, r.LeftName, r.RightName }))
            Reviews.Add((review.Kind, review.LeftName, review.RightName));

        var terms = Terms.Values.ToDictionary(t => t.Id);
        foreach (var membership in db.Memberships.AsNoTracking().Where(m => !m.Deleted && m.Person.BodyId == bodyId))
        {
            if (!persons.TryGetValue(membership.PersonId, out var person) || !organizations.TryGetValue(membership.OrganizationId, out var organization)
                || membership.LegislativeTermId is not { } termId || !terms.TryGetValue(termId, out var term))
                continue;
            (membership.Person, membership.Organization, membership.LegislativeTerm) = (person, organization, term);
            Memberships[(person, organization, membership.Role, membership.Party, term)] = membership;
        }
        foreach (var paper in db.Papers.AsNoTracking().Where(p => p.BodyId == bodyId))
        {
            paper.Body = Body;
            Papers[paper.Reference] = paper;
        }
        foreach (var location in db.Locations.AsNoTracking().Where(l => l.BodyId == bodyId))
        {
            location.Body = Body;
            Locations.TryAdd(location.Description, location);
        }
    }

    /// <summary>
    /// The archive's stamp: changes when anyone but this importer may have written since the register was loaded. On
    /// SQLite the file's data version (bumped by every other connection's commit) and this connection's change count; on
    /// PostgreSQL the highest id of every register table and the last change of the rows the register holds. One
    /// statement either way.
    /// </summary>
    internal string ReadStamp()
    {
        using var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = _db.Database.IsSqlite() ? SqliteStampQuery : StampQuery;
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }

    private const string SqliteStampQuery = "SELECT (SELECT data_version FROM pragma_data_version), total_changes()";

    private static readonly string StampQuery = "SELECT " + string.Join(", ",
        new[] { "body", "legislative_term", "organization", "organization_name", "organization_merge", "person", "person_alias", "person_merge",
                "resolution_review", "membership", "paper", "location" }.Select(t => $"(SELECT MAX(\"Id\") FROM \"{t}\")")
            .Concat(new[] { "organization", "person", "membership" }.Select(t => $"(SELECT MAX(\"Modified\") FROM \"{t}\")")));
}
