using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Entities;
using Referat.Storage.Resolution;

namespace Referat.Storage;

/// <summary>
/// Where a name was seen: the meeting (or decision) date, its legislative term and a readable place
/// ("000_x.txt, Økonomiudvalget 2025-06-09, punkt 3, fravær") that merge evidence quotes.
/// </summary>
public sealed record Mention(DateOnly Date, string Term, string Where)
{
    public static Mention At(DateOnly date, Referat.Domain.LegislativeTerm? term, string where) =>
        new(date, (term ?? Terms.For(date)).ToString(), where);
}

/// <summary>
/// Finds or creates the persons a list of names in the minutes refers to. A list is one participant list, the
/// absences under one decision (with their substitutes) or the votes under one decision: different spellings in one
/// list are different people.
/// </summary>
public interface IPersonResolver
{
    IReadOnlyList<Person> ResolveList(ArchiveContext db, Body body, IReadOnlyList<PartyMember> members, Mention mention, bool participantList, DateTime now);
}

/// <summary>Finds or creates the organization (committee, finance committee, council) a name refers to.</summary>
public interface IOrganizationResolver
{
    Organization Resolve(ArchiveContext db, Body body, string name, Mention mention, DateTime now);

    /// <summary>Applies a statement from the minutes that two names are one organization (a rename).</summary>
    void Relate(ArchiveContext db, Body body, RenameStatement statement, Mention mention, DateTime now);
}

/// <summary>What a person rule says about a new spelling and a known one.</summary>
public enum VerdictKind
{
    None,
    Merge,
    Review,
}

public sealed record PersonVerdict(VerdictKind Kind, string Rule, double Confidence, string Reason, string Detail)
{
    public static readonly PersonVerdict None = new(VerdictKind.None, "", 0, "", "");
}

/// <summary>
/// The person rules, each named; the first that applies decides.
/// <list type="bullet">
/// <item><c>samme-navn</c>: the same spelling (normalised) is the same person, whatever the party; a new party is
/// recorded as <c>samme-navn-andet-parti</c> and gives a second membership.</item>
/// <item><c>efternavn-stavevariant</c>: same first name(s), the last name differs by one edit (5+ letters) or by at
/// most 3 edits that are at most a third of its length after a common beginning of 4+ letters; same party; the two
/// spellings are not in one list. Otherwise, or when the party differs or is unknown, the pair goes to review.</item>
/// <item><c>mellemnavn-udeladt</c>: same first and last name, one spelling has extra middle names; same party, not in
/// one list. Otherwise review.</item>
/// <item><c>lignende-navn</c>: review only: the whole names are within a quarter of their length of each other
/// ("Anne Holm" / "Anna Holm").</item>
/// </list>
/// </summary>
public static class PersonRules
{
    public const double MergeThreshold = 0.6;

    public static PersonVerdict Evaluate(PartyMember member, PersonAlias known, bool inSameList)
    {
        var a = Tokens(Names.Normalise(member.Name));
        var b = Tokens(known.NormalisedSpelling);
        if (a.Length == 0 || b.Length == 0)
            return PersonVerdict.None;
        var party = member.Party;
        var knownParty = known.Party ?? known.Person.Party;
        var reasons = new List<string>();
        if (inSameList)
            reasons.Add("optræder i samme liste");
        if (party is not null && knownParty is not null && party != knownParty)
            reasons.Add($"forskelligt parti ({party}/{knownParty})");
        else if (party is null || knownParty is null)
            reasons.Add("parti ukendt");

        if (a.Length == b.Length && a.Length >= 2 && a[..^1].SequenceEqual(b[..^1]) && a[^1] != b[^1])
        {
            string x = a[^1], y = b[^1];
            var d = Similarity.EditDistance(x, y);
            var length = Math.Max(x.Length, y.Length);
            var prefix = Similarity.CommonPrefix(x, y);
            var detail = $"samme fornavn(e); efternavn {x} / {y}: afstand {d} af {length} tegn, fælles begyndelse {prefix}";
            var close = d == 1 && length >= 5 || d <= 3 && d <= length * 0.34 && prefix >= 4;
            var confidence = Math.Round(1 - (double)d / length, 2);
            if (close && reasons.Count == 0)
                return new PersonVerdict(VerdictKind.Merge, "efternavn-stavevariant", confidence, "", detail);
            if (close || d <= length * 0.5 && prefix >= 2)
                return new PersonVerdict(VerdictKind.Review, "efternavn-stavevariant", confidence,
                    string.Join("; ", reasons.Count == 0 ? ["afstand på grænsen"] : reasons), detail);
        }
        if (a[0] == b[0] && a[^1] == b[^1] && a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (shorter.All(longer.Contains))
            {
                var detail = $"samme fornavn og efternavn; mellemnavn kun i den ene stavemåde";
                return reasons.Count == 0
                    ? new PersonVerdict(VerdictKind.Merge, "mellemnavn-udeladt", 0.8, "", detail)
                    : new PersonVerdict(VerdictKind.Review, "mellemnavn-udeladt", 0.6, string.Join("; ", reasons), detail);
            }
        }
        var whole = Similarity.Ratio(string.Join(' ', a), string.Join(' ', b));
        if (whole <= 0.25)
        {
            if (a[0] != b[0])
                reasons.Insert(0, "forskellige fornavne");
            return new PersonVerdict(VerdictKind.Review, "lignende-navn", Math.Round(1 - whole, 2),
                string.Join("; ", reasons.Count == 0 ? ["navnene ligner hinanden"] : reasons), $"navneafstand {whole:0.00}");
        }
        return PersonVerdict.None;
    }

    public static string[] Tokens(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Persons with aliases: a spelling seen before is that person (<c>samme-navn</c>); a new spelling is attached to the
/// person a merge rule of <see cref="PersonRules"/> points to, with a <see cref="PersonMerge"/> record; pairs the rules
/// are unsure about get a new person and a <see cref="ResolutionReview"/> entry. The shown name is chosen from the
/// aliases (participant-list spelling first, then the most frequent, the latest, ordinal), so that it does not depend
/// on the order documents are imported in.
/// </summary>
public sealed class AliasPersonResolver : IPersonResolver
{
    public IReadOnlyList<Person> ResolveList(ArchiveContext db, Body body, IReadOnlyList<PartyMember> members, Mention mention, bool participantList, DateTime now)
    {
        var aliases = Aliases(db, body);
        var result = new Person?[members.Count];
        var keys = members.Select(m => Names.Normalise(m.Name)).ToArray();
        for (var i = 0; i < members.Count; i++)
        {
            var alias = aliases.FirstOrDefault(a => a.NormalisedSpelling == keys[i]);
            if (alias is null)
                continue;
            result[i] = alias.Person;
            Observe(db, alias, members[i], mention, participantList, now);
        }
        for (var i = 0; i < members.Count; i++)
        {
            if (result[i] is not null)
                continue;
            var earlier = Array.FindIndex(keys, 0, i, k => k == keys[i]);
            if (earlier >= 0)
            {
                result[i] = result[earlier];
                continue;
            }
            var member = members[i];
            var taken = result.Where(p => p is not null).ToHashSet();
            var verdicts = aliases
                .Select(a => (Alias: a, Verdict: PersonRules.Evaluate(member, a, taken.Contains(a.Person))))
                .Where(v => v.Verdict.Kind != VerdictKind.None)
                .GroupBy(v => v.Alias.Person)
                .Select(g => g.OrderBy(v => v.Verdict.Kind).ThenByDescending(v => v.Verdict.Confidence).ThenBy(v => v.Alias.NormalisedSpelling, StringComparer.Ordinal).First())
                .OrderBy(v => v.Verdict.Kind).ThenByDescending(v => v.Verdict.Confidence).ThenBy(v => v.Alias.NormalisedSpelling, StringComparer.Ordinal)
                .ToList();
            var merge = verdicts.FirstOrDefault(v => v.Verdict.Kind == VerdictKind.Merge && v.Verdict.Confidence >= PersonRules.MergeThreshold);
            Person person;
            var newAlias = NewAlias(member, mention, participantList);
            if (merge.Alias is not null)
            {
                person = merge.Alias.Person;
                newAlias.Person = person;
                db.PersonAliases.Add(newAlias);
                db.PersonMerges.Add(new PersonMerge
                {
                    Person = person, Rule = merge.Verdict.Rule, Spelling = newAlias.Spelling, MatchedSpelling = merge.Alias.Spelling,
                    Confidence = merge.Verdict.Confidence, Created = now,
                    Evidence = $"»{member}« set i {mention.Where} ~ »{Show(merge.Alias)}« set første gang i {merge.Alias.FirstSeenWhere}; {merge.Verdict.Detail}; samme parti",
                });
            }
            else
            {
                var key = keys[i];
                person = new Person { Body = body, Name = newAlias.Spelling, NormalisedName = key, Party = member.Party, Created = now, Modified = now };
                db.Persons.Add(person);
                newAlias.Person = person;
                db.PersonAliases.Add(newAlias);
            }
            aliases.Add(newAlias);
            foreach (var (other, verdict) in verdicts.Where(v => v.Alias.Person != person))
                AddReview(db, body, newAlias, other, verdict, mention, now);
            Choose(person, aliases, now);
            result[i] = person;
        }
        return result!;
    }

    private static string Show(PersonAlias alias) => alias.Party is null ? alias.Spelling : $"{alias.Spelling} ({alias.Party})";

    private static List<PersonAlias> Aliases(ArchiveContext db, Body body)
    {
        if (body.Id != 0)
        {
            var loaded = db.PersonAliases.Local.Count(a => a.Person.BodyId == body.Id && a.Id != 0);
            if (loaded == 0)
                db.PersonAliases.Where(a => a.Person.BodyId == body.Id && !a.Person.Deleted).Include(a => a.Person).Load();
        }
        return db.PersonAliases.Local.Where(a => (a.Person.Body == body || body.Id != 0 && a.Person.BodyId == body.Id) && !a.Person.Deleted)
            .OrderBy(a => a.NormalisedSpelling, StringComparer.Ordinal).ToList();
    }

    private static PersonAlias NewAlias(PartyMember member, Mention mention, bool participantList) => new()
    {
        Spelling = Names.Clean(member.Name), NormalisedSpelling = Names.Normalise(member.Name), Party = member.Party, Occurrences = 1,
        InParticipantList = participantList, FirstSeen = mention.Date, LastSeen = mention.Date, FirstSeenWhere = mention.Where,
    };

    private static void Observe(ArchiveContext db, PersonAlias alias, PartyMember member, Mention mention, bool participantList, DateTime now)
    {
        alias.Occurrences++;
        alias.InParticipantList |= participantList;
        if (mention.Date < alias.FirstSeen || mention.Date == alias.FirstSeen && string.CompareOrdinal(mention.Where, alias.FirstSeenWhere) < 0)
        {
            alias.FirstSeen = mention.Date;
            alias.FirstSeenWhere = mention.Where;
        }
        var latest = mention.Date >= alias.LastSeen;
        if (latest)
            alias.LastSeen = mention.Date;
        if (member.Party is not null && member.Party != alias.Party)
        {
            var person = alias.Person;
            var recorded = db.PersonMerges.Local.Any(m => m.Person == person && m.Rule == "samme-navn-andet-parti" && m.Spelling == $"{alias.Spelling} ({member.Party})")
                || person.Id != 0 && db.PersonMerges.Any(m => m.PersonId == person.Id && m.Rule == "samme-navn-andet-parti" && m.Spelling == $"{alias.Spelling} ({member.Party})");
            if (!recorded && alias.Party is not null)
                db.PersonMerges.Add(new PersonMerge
                {
                    Person = person, Rule = "samme-navn-andet-parti", Spelling = $"{alias.Spelling} ({member.Party})", MatchedSpelling = Show(alias),
                    Confidence = 0.9, Created = now,
                    Evidence = $"»{member}« set i {mention.Where}; »{Show(alias)}« set første gang i {alias.FirstSeenWhere}; samme stavemåde, andet parti: to medlemskaber",
                });
            if (latest || alias.Party is null)
                alias.Party = member.Party;
        }
        Choose(alias.Person, db.PersonAliases.Local.Where(a => a.Person == alias.Person).ToList(), now);
    }

    /// <summary>The person's shown name and party from all its aliases, independent of import order.</summary>
    private static void Choose(Person person, IEnumerable<PersonAlias> all, DateTime now)
    {
        var mine = all.Where(a => a.Person == person).ToList();
        var name = mine.OrderByDescending(a => a.InParticipantList).ThenByDescending(a => a.Occurrences).ThenByDescending(a => a.LastSeen)
            .ThenBy(a => a.Spelling, StringComparer.Ordinal).First();
        var party = mine.Where(a => a.Party is not null).OrderByDescending(a => a.LastSeen).ThenBy(a => a.Party, StringComparer.Ordinal).FirstOrDefault()?.Party;
        if (person.Name != name.Spelling || person.NormalisedName != name.NormalisedSpelling || person.Party != (party ?? person.Party))
        {
            person.Name = name.Spelling;
            person.NormalisedName = name.NormalisedSpelling;
            person.Party = party ?? person.Party;
            person.Modified = now;
        }
    }

    private static void AddReview(ArchiveContext db, Body body, PersonAlias seen, PersonAlias other, PersonVerdict verdict, Mention mention, DateTime now)
    {
        var (left, right) = Ordered(Show(seen), Show(other));
        var exists = db.ResolutionReviews.Local.Any(r => r.Kind == "person" && r.LeftName == left && r.RightName == right)
            || body.Id != 0 && db.ResolutionReviews.Any(r => r.BodyId == body.Id && r.Kind == "person" && r.LeftName == left && r.RightName == right);
        if (exists)
            return;
        db.ResolutionReviews.Add(new ResolutionReview
        {
            Body = body, Kind = "person", Rule = verdict.Rule, LeftName = left, RightName = right,
            Reason = verdict.Kind == VerdictKind.Merge ? "flere mulige personer" : verdict.Reason,
            Evidence = $"»{Show(seen)}« set i {mention.Where}; »{Show(other)}« set første gang i {other.FirstSeenWhere}; {verdict.Detail}",
            Confidence = verdict.Confidence, Created = now,
        });
    }

    internal static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
