using Referat.Generator;
using Referat.Search;

namespace Referat.Benchmarks.Search;

/// <summary>
/// The search benchmark's corpus: the first N agenda items (SearchKind.Item documents) of invented municipalities,
/// generated in memory by <see cref="MunicipalityFactory"/> and <see cref="MinutesGenerator"/> and mapped by
/// <see cref="SearchDocuments.FromMinutes"/>. Municipality after municipality, each 2018–2025 (two terms), until N
/// items; meeting ids are "{municipality slug}-{yyyyMMdd}-{body}", so item ids are unique. Deterministic per seed.
/// Nothing is written to disk.
/// </summary>
public static class SearchCorpus
{
    public const int FirstYear = 2018;
    public const int LastYear = 2025;

    public sealed record Result(List<SearchDocument> Items, int Municipalities, long TextChars);

    public static Result Generate(int items, int seed = 1)
    {
        var rng = new Random(seed);
        var list = new List<SearchDocument>(items);
        var municipalities = 0;
        long chars = 0;
        while (list.Count < items)
        {
            var municipality = MunicipalityFactory.Create(rng, municipalities + 1, FirstYear, LastYear);
            municipalities++;
            var generator = new MinutesGenerator(new Random(rng.Next()), municipality);
            foreach (var meeting in generator.Generate(FirstYear, LastYear))
            {
                var meetingId = $"{municipality.Slug}-{meeting.Date:yyyyMMdd}-{SearchDocuments.Slug(meeting.Body.Name)}";
                foreach (var doc in SearchDocuments.FromMinutes(meeting.Minutes, meetingId))
                {
                    if (doc.Kind != SearchKind.Item)
                        continue;
                    list.Add(doc);
                    chars += doc.Title.Length + doc.SectionTexts.Sum(t => (long)t.Length) + doc.DecisionTexts.Sum(t => (long)t.Length);
                    if (list.Count == items)
                        return new Result(list, municipalities, chars);
                }
            }
        }
        return new Result(list, municipalities, chars);
    }

    /// <summary>The texts the SQL baselines index, the same strings Lucene stores (sections and decisions joined as SearchIndex joins them).</summary>
    public static string Text(SearchDocument d) => string.Join("\n\n", d.SectionTexts);
    public static string Decisions(SearchDocument d) => string.Join("\n\n", d.DecisionTexts);
}
