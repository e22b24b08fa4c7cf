using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Resolution;

public sealed record AliasEntry(string Spelling, string? Party, int Occurrences, DateOnly FirstSeen, DateOnly LastSeen, string FirstSeenWhere);

public sealed record MembershipEntry(string Organization, MembershipRole Role, string? Party, string? Term, DateOnly? FirstSeen, DateOnly? LastSeen, int Observations, string? Evidence);

public sealed record MergeEntry(string Rule, string From, string To, double Confidence, string Evidence);

public sealed record PersonEntry(long Id, string Name, string? Party, IReadOnlyList<AliasEntry> Aliases, IReadOnlyList<MembershipEntry> Memberships, IReadOnlyList<MergeEntry> Merges);

public sealed record ReviewEntry(ReviewKind Kind, string Rule, string Left, string Right, string Reason, double Confidence, string Evidence);

/// <summary>One name of an organization with its spellings, dated by the meetings it was seen at.</summary>
public sealed record NameEntry(string Name, IReadOnlyList<string> Spellings, DateOnly? FirstSeen, DateOnly? LastSeen, DateOnly? ValidFrom, DateOnly? ValidTo, int Occurrences, string FirstSeenWhere);

public sealed record OrganizationEntry(long Id, string Name, OrganizationKind Kind, IReadOnlyList<NameEntry> Names, IReadOnlyList<MergeEntry> Merges);

/// <summary>Read models for <c>referat people</c> and <c>referat committees</c>, in a stable order.</summary>
public static class Registers
{
    public static IReadOnlyList<PersonEntry> People(ArchiveContext db)
    {
        var persons = db.Persons.AsNoTracking().Where(p => !p.Deleted)
            .Include(p => p.Aliases).Include(p => p.Merges)
            .Include(p => p.Memberships).ThenInclude(m => m.Organization)
            .Include(p => p.Memberships).ThenInclude(m => m.LegislativeTerm)
            .AsSplitQuery().ToList();
        return persons
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => new PersonEntry(p.Id, p.Name, p.Party,
                p.Aliases.OrderBy(a => a.FirstSeen).ThenBy(a => a.Spelling, StringComparer.Ordinal)
                    .Select(a => new AliasEntry(a.Spelling, a.Party, a.Occurrences, a.FirstSeen, a.LastSeen, a.FirstSeenWhere)).ToList(),
                p.Memberships.Where(m => !m.Deleted)
                    .OrderBy(m => m.LegislativeTerm?.Name, StringComparer.Ordinal).ThenBy(m => m.Organization.Name, StringComparer.Ordinal).ThenBy(m => m.Role)
                    .Select(m => new MembershipEntry(m.Organization.Name, m.Role, m.Party, m.LegislativeTerm?.Name, m.FirstSeen, m.LastSeen, m.Observations, m.Evidence)).ToList(),
                p.Merges.OrderBy(m => m.Spelling, StringComparer.Ordinal).ThenBy(m => m.Rule, StringComparer.Ordinal)
                    .Select(m => new MergeEntry(m.Rule, m.MatchedSpelling, m.Spelling, m.Confidence, m.Evidence)).ToList()))
            .ToList();
    }

    public static IReadOnlyList<ReviewEntry> Reviews(ArchiveContext db, ReviewKind? kind = null) =>
        db.ResolutionReviews.AsNoTracking().Where(r => kind == null || r.Kind == kind).ToList()
            .OrderBy(r => r.Kind).ThenBy(r => r.LeftName, StringComparer.Ordinal).ThenBy(r => r.RightName, StringComparer.Ordinal)
            .Select(r => new ReviewEntry(r.Kind, r.Rule, r.LeftName, r.RightName, r.Reason, r.Confidence, r.Evidence)).ToList();

    public static IReadOnlyList<OrganizationEntry> Organizations(ArchiveContext db)
    {
        var organizations = db.Organizations.AsNoTracking().Where(o => !o.Deleted).Include(o => o.Names).Include(o => o.Merges).AsSplitQuery().ToList();
        return organizations.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new OrganizationEntry(o.Id, o.Name, o.Kind, History(o.Names, o.Merges),
                o.Merges.OrderBy(m => m.Rule, StringComparer.Ordinal).ThenBy(m => m.FromName, StringComparer.Ordinal).ThenBy(m => m.ToName, StringComparer.Ordinal)
                    .Select(m => new MergeEntry(m.Rule, m.FromName, m.ToName, m.Confidence, m.Evidence)).ToList()))
            .ToList();
    }

    /// <summary>
    /// The names in time order: spellings with the same key are one name; names are ordered by the renames the minutes
    /// state (old before new) and, where those say nothing, by when they were first seen.
    /// </summary>
    private static List<NameEntry> History(IEnumerable<Rows.OrganizationNameRow> rows, IEnumerable<Rows.OrganizationMergeRow> merges)
    {
        var groups = rows.GroupBy(n => n.Key).Select(g =>
        {
            var best = g.OrderByDescending(n => n.Occurrences).ThenBy(n => n.Name, StringComparer.Ordinal).First();
            return new NameEntry(CommitteeNames.Display(best.Name), g.Select(n => n.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Min(n => n.FirstSeen), g.Max(n => n.LastSeen), g.Min(n => n.ValidFrom), g.Max(n => n.ValidTo), g.Sum(n => n.Occurrences),
                g.OrderBy(n => n.FirstSeen ?? DateOnly.MaxValue).First().FirstSeenWhere);
        }).ToDictionary(e => CommitteeNames.Key(e.Name));
        var edges = merges.Where(m => m.Rule is not ("stavevariant-udvalgsnavn"))
            .Select(m => (From: CommitteeNames.Key(m.FromName), To: CommitteeNames.Key(m.ToName)))
            .Where(e => e.From != e.To && groups.ContainsKey(e.From) && groups.ContainsKey(e.To)).Distinct().ToList();
        var ordered = new List<NameEntry>();
        var left = groups.Keys.ToHashSet();
        while (left.Count > 0)
        {
            var ready = left.Where(k => !edges.Any(e => e.To == k && left.Contains(e.From))).ToList();
            if (ready.Count == 0)
                ready = left.ToList();
            var next = ready.OrderBy(k => groups[k].FirstSeen ?? DateOnly.MaxValue).ThenBy(k => k, StringComparer.Ordinal).First();
            ordered.Add(groups[next]);
            left.Remove(next);
        }
        return ordered;
    }
}
