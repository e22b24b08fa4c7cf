using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Storage.Writing;

/// <summary>
/// Finds or creates the persons a list of names in the minutes refers to. A list is one participant list, the
/// absences under one decision (with their substitutes) or the votes under one decision: different spellings in one
/// list are different people.
/// </summary>
public interface IPersonResolver
{
    IReadOnlyList<PersonRow> ResolveList(Register register, IReadOnlyList<PartyMember> members, Mention mention, bool participantList);
}

/// <summary>
/// Persons with aliases: a spelling seen before is that person (<c>samme-navn</c>); a new spelling is attached to the
/// person a merge rule of <see cref="PersonNameRules"/> points to, with a merge record; pairs the rules are unsure
/// about get a new person and a review entry. The shown name is chosen from the aliases (participant-list spelling
/// first, then the most frequent, the latest, ordinal), so that it does not depend on the order documents are imported in.
/// </summary>
public sealed class AliasPersonResolver : IPersonResolver
{
    public IReadOnlyList<PersonRow> ResolveList(Register register, IReadOnlyList<PartyMember> members, Mention mention, bool participantList)
    {
        var result = new PersonRow?[members.Count];
        var keys = members.Select(m => Names.Normalise(m.Name)).ToArray();
        for (var i = 0; i < members.Count; i++)
        {
            if (register.AliasOf(keys[i]) is not { } alias)
                continue;
            result[i] = alias.Person;
            Observe(register, alias, members[i], mention, participantList);
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
            var verdicts = register.Aliases
                .Select(a => (Alias: a, Verdict: PersonNameRules.Evaluate(member, a.NormalisedSpelling, a.Party ?? a.Person.Party, taken.Contains(a.Person))))
                .Where(v => v.Verdict.Kind != VerdictKind.None)
                .GroupBy(v => v.Alias.Person)
                .Select(g => g.OrderBy(v => v.Verdict.Kind).ThenByDescending(v => v.Verdict.Confidence).ThenBy(v => v.Alias.NormalisedSpelling, StringComparer.Ordinal).First())
                .OrderBy(v => v.Verdict.Kind).ThenByDescending(v => v.Verdict.Confidence).ThenBy(v => v.Alias.NormalisedSpelling, StringComparer.Ordinal)
                .ToList();
            var merge = verdicts.FirstOrDefault(v => v.Verdict.Kind == VerdictKind.Merge && v.Verdict.Confidence >= PersonNameRules.MergeThreshold);
            var newAlias = NewAlias(member, mention, participantList);
            PersonRow person;
            if (merge.Alias is not null)
            {
                person = merge.Alias.Person;
                register.Add(new PersonMergeRow
                {
                    Person = person, Rule = merge.Verdict.Rule, Spelling = newAlias.Spelling, MatchedSpelling = merge.Alias.Spelling,
                    Confidence = merge.Verdict.Confidence, Created = register.Now,
                    Evidence = $"»{member}« set i {mention.Where} ~ »{Show(merge.Alias)}« set første gang i {merge.Alias.FirstSeenWhere}; {merge.Verdict.Detail}; samme parti",
                });
                register.PersonMerges.Add((person, merge.Verdict.Rule, newAlias.Spelling));
            }
            else
                person = register.Add(new PersonRow
                {
                    Body = register.Body, Name = newAlias.Spelling, NormalisedName = keys[i], Party = member.Party, Created = register.Now, Modified = register.Now,
                });
            newAlias.Person = person;
            register.AddAlias(newAlias);
            foreach (var (other, verdict) in verdicts.Where(v => v.Alias.Person != person))
                AddReview(register, newAlias, other, verdict, mention);
            Choose(register, person);
            result[i] = person;
        }
        return result!;
    }

    private static string Show(PersonAliasRow alias) => alias.Party is null ? alias.Spelling : $"{alias.Spelling} ({alias.Party})";

    private static PersonAliasRow NewAlias(PartyMember member, Mention mention, bool participantList) => new()
    {
        Spelling = Names.Clean(member.Name), NormalisedSpelling = Names.Normalise(member.Name), Party = member.Party, Occurrences = 1,
        InParticipantList = participantList, FirstSeen = mention.Date, LastSeen = mention.Date, FirstSeenWhere = mention.Where,
    };

    private static void Observe(Register register, PersonAliasRow alias, PartyMember member, Mention mention, bool participantList)
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
            var spelling = $"{alias.Spelling} ({member.Party})";
            if (alias.Party is not null && register.PersonMerges.Add((person, "samme-navn-andet-parti", spelling)))
                register.Add(new PersonMergeRow
                {
                    Person = person, Rule = "samme-navn-andet-parti", Spelling = spelling, MatchedSpelling = Show(alias),
                    Confidence = 0.9, Created = register.Now,
                    Evidence = $"»{member}« set i {mention.Where}; »{Show(alias)}« set første gang i {alias.FirstSeenWhere}; samme stavemåde, andet parti: to medlemskaber",
                });
            if (latest || alias.Party is null)
                alias.Party = member.Party;
        }
        register.Touch(alias);
        Choose(register, alias.Person);
    }

    /// <summary>The person's shown name and party from all its aliases, independent of import order.</summary>
    private static void Choose(Register register, PersonRow person)
    {
        var mine = person.Aliases;
        var name = mine.OrderByDescending(a => a.InParticipantList).ThenByDescending(a => a.Occurrences).ThenByDescending(a => a.LastSeen)
            .ThenBy(a => a.Spelling, StringComparer.Ordinal).First();
        var party = mine.Where(a => a.Party is not null).OrderByDescending(a => a.LastSeen).ThenBy(a => a.Party, StringComparer.Ordinal).FirstOrDefault()?.Party;
        if (person.Name != name.Spelling || person.NormalisedName != name.NormalisedSpelling || person.Party != (party ?? person.Party))
        {
            person.Name = name.Spelling;
            person.NormalisedName = name.NormalisedSpelling;
            person.Party = party ?? person.Party;
            person.Modified = register.Now;
            register.Touch(person);
        }
    }

    private static void AddReview(Register register, PersonAliasRow seen, PersonAliasRow other, NameVerdict verdict, Mention mention)
    {
        var (left, right) = Ordered(Show(seen), Show(other));
        if (!register.Reviews.Add((ReviewKind.Person, left, right)))
            return;
        register.Add(new ResolutionReviewRow
        {
            Body = register.Body, Kind = ReviewKind.Person, Rule = verdict.Rule, LeftName = left, RightName = right,
            Reason = verdict.Kind == VerdictKind.Merge ? "flere mulige personer" : verdict.Reason,
            Evidence = $"»{Show(seen)}« set i {mention.Where}; »{Show(other)}« set første gang i {other.FirstSeenWhere}; {verdict.Detail}",
            Confidence = verdict.Confidence, Created = register.Now,
        });
    }

    internal static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
