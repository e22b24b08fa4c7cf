using Microsoft.EntityFrameworkCore;
using Referat.Storage.Entities;

namespace Referat.Storage.Resolution;

/// <summary>
/// Organizations with dated names. Rules, each named on the merge record it leaves:
/// <list type="bullet">
/// <item><c>stavevariant-udvalgsnavn</c>: names with the same <see cref="CommitteeNames.Key"/> ("Kultur-og
/// Fritidsudvalget" / "Kultur- og Fritidsudvalget", "Beskæftigelse-" / "Beskæftigelses- og Integrationsudvalget").</item>
/// <item><c>samme-fagord-anden-rækkefølge</c>: the same set of subject words in another order ("Social- og
/// Beskæftigelsesudvalget" / "Beskæftigelses- og Socialudvalget") seen in the same or an adjacent term; further
/// apart the pair goes to review.</item>
/// <item>The rename rules of <see cref="RenameStatements"/>, applied by <see cref="Relate"/>: statements in the
/// minutes that one committee now has another name. Two organizations already archived are merged into one.</item>
/// </list>
/// </summary>
public sealed class NameHistoryOrganizationResolver : IOrganizationResolver
{
    public const double MergeThreshold = 0.6;

    public Organization Resolve(ArchiveContext db, Body body, string name, Mention mention, DateTime now)
    {
        var names = Load(db, body);
        var key = CommitteeNames.Key(name);
        var normalised = Names.Normalise(name);
        var hit = Pick(names.Where(n => n.Key == key));
        Organization organization;
        OrganizationName row;
        if (hit is not null)
        {
            organization = hit.Organization;
            row = names.FirstOrDefault(n => n.Organization == organization && n.NormalisedName == normalised)
                ?? Adopt(hit, name)
                ?? AddName(db, organization, name, mention, seen: true, hit, "stavevariant-udvalgsnavn",
                    $"samme navn når bindestreg, mellemrum om »og«, bindings-s og bestemt form ses bort fra ({key})", 0.95, now);
        }
        else if (Pick(names.Where(n => n.WordSet == CommitteeNames.WordSet(name))) is { } sameWords)
        {
            organization = sameWords.Organization;
            var distance = TermDistance(names.Where(n => n.Organization == organization), mention);
            if (distance <= 1)
                row = AddName(db, organization, name, mention, seen: true, sameWords, "samme-fagord-anden-rækkefølge",
                    distance is null ? "samme fagord i anden rækkefølge" : $"samme fagord i anden rækkefølge, {(distance == 0 ? "samme" : "tilstødende")} valgperiode", 0.8, now);
            else
            {
                AddReview(db, body, name, sameWords.Name, "samme-fagord-anden-rækkefølge", $"samme fagord, men {distance} valgperioder imellem",
                    $"»{name}« set i {mention.Where}; »{sameWords.Name}« set første gang i {sameWords.FirstSeenWhere}", 0.5, now);
                (organization, row) = Create(db, body, name, mention, seen: true, now);
            }
        }
        else
            (organization, row) = Create(db, body, name, mention, seen: true, now);
        Observe(row, mention);
        ChooseName(organization, names.Append(row), now);
        return organization;
    }

    public void Relate(ArchiveContext db, Body body, RenameStatement statement, Mention mention, DateTime now)
    {
        var names = Load(db, body);
        var older = Find(names, statement.OldName);
        var newer = Find(names, statement.NewName);
        var evidence = $"{mention.Where}: »{statement.Sentence}«";
        if (statement.Confidence < MergeThreshold)
        {
            AddReview(db, body, statement.OldName, statement.NewName, statement.Rule, "usikker formulering", evidence, statement.Confidence, now);
            return;
        }
        if (older is null && newer is null)
        {
            var (organization, row) = Create(db, body, statement.NewName, mention, seen: false, now);
            AddName(db, organization, statement.OldName, mention, seen: false, row, statement.Rule, evidence, statement.Confidence, now, from: true);
        }
        else if (older is null)
            AddName(db, newer!.Organization, statement.OldName, mention, seen: false, newer, statement.Rule, evidence, statement.Confidence, now, from: true);
        else if (newer is null)
            AddName(db, older.Organization, statement.NewName, mention, seen: false, older, statement.Rule, evidence, statement.Confidence, now);
        else
        {
            var organization = newer.Organization;
            if (older.Organization != organization)
            {
                Merge(db, keep: organization, absorb: older.Organization);
                organization = db.Organizations.First(o => o.Id == organization.Id);
            }
            if (!Recorded(db, organization, statement.Rule, older.Name, newer.Name))
                db.OrganizationMerges.Add(new OrganizationMerge
                {
                    Organization = organization, Rule = statement.Rule, FromName = older.Name, ToName = newer.Name,
                    Evidence = evidence, Confidence = statement.Confidence, Created = now,
                });
        }
    }

    private static OrganizationName? Find(List<OrganizationName> names, string name) =>
        Pick(names.Where(n => n.Key == CommitteeNames.Key(name))) ?? Pick(names.Where(n => n.WordSet == CommitteeNames.WordSet(name)));

    /// <summary>Deterministic choice among names: the most seen, then ordinal.</summary>
    private static OrganizationName? Pick(IEnumerable<OrganizationName> candidates) =>
        candidates.OrderByDescending(n => n.Occurrences).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault();

    private static int? TermDistance(IEnumerable<OrganizationName> names, Mention mention)
    {
        if (!Referat.Domain.LegislativeTerm.TryParse(mention.Term, out var term))
            return null;
        var here = Terms.Index(term);
        var seen = names.SelectMany(n => new[] { n.FirstSeen, n.LastSeen }).OfType<DateOnly>().Select(d => Math.Abs(Terms.Index(Terms.For(d)) - here)).ToList();
        return seen.Count == 0 ? null : seen.Min();
    }

    private static List<OrganizationName> Load(ArchiveContext db, Body body)
    {
        if (body.Id != 0)
        {
            db.OrganizationNames.Where(n => n.Organization.BodyId == body.Id && !n.Organization.Deleted).Include(n => n.Organization).Load();
            // Organizations archived before names were recorded: their own name is their first name.
            foreach (var organization in db.Organizations.Where(o => o.BodyId == body.Id && !o.Deleted && !o.Names.Any()).ToList())
                if (!db.OrganizationNames.Local.Any(n => n.Organization == organization))
                    db.OrganizationNames.Add(new OrganizationName
                    {
                        Organization = organization, Name = organization.Name, NormalisedName = organization.NormalisedName,
                        Key = CommitteeNames.Key(organization.Name), WordSet = CommitteeNames.WordSet(organization.Name), FirstSeenWhere = "arkivet",
                    });
        }
        return db.OrganizationNames.Local
            .Where(n => !n.Organization.Deleted && (n.Organization.Body == body || body.Id != 0 && n.Organization.BodyId == body.Id))
            .ToList();
    }

    private static (Organization, OrganizationName) Create(ArchiveContext db, Body body, string name, Mention mention, bool seen, DateTime now)
    {
        var display = CommitteeNames.Display(name);
        var normalised = Names.Normalise(display);
        var key = normalised;
        for (var n = 2; db.Organizations.Local.Any(o => o.Body == body && o.NormalisedName == key)
            || body.Id != 0 && db.Organizations.Any(o => o.BodyId == body.Id && o.NormalisedName == key); n++)
            key = $"{normalised} ({n})";
        var organization = new Organization
        {
            Body = body, Name = display, NormalisedName = key, Kind = Classify(normalised), Created = now, Modified = now,
        };
        db.Organizations.Add(organization);
        var row = NewName(organization, name, mention, seen);
        db.OrganizationNames.Add(row);
        return (organization, row);
    }

    /// <summary>
    /// A name known only from a statement takes the spelling it is first seen under, so that the names do not depend
    /// on whether the statement or the meeting was imported first.
    /// </summary>
    private static OrganizationName? Adopt(OrganizationName mentioned, string name)
    {
        if (mentioned.Occurrences > 0)
            return null;
        mentioned.Name = Names.Clean(name);
        mentioned.NormalisedName = Names.Normalise(name);
        return mentioned;
    }

    private static OrganizationName NewName(Organization organization, string name, Mention mention, bool seen) => new()
    {
        Organization = organization, Name = seen ? Names.Clean(name) : CommitteeNames.Display(name),
        NormalisedName = Names.Normalise(seen ? name : CommitteeNames.Display(name)),
        Key = CommitteeNames.Key(name), WordSet = CommitteeNames.WordSet(name),
        FirstSeenWhere = seen ? mention.Where : $"{mention.Where} (omtalt)",
    };

    private static OrganizationName AddName(ArchiveContext db, Organization organization, string name, Mention mention, bool seen,
        OrganizationName matched, string rule, string evidence, double confidence, DateTime now, bool from = false)
    {
        var normalised = Names.Normalise(seen ? name : CommitteeNames.Display(name));
        var row = db.OrganizationNames.Local.FirstOrDefault(n => n.Organization == organization && n.NormalisedName == normalised);
        if (row is null)
        {
            row = NewName(organization, name, mention, seen);
            db.OrganizationNames.Add(row);
        }
        var (fromName, toName) = from ? (row.Name, matched.Name) : (matched.Name, row.Name);
        if (!Recorded(db, organization, rule, fromName, toName))
            db.OrganizationMerges.Add(new OrganizationMerge
            {
                Organization = organization, Rule = rule, FromName = fromName, ToName = toName, Confidence = confidence, Created = now,
                Evidence = seen ? $"»{Names.Clean(name)}« set i {mention.Where}; »{matched.Name}« set første gang i {matched.FirstSeenWhere}; {evidence}" : evidence,
            });
        return row;
    }

    private static bool Recorded(ArchiveContext db, Organization organization, string rule, string from, string to) =>
        db.OrganizationMerges.Local.Any(m => m.Organization == organization && m.Rule == rule && m.FromName == from && m.ToName == to)
        || organization.Id != 0 && db.OrganizationMerges.Any(m => m.OrganizationId == organization.Id && m.Rule == rule && m.FromName == from && m.ToName == to);

    private static void Observe(OrganizationName row, Mention mention)
    {
        row.Occurrences++;
        if (row.FirstSeen is null || mention.Date < row.FirstSeen)
        {
            row.FirstSeen = mention.Date;
            row.FirstSeenWhere = mention.Where;
        }
        if (row.LastSeen is null || mention.Date > row.LastSeen)
            row.LastSeen = mention.Date;
        if (Referat.Domain.LegislativeTerm.TryParse(mention.Term, out var term))
        {
            var from = new DateOnly(term.FirstYear, 1, 1);
            var to = new DateOnly(term.LastYear, 12, 31);
            if (row.ValidFrom is null || from < row.ValidFrom) row.ValidFrom = from;
            if (row.ValidTo is null || to > row.ValidTo) row.ValidTo = to;
        }
    }

    /// <summary>The shown name: the most used spelling of the name seen last.</summary>
    private static void ChooseName(Organization organization, IEnumerable<OrganizationName> names, DateTime now)
    {
        var seen = names.Where(n => n.Organization == organization && n.LastSeen is not null).Distinct().ToList();
        if (seen.Count == 0)
            return;
        var latestKey = seen.OrderByDescending(n => n.LastSeen).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
        var best = seen.Where(n => n.Key == latestKey).OrderByDescending(n => n.Occurrences).ThenBy(n => n.Name, StringComparer.Ordinal).First();
        var display = CommitteeNames.Display(best.Name);
        if (organization.Name != display)
        {
            organization.Name = display;
            organization.Modified = now;
        }
    }

    private static void AddReview(ArchiveContext db, Body body, string a, string b, string rule, string reason, string evidence, double confidence, DateTime now)
    {
        var (left, right) = AliasPersonResolver.Ordered(Names.Clean(a), Names.Clean(b));
        if (db.ResolutionReviews.Local.Any(r => r.Kind == "organization" && r.LeftName == left && r.RightName == right)
            || body.Id != 0 && db.ResolutionReviews.Any(r => r.BodyId == body.Id && r.Kind == "organization" && r.LeftName == left && r.RightName == right))
            return;
        db.ResolutionReviews.Add(new ResolutionReview
        {
            Body = body, Kind = "organization", Rule = rule, LeftName = left, RightName = right, Reason = reason, Evidence = evidence,
            Confidence = confidence, Created = now,
        });
    }

    /// <summary>
    /// Makes two archived organizations one: everything that points to <paramref name="absorb"/> points to
    /// <paramref name="keep"/>, and the absorbed one is soft-deleted. Runs inside the import's transaction, before
    /// anything else of the document is written; it saves what is pending and clears the change tracker.
    /// </summary>
    private static void Merge(ArchiveContext db, Organization keep, Organization absorb)
    {
        db.SaveChanges();
        long k = keep.Id, a = absorb.Id;
        db.Meetings.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        db.Memberships.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        db.Consultations.Where(c => c.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(c => c.OrganizationId, k));
        db.Decisions.Where(d => d.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(d => d.OrganizationId, k));
        db.OrganizationMerges.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        // A spelling both organizations have stays once.
        var keepNames = db.OrganizationNames.Where(n => n.OrganizationId == k).Select(n => n.NormalisedName).ToList();
        db.OrganizationNames.Where(n => n.OrganizationId == a && keepNames.Contains(n.NormalisedName)).ExecuteDelete();
        db.OrganizationNames.Where(n => n.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(n => n.OrganizationId, k));
        db.Organizations.Where(o => o.Id == a).ExecuteUpdate(s => s.SetProperty(o => o.Deleted, true));
        // What is tracked still says otherwise (and would write it back): forget everything; the importer reads the
        // body again and the next lookups read the database.
        db.ChangeTracker.Clear();
    }

    public static OrganizationKind Classify(string normalisedName) =>
        normalisedName.Contains("kommunalbestyrelse") || normalisedName.Contains("byråd") || normalisedName.Contains("borgerrepræsentation")
            ? OrganizationKind.Council
            : normalisedName.Contains("økonomiudvalg") ? OrganizationKind.FinanceCommittee
            : OrganizationKind.Committee;
}
