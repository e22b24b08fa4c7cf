using System.Globalization;
using System.Text.RegularExpressions;
using Referat.Import.Gold;
using Referat.Import.Tests.Support;
using Xunit.Abstractions;

namespace Referat.Import.Tests;

/// <summary>
/// The development corpus (shared/corpus: excerpts of 20 municipalities' published minutes, each with its
/// hand-checked truth) parsed as <c>referat parse FILE --json --meeting-defaults</c> prints it and scored by the
/// corpus's own scorer, score.py. Overall at least 95 %, no document below 80 %.
/// </summary>
public sealed partial class CorpusAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredOverall = 95.0;
    private const double RequiredPerDocument = 80.0;

    [GeneratedRegex(@"^(?<doc>\d\d)\s+\S.*?\s+(?<pct>\d+\.\d)% of\s+(?<n>\d+) fields")]
    private static partial Regex DocumentLine();

    [GeneratedRegex(@"^corpus: overall (?<pct>\d+\.\d)% of (?<n>\d+) fields$", RegexOptions.Multiline)]
    private static partial Regex OverallLine();

    [Fact]
    public void The_corpus_scorer_finds_at_least_95_percent_overall_and_80_percent_in_every_document()
    {
        Assert.True(Directory.Exists(SharedFolder.Corpus), $"no development corpus in {SharedFolder.Corpus}");
        var python = Python.Find();
        Assert.True(python is not null, "python3 is needed to run the corpus's scorer (shared/corpus/score.py); ./test installs it");

        var predictions = Directory.CreateTempSubdirectory("referat-corpus-");
        try
        {
            var reader = new DocumentReader();
            var documents = Directory.GetFiles(SharedFolder.Corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
            Assert.True(documents.Count >= 24, $"the corpus holds {documents.Count} documents");
            foreach (var document in documents)
            {
                var name = Path.GetFileNameWithoutExtension(document);
                try
                {
                    File.WriteAllText(Path.Combine(predictions.FullName, name + ".json"), GoldProjection.ToJson(reader.ReadFile(document), meetingDefaults: true));
                }
                catch (MinutesFormatException e)
                {
                    output.WriteLine($"{name}: {e.Message}");    // scored as an empty prediction
                }
            }

            var (exit, stdout, stderr) = Python.Run(python!, [SharedFolder.CorpusScoreScript, SharedFolder.Corpus, predictions.FullName], TimeSpan.FromSeconds(60));
            output.WriteLine(stdout);
            Assert.True(exit == 0, $"score.py exited with {exit}: {stderr}");

            var overall = OverallLine().Match(stdout);
            Assert.True(overall.Success, "score.py printed no overall line");
            var perDocument = stdout.Split('\n').Select(l => DocumentLine().Match(l)).Where(m => m.Success)
                .ToDictionary(m => m.Groups["doc"].Value, m => double.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(documents.Count, perDocument.Count);
            Assert.True(double.Parse(overall.Groups["pct"].Value, CultureInfo.InvariantCulture) >= RequiredOverall, $"overall {overall.Value}");
            var weak = perDocument.Where(d => d.Value < RequiredPerDocument).Select(d => $"{d.Key}: {d.Value}%").ToList();
            Assert.True(weak.Count == 0, $"documents below {RequiredPerDocument}%: {string.Join(", ", weak)}");
        }
        finally
        {
            predictions.Delete(recursive: true);
        }
    }
}
