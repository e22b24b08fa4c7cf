using System.Diagnostics;
using System.Text.Json;
using Referat.Generator;

namespace Referat.Bench;

/// <summary>One document of a bench corpus: its file, its truth file, its layout and whether damage was injected.</summary>
public sealed record BenchEntry(string File, string Truth, string Layout, bool Damaged);

/// <summary>
/// A generated corpus of ONE invented municipality (an archive holds one municipality: meetings are keyed by committee
/// and date), written once per seed and document count and reused afterwards. <c>bench-corpus.json</c> in the
/// directory records the options and the documents; a directory whose manifest matches is reused as it is.
/// </summary>
public sealed record BenchCorpus(string Directory, int Seed, int Documents, int Years, IReadOnlyList<BenchEntry> Entries, bool Reused, TimeSpan GenerationTime)
{
    public const string ManifestName = "bench-corpus.json";
    public const int FirstYear = 2018;
    private const int Format = 1;

    /// <summary>
    /// The fewest meetings a generated municipality holds in a year: 11 monthly rounds (no meetings in July) of at
    /// least 6 committees, Økonomiudvalget and the council. Years are chosen so that there are at least as many
    /// meetings as documents wanted (the corpus then spreads over every year and runs past today: that is fine
    /// for a benchmark, and the parser knows no calendar).
    /// </summary>
    public const int MinimumMeetingsPerYear = 11 * (6 + 2);

    public static int YearsFor(int documents) => Math.Max(1, (documents + MinimumMeetingsPerYear - 1) / MinimumMeetingsPerYear);

    public static string DefaultDirectory(int seed, int documents) =>
        Path.Combine(".referat", "bench", $"corpus-s{seed}-n{documents}");

    public string PathOf(BenchEntry entry) => Path.Combine(Directory, entry.File);

    /// <summary>Reuses the corpus in <paramref name="directory"/> if its manifest matches, else writes it.</summary>
    public static BenchCorpus Ensure(string directory, int seed, int documents, Action<int, int>? progress = null)
    {
        directory = Path.GetFullPath(directory);
        var years = YearsFor(documents);
        if (TryLoad(directory, seed, documents, years) is { } existing)
            return existing;

        var clock = Stopwatch.StartNew();
        var options = new CorpusOptions { Seed = seed, Municipalities = 1, FirstYear = FirstYear, Years = years, Documents = documents };
        var result = CorpusWriter.Write(directory, options, progress);
        var entries = result.Entries.Select(e => new BenchEntry(e.FileName, e.TruthFileName, e.Layout, e.Damage.Any)).ToList();
        var manifest = new Manifest(Format, seed, documents, years, FirstYear, result.Municipalities[0].Name, entries);
        File.WriteAllText(Path.Combine(directory, ManifestName), JsonSerializer.Serialize(manifest));
        return new BenchCorpus(directory, seed, documents, years, entries, Reused: false, clock.Elapsed);
    }

    private static BenchCorpus? TryLoad(string directory, int seed, int documents, int years)
    {
        var path = Path.Combine(directory, ManifestName);
        if (!File.Exists(path))
            return null;
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
        if (manifest is null || manifest.Format != Format || manifest.Seed != seed || manifest.Documents != documents
            || manifest.Years != years || manifest.FirstYear != FirstYear)
            return null;
        if (manifest.Entries.Any(e => !File.Exists(Path.Combine(directory, e.File)) || !File.Exists(Path.Combine(directory, e.Truth))))
            return null;
        return new BenchCorpus(directory, seed, documents, years, manifest.Entries, Reused: true, TimeSpan.Zero);
    }

    private sealed record Manifest(int Format, int Seed, int Documents, int Years, int FirstYear, string Municipality, List<BenchEntry> Entries);
}
