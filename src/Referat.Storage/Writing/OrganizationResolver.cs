using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Writing;

/// <summary>Finds or creates the organization (committee, finance committee, council) a name refers to.</summary>
public interface IOrganizationResolver
{
    OrganizationRow Resolve(Register register, string name, Mention mention);

    /// <summary>Applies a statement from the minutes that two names are one organization (a rename).</summary>
    void Relate(Register register, RenameStatement statement, Mention mention);
}

/// <summary>
/// Organizations with dated names. Rules, each named on the merge record it leaves:
/// <list type="bullet">
/// <item><c>stavevariant-udvalgsnavn</c>: names with the same <see cref="CommitteeNames.Key"/> ("Kultur-og
/// Fritidsudvalget" / "Kultur- og Fritidsudvalget", "Beskæftigelse-" / "Beskæftigelses- og Integrationsudvalget").</item>
/// <item><c>samme-fagord-anden-rækkefølge</c>: the same set of subject words in another order ("Social- og
/// Beskæftigelsesudvalget" / "Beskæftigelses- og Socialudvalget") seen in the same or an adjacent term; further
/// apart the pair goes to review.</item>
/// <item>The rename statements the import reads from the minutes, applied by <see cref="Relate"/>: one committee now
/// has another name. Two organizations already archived are merged into one.</item>
/// </list>
/// </summary>
public sealed class NameHistoryOrganizationResolver : IOrganizationResolver
{
    public const double MergeThreshold = 0.6;

    public OrganizationRow Resolve(Register register, string name, Mention mention)
    {
        var names = register.OrganizationNames;
        var key = CommitteeNames.Key(name);
        var normalised = Names.Normalise(name);
        var hit = Pick(names.Where(n => n.Key == key));
        OrganizationRow organization;
        OrganizationNameRow row;
        if (hit is not null)
        {
            organization = hit.Organization;
            row = organization.Names.FirstOrDefault(n => n.NormalisedName == normalised)
                ?? Adopt(register, hit, name)
                ?? AddName(register, organization, name, mention, seen: true, hit, "stavevariant-udvalgsnavn",
                    $"samme navn når bindestreg, mellemrum om »og«, bindings-s og bestemt form ses bort fra ({key})", 0.95);
        }
        else if (Pick(names.Where(n => n.WordSet == CommitteeNames.WordSet(name))) is { } sameWords)
        {
            organization = sameWords.Organization;
            var distance = TermDistance(organization.Names, mention);
            if (distance <= 1)
                row = AddName(register, organization, name, mention, seen: true, sameWords, "samme-fagord-anden-rækkefølge",
                    distance is null ? "samme fagord i anden rækkefølge" : $"samme fagord i anden rækkefølge, {(distance == 0 ? "samme" : "tilstødende")} valgperiode", 0.8);
            else
            {
                AddReview(register, name, sameWords.Name, "samme-fagord-anden-rækkefølge", $"samme fagord, men {distance} valgperioder imellem",
                    $"»{name}« set i {mention.Where}; »{sameWords.Name}« set første gang i {sameWords.FirstSeenWhere}", 0.5);
                (organization, row) = Create(register, name, mention, seen: true);
            }
        }
        else
            (organization, row) = Create(register, name, mention, seen: true);
        Observe(register, row, mention);
        ChooseName(register, organization);
        return organization;
    }

    public void Relate(Register register, RenameStatement statement, Mention mention)
    {
        var names = register.OrganizationNames;
        var older = Find(names, statement.OldName);
        var newer = Find(names, statement.NewName);
        var evidence = $"{mention.Where}: »{statement.Sentence}«";
        if (statement.Confidence < MergeThreshold)
        {
            AddReview(register, statement.OldName, statement.NewName, statement.Rule, "usikker formulering", evidence, statement.Confidence);
            return;
        }
        if (older is null && newer is null)
        {
            var (organization, row) = Create(register, statement.NewName, mention, seen: false);
            AddName(register, organization, statement.OldName, mention, seen: false, row, statement.Rule, evidence, statement.Confidence, from: true);
        }
        else if (older is null)
            AddName(register, newer!.Organization, statement.OldName, mention, seen: false, newer, statement.Rule, evidence, statement.Confidence, from: true);
        else if (newer is null)
            AddName(register, older.Organization, statement.NewName, mention, seen: false, older, statement.Rule, evidence, statement.Confidence);
        else
        {
            var (olderName, newerName) = (older.Name, newer.Name);
            var organization = newer.Organization;
            if (older.Organization != organization)
                organization = register.MergeOrganizations(keep: organization, absorb: older.Organization);
            if (register.OrganizationMerges.Add((organization, statement.Rule, olderName, newerName)))
                register.Add(new OrganizationMergeRow
                {
                    Organization = organization, Rule = statement.Rule, FromName = olderName, ToName = newerName,
                    Evidence = evidence, Confidence = statement.Confidence, Created = register.Now,
                });
        }
    }

    private static OrganizationNameRow? Find(List<OrganizationNameRow> names, string name) =>
        Pick(names.Where(n => n.Key == CommitteeNames.Key(name))) ?? Pick(names.Where(n => n.WordSet == CommitteeNames.WordSet(name)));

    /// <summary>Deterministic choice among names: the most seen, then ordinal.</summary>
    private static OrganizationNameRow? Pick(IEnumerable<OrganizationNameRow> candidates) =>
        candidates.OrderByDescending(n => n.Occurrences).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault();

    private static int? TermDistance(IEnumerable<OrganizationNameRow> names, Mention mention)
    {
        var here = mention.Term.CycleIndex;
        var seen = names.SelectMany(n => new[] { n.FirstSeen, n.LastSeen }).OfType<DateOnly>()
            .Select(d => Math.Abs(LegislativeTerm.Containing(d).CycleIndex - here)).ToList();
        return seen.Count == 0 ? null : seen.Min();
    }

    private static (OrganizationRow, OrganizationNameRow) Create(Register register, string name, Mention mention, bool seen)
    {
        var display = CommitteeNames.Display(name);
        var normalised = Names.Normalise(display);
        var key = normalised;
        for (var n = 2; register.OrganizationKeys.Contains(key); n++)
            key = $"{normalised} ({n})";
        register.OrganizationKeys.Add(key);
        var organization = register.Add(new OrganizationRow
        {
            Body = register.Body, Name = display, NormalisedName = key, Kind = Organization.KindOf(normalised), Created = register.Now, Modified = register.Now,
        });
        register.Organizations.Add(organization);
        var row = NewName(register, organization, name, mention, seen);
        return (organization, row);
    }

    /// <summary>
    /// A name known only from a statement takes the spelling it is first seen under, so that the names do not depend
    /// on whether the statement or the meeting was imported first.
    /// </summary>
    private static OrganizationNameRow? Adopt(Register register, OrganizationNameRow mentioned, string name)
    {
        if (mentioned.Occurrences > 0)
            return null;
        mentioned.Name = Names.Clean(name);
        mentioned.NormalisedName = Names.Normalise(name);
        register.Touch(mentioned);
        return mentioned;
    }

    private static OrganizationNameRow NewName(Register register, OrganizationRow organization, string name, Mention mention, bool seen)
    {
        var row = register.Add(new OrganizationNameRow
        {
            Organization = organization, Name = seen ? Names.Clean(name) : CommitteeNames.Display(name),
            NormalisedName = Names.Normalise(seen ? name : CommitteeNames.Display(name)),
            Key = CommitteeNames.Key(name), WordSet = CommitteeNames.WordSet(name),
            FirstSeenWhere = seen ? mention.Where : $"{mention.Where} (omtalt)",
        });
        organization.Names.Add(row);
        register.OrganizationNames.Add(row);
        return row;
    }

    private static OrganizationNameRow AddName(Register register, OrganizationRow organization, string name, Mention mention, bool seen,
        OrganizationNameRow matched, string rule, string evidence, double confidence, bool from = false)
    {
        var normalised = Names.Normalise(seen ? name : CommitteeNames.Display(name));
        var row = organization.Names.FirstOrDefault(n => n.NormalisedName == normalised) ?? NewName(register, organization, name, mention, seen);
        var (fromName, toName) = from ? (row.Name, matched.Name) : (matched.Name, row.Name);
        if (register.OrganizationMerges.Add((organization, rule, fromName, toName)))
            register.Add(new OrganizationMergeRow
            {
                Organization = organization, Rule = rule, FromName = fromName, ToName = toName, Confidence = confidence, Created = register.Now,
                Evidence = seen ? $"»{Names.Clean(name)}« set i {mention.Where}; »{matched.Name}« set første gang i {matched.FirstSeenWhere}; {evidence}" : evidence,
            });
        return row;
    }

    private static void Observe(Register register, OrganizationNameRow row, Mention mention)
    {
        row.Occurrences++;
        if (row.FirstSeen is null || mention.Date < row.FirstSeen)
        {
            row.FirstSeen = mention.Date;
            row.FirstSeenWhere = mention.Where;
        }
        if (row.LastSeen is null || mention.Date > row.LastSeen)
            row.LastSeen = mention.Date;
        if (row.ValidFrom is null || mention.Term.Start < row.ValidFrom) row.ValidFrom = mention.Term.Start;
        if (row.ValidTo is null || mention.Term.End > row.ValidTo) row.ValidTo = mention.Term.End;
        register.Touch(row);
    }

    /// <summary>The shown name: the most used spelling of the name seen last.</summary>
    private static void ChooseName(Register register, OrganizationRow organization)
    {
        var seen = organization.Names.Where(n => n.LastSeen is not null).Distinct().ToList();
        if (seen.Count == 0)
            return;
        var latestKey = seen.OrderByDescending(n => n.LastSeen).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
        var best = seen.Where(n => n.Key == latestKey).OrderByDescending(n => n.Occurrences).ThenBy(n => n.Name, StringComparer.Ordinal).First();
        var display = CommitteeNames.Display(best.Name);
        if (organization.Name != display)
        {
            organization.Name = display;
            organization.Modified = register.Now;
            register.Touch(organization);
        }
    }

    private static void AddReview(Register register, string a, string b, string rule, string reason, string evidence, double confidence)
    {
        var (left, right) = AliasPersonResolver.Ordered(Names.Clean(a), Names.Clean(b));
        if (!register.Reviews.Add((ReviewKind.Organization, left, right)))
            return;
        register.Add(new ResolutionReviewRow
        {
            Body = register.Body, Kind = ReviewKind.Organization, Rule = rule, LeftName = left, RightName = right, Reason = reason, Evidence = evidence,
            Confidence = confidence, Created = register.Now,
        });
    }
}
