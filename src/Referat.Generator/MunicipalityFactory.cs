using Referat.Domain;

namespace Referat.Generator;

/// <summary>Invents a municipality: a name, and for each 4-year term a council, Økonomiudvalget and 6–9 committees.</summary>
public static class MunicipalityFactory
{
    public const int FirstTermStart = 2018;

    public static Municipality Create(Random rng, int index, int firstYear, int lastYear)
    {
        var name = WordLists.TownStarts[rng.Next(WordLists.TownStarts.Length)] + WordLists.TownEnds[rng.Next(WordLists.TownEnds.Length)];
        var usedNames = new HashSet<string>();
        var terms = new List<Term>();
        Term? previous = null;
        var termStart = FirstTermStart + (firstYear - FirstTermStart) / 4 * 4;
        for (var start = termStart; start <= lastYear; start += 4)
        {
            previous = CreateTerm(rng, new LegislativeTerm(start, start + 3), previous, usedNames);
            terms.Add(previous);
        }
        return new Municipality(name + " Kommune", $"{index:00}-{Slug(name)}", terms);
    }

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => c switch { 'æ' => 'e', 'ø' => 'o', 'å' => 'a', _ => c }).ToArray());

    private static Term CreateTerm(Random rng, LegislativeTerm period, Term? previous, HashSet<string> usedNames)
    {
        var councilSize = 19 + 2 * rng.Next(0, 7);
        var parties = WordLists.Parties.OrderBy(_ => rng.Next()).Take(rng.Next(6, 10)).ToList();
        var councillors = new List<Person>();
        for (var i = 0; i < councilSize; i++)
            councillors.Add(new Person(NewName(rng, usedNames), parties[Math.Min(parties.Count - 1, (int)(Math.Pow(rng.NextDouble(), 1.6) * parties.Count))]));
        var substitutes = parties.ToDictionary(p => p, p => (IReadOnlyList<Person>)Enumerable.Range(0, 3).Select(_ => new Person(NewName(rng, usedNames), p)).ToList());

        var rooms = WordLists.Rooms.OrderBy(_ => rng.Next()).ToList();
        var council = new Body("Kommunalbestyrelsen", BodyKind.Council, councillors, "Byrådssalen", 3, new TimeOnly(18, 0));
        var finance = new Body("Økonomiudvalget", BodyKind.FinanceCommittee, Pick(rng, councillors, rng.Next(7, 10)), rooms[0], 2, new TimeOnly(16, 0));

        List<(string Name, string? Former)> names;
        if (previous is null)
        {
            names = WordLists.Committees.OrderBy(_ => rng.Next()).Take(rng.Next(6, 10)).Select(c => (c.Name, (string?)null)).ToList();
        }
        else
        {
            names = [];
            foreach (var committee in previous.Committees)
            {
                var pair = WordLists.Committees.First(c => c.Name == committee.Name || c.Renamed == committee.Name);
                if (rng.NextDouble() < 0.3)
                {
                    var other = committee.Name == pair.Name ? pair.Renamed : pair.Name;
                    names.Add((other, committee.Name));
                }
                else
                {
                    names.Add((committee.Name, null));
                }
            }
        }

        var committees = new List<Body>();
        for (var i = 0; i < names.Count; i++)
        {
            var start = rng.Next(3) switch { 0 => new TimeOnly(15, 0), 1 => new TimeOnly(16, 30), _ => new TimeOnly(17, 0) };
            committees.Add(new Body(names[i].Name, BodyKind.Committee, Pick(rng, councillors, rng.Next(5, 8)), rooms[(i + 1) % rooms.Count], 1 + i % 4, start)
            {
                FormerName = names[i].Former,
            });
        }
        return new Term(period, council, finance, committees, substitutes);
    }

    private static List<Person> Pick(Random rng, List<Person> from, int count) =>
        from.OrderBy(_ => rng.Next()).Take(count).ToList();

    private static string NewName(Random rng, HashSet<string> used)
    {
        while (true)
        {
            var first = WordLists.FirstNames[rng.Next(WordLists.FirstNames.Length)];
            var last = WordLists.LastNames[rng.Next(WordLists.LastNames.Length)];
            var name = rng.NextDouble() < 0.25 ? $"{first} {WordLists.MiddleNames[rng.Next(WordLists.MiddleNames.Length)]} {last}" : $"{first} {last}";
            if (used.Add(name))
                return name;
        }
    }
}
