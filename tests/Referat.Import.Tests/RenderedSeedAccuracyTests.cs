using System.Text;
using Referat.Import.Gold;
using Referat.Import.Tests.Support;
using Referat.Publishing;
using Xunit.Abstractions;

namespace Referat.Import.Tests;

/// <summary>
/// What the secretariat prints reads back as the seed's gold: every seed is parsed, rendered in the municipality's
/// layout (text, HTML, PDF), the rendering parsed again and scored against the seed's hand-checked gold file with the
/// gold rules. Each must stay at 99.5 % or more.
/// </summary>
public sealed class RenderedSeedAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 99.5;

    public static TheoryData<string, string> Renderings()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SharedFolder.SeedNamesOrPlaceholder().Select(s => (string)s[0]))
            foreach (var format in new[] { "text", "html", "pdf" })
                data.Add(seed, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void A_rendered_seed_reads_back_as_its_gold(string seed, string format)
    {
        Assert.NotEqual(SharedFolder.MissingPlaceholder, seed);
        var original = SeedCorpus.Parse(seed).Result ?? throw new InvalidOperationException($"seed {seed} does not parse");
        var (name, bytes) = format switch
        {
            "text" => ("rendered.txt", Encoding.UTF8.GetBytes(MinutesTextRenderer.Render(original.Minutes))),
            "html" => ("rendered.html", Encoding.UTF8.GetBytes(MinutesHtmlRenderer.Render(original.Minutes))),
            _ => ("rendered.pdf", MinutesPdfRenderer.Render(original.Minutes)),
        };
        var again = new DocumentReader().Read(name, bytes).Minutes;
        var tally = GoldScorer.ScoreFiles(SharedFolder.GoldPath(seed), GoldProjection.ToJson(again, original.Source));
        output.WriteLine($"seed {seed} as {format}: {tally.Percent:0.00} % of {tally.Count} fields");
        foreach (var miss in tally.Misses.Take(20))
            output.WriteLine($"   {miss.Where}: {miss.Value:0.###}  {miss.Detail}");
        Assert.True(tally.Percent >= RequiredAccuracy, $"seed {seed} as {format}: {tally.Percent:0.00} % is below {RequiredAccuracy} % " +
            $"(first misses: {string.Join("; ", tally.Misses.Take(3).Select(m => m.Where))})");
    }
}
