using System.Text.Json.Nodes;
using Referat.Generator;
using Referat.Generator.Layouts;
using Referat.Import;
using Referat.Import.Gold;
using Xunit.Abstractions;

namespace Referat.Generator.Tests;

/// <summary>
/// The generator's documents, read back by the parser and scored against their own truth with the gold rules:
/// the parser must read what the generator writes the way it reads real minutes.
/// </summary>
public sealed class GeneratorAccuracyTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "referat-gen-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void ParserReadsGeneratedMinutesAsTheirTruthSays()
    {
        var options = new CorpusOptions { Seed = 20260309, Municipalities = 3, Years = 9, Documents = 240, Damage = DamageOptions.At(0.15), DamagedShare = 0.6 };
        var corpus = CorpusWriter.Write(_directory, options);
        Assert.True(corpus.Entries.Count >= 200, $"only {corpus.Entries.Count} documents written");

        var total = new GoldScorer.Tally();
        var perLayout = new Dictionary<string, GoldScorer.Tally>();
        var reader = new DocumentReader();
        foreach (var entry in corpus.Entries)
        {
            var path = Path.Combine(_directory, entry.FileName);
            string predicted;
            try
            {
                predicted = GoldProjection.ToJson(reader.Read(entry.FileName, File.ReadAllBytes(path)));
            }
            catch (MinutesFormatException e)
            {
                output.WriteLine($"{entry.FileName}: {e.Message}");
                predicted = "{}";
            }
            var tally = GoldScorer.ScoreFiles(Path.Combine(_directory, entry.TruthFileName), predicted);
            foreach (var miss in tally.Misses.Take(3))
                output.WriteLine($"{entry.FileName}: {miss.Where}: {miss.Detail}");
            total.Absorb(tally);
            var key = entry.Layout + (entry.Damage.Any ? "+damage" : "");
            if (!perLayout.TryGetValue(key, out var layoutTally))
                perLayout[key] = layoutTally = new GoldScorer.Tally();
            layoutTally.Absorb(tally);
        }
        foreach (var note in corpus.Notes)
            output.WriteLine($"note: {note}");
        foreach (var (layout, tally) in perLayout.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"{layout,-24} {tally.Percent,7:F2} % of {tally.Count} fields");
        output.WriteLine($"accuracy over {corpus.Entries.Count} generated documents: {total.Percent:F2} % of {total.Count} fields");
        Assert.True(total.Percent >= 99.5, $"accuracy {total.Percent:F2} % is below 99.5 %");
        // Every layout family is written and read: a new family that the parser cannot read fails here, not on average.
        var written = corpus.Entries.Select(e => e.Layout).ToHashSet();
        Assert.All(CorpusWriter.Layouts, layout => Assert.Contains(layout.Name, written));
        foreach (var family in perLayout.GroupBy(p => p.Key.Split('+')[0]))
        {
            var tally = new GoldScorer.Tally();
            foreach (var part in family)
                tally.Absorb(part.Value);
            Assert.True(tally.Percent >= 99.5, $"layout {family.Key}: accuracy {tally.Percent:F2} % is below 99.5 %");
        }
    }
}
