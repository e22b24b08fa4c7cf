using System.Text;
using Referat.Domain;
using Referat.Publishing;

namespace Referat.Import.Tests;

/// <summary>Each shared seed document: parse, render, parse again; what the secretariat prints must read back the same.</summary>
public class SeedRoundTripTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedFolder(), "*.txt").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    private static string SeedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
            dir = dir.Parent;
        if (dir is null)
            throw new InvalidOperationException($"cannot find the repository root (a directory holding Referat.sln) above {AppContext.BaseDirectory}");
        var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        if (!Directory.Exists(seeds))
            throw new InvalidOperationException($"the seed folder {seeds} is missing: the seed round-trip tests need ../shared/seeds next to the repository");
        if (Directory.GetFiles(seeds, "*.txt").Length == 0)
            throw new InvalidOperationException($"the seed folder {seeds} holds no *.txt seeds");
        return seeds;
    }

    private static MinutesDocument Parse(string name, byte[] bytes) => new DocumentReader().Read(name, bytes).Minutes;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_round_trips_through_text(string seed)
    {
        var original = Parse(seed, File.ReadAllBytes(Path.Combine(SeedFolder(), seed)));
        var text = MinutesTextRenderer.Render(original);
        var again = Parse("rendered.txt", Encoding.UTF8.GetBytes(text));
        AssertSameContent(original, again);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_round_trips_through_html(string seed)
    {
        var original = Parse(seed, File.ReadAllBytes(Path.Combine(SeedFolder(), seed)));
        var html = MinutesHtmlRenderer.Render(original);
        var again = Parse("rendered.html", Encoding.UTF8.GetBytes(html));
        AssertSameContent(original, again);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_round_trips_through_pdf(string seed)
    {
        var original = Parse(seed, File.ReadAllBytes(Path.Combine(SeedFolder(), seed)));
        var pdf = MinutesPdfRenderer.Render(original);
        var again = Parse("rendered.pdf", pdf);
        AssertSameContent(original, again);
    }

    private static void AssertSameContent(MinutesDocument original, MinutesDocument again)
    {
        Assert.Equal(original.Items.Count, again.Items.Count);
        for (var i = 0; i < original.Items.Count; i++)
        {
            var (e, a) = (original.Items[i], again.Items[i]);
            Assert.True(e.Title == a.Title, $"item {e.Number}: title\nexpected: {e.Title}\nactual:   {a.Title}");
            Assert.Equal(e.Number, a.Number);
            Assert.Equal(e.Types, a.Types);
            Assert.Equal(e.Attachments.Select(x => x.Title), a.Attachments.Select(x => x.Title));
            Assert.True(e.Decisions.Select(d => d.Text).SequenceEqual(a.Decisions.Select(d => d.Text)),
                $"item {e.Number}: decision texts\nexpected: {string.Join(" || ", e.Decisions.Select(d => d.Text))}\nactual:   {string.Join(" || ", a.Decisions.Select(d => d.Text))}");
        }
    }
}
