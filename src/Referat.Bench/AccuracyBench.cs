using System.Diagnostics;
using Referat.Import;
using Referat.Import.Gold;

namespace Referat.Bench;

/// <summary>The field accuracy of one group of documents (a layout, or all), clean and damaged apart.</summary>
public sealed record AccuracyRow(string Layout, int Documents, int Damaged, int Failed, int Fields, double? Percent, double? CleanPercent, double? DamagedPercent);

public sealed record AccuracyReport(
    int Documents,
    long Bytes,
    IReadOnlyList<AccuracyRow> Layouts,
    AccuracyRow Overall,
    double ParseSeconds,
    double WallSeconds,
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> SampleMisses,
    IReadOnlyDictionary<string, double> LostByField)
{
    /// <summary>Documents per second of reading and parsing alone (file read, projection and scoring excluded).</summary>
    public double DocumentsPerSecond => Documents / Math.Max(ParseSeconds, 1e-9);
    public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(ParseSeconds, 1e-9);
}

/// <summary>
/// Parses every document of a bench corpus (one thread, one document after another) and scores it against its truth
/// with the gold rules (<see cref="GoldScorer"/>, the port of shared/gold/score.py): the accuracy-at-scale figure.
/// </summary>
public static partial class AccuracyBench
{
    // Where a miss is, with item numbers and indices taken out ("item 3.decision[0].text" → "item.decision[].text").
    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex IndexPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^item [^.]+")]
    private static partial System.Text.RegularExpressions.Regex ItemPattern();

    private static string FieldOf(string where) => IndexPattern().Replace(ItemPattern().Replace(where, "item"), "[]");

    public static AccuracyReport Run(BenchCorpus corpus, Action<int, int>? progress = null)
    {
        var reader = new DocumentReader();
        var all = new Group("overall");
        var layouts = new SortedDictionary<string, Group>(StringComparer.Ordinal);
        var failures = new List<string>();
        var misses = new List<string>();
        var lost = new Dictionary<string, double>(StringComparer.Ordinal);
        long bytesTotal = 0;
        var parse = new Stopwatch();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < corpus.Entries.Count; i++)
        {
            var entry = corpus.Entries[i];
            var bytes = File.ReadAllBytes(corpus.PathOf(entry));
            bytesTotal += bytes.Length;
            string predicted;
            var failed = false;
            parse.Start();
            try
            {
                var minutes = reader.Read(entry.File, bytes);
                parse.Stop();
                predicted = GoldProjection.ToJson(minutes);
            }
            catch (MinutesFormatException e)
            {
                parse.Stop();
                failures.Add($"{entry.File}: {e.Message}");
                predicted = "{}";
                failed = true;
            }
            var tally = GoldScorer.ScoreFiles(Path.Combine(corpus.Directory, entry.Truth), predicted);
            foreach (var miss in tally.Misses)
            {
                var field = FieldOf(miss.Where);
                lost[field] = lost.GetValueOrDefault(field) + (1 - miss.Value);
            }
            if (misses.Count < 20)
                misses.AddRange(tally.Misses.Take(20 - misses.Count).Select(m => $"{entry.File}: {m.Where}: {m.Detail}"));
            if (!layouts.TryGetValue(entry.Layout, out var group))
                layouts[entry.Layout] = group = new Group(entry.Layout);
            group.Add(tally, entry.Damaged, failed);
            all.Add(tally, entry.Damaged, failed);
            progress?.Invoke(i + 1, corpus.Entries.Count);
        }
        return new AccuracyReport(corpus.Entries.Count, bytesTotal, layouts.Values.Select(g => g.Row()).ToList(), all.Row(),
            parse.Elapsed.TotalSeconds, wall.Elapsed.TotalSeconds, failures, misses,
            lost.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Sums of score and field count (a run over 10,000 documents keeps no list of every miss).</summary>
    private sealed class Group(string name)
    {
        private double _score, _cleanScore, _damagedScore;
        private int _fields, _cleanFields, _damagedFields, _documents, _damagedDocuments, _failed;

        public void Add(GoldScorer.Tally tally, bool damaged, bool failed)
        {
            _documents++;
            _failed += failed ? 1 : 0;
            _score += tally.Score;
            _fields += tally.Count;
            if (damaged)
            {
                _damagedDocuments++;
                _damagedScore += tally.Score;
                _damagedFields += tally.Count;
            }
            else
            {
                _cleanScore += tally.Score;
                _cleanFields += tally.Count;
            }
        }

        private static double? Percent(double score, int fields) => fields == 0 ? null : 100 * score / fields;

        public AccuracyRow Row() => new(name, _documents, _damagedDocuments, _failed, _fields, Percent(_score, _fields),
            Percent(_cleanScore, _cleanFields), Percent(_damagedScore, _damagedFields));
    }
}
