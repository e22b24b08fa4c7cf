using Referat.Generator.Layouts;
using Referat.Import.Gold;

namespace Referat.Generator;

public sealed record CorpusOptions
{
    public int Seed { get; init; } = 1;
    public int Municipalities { get; init; } = 2;
    public int FirstYear { get; init; } = 2018;
    public int Years { get; init; } = 8;
    public int Documents { get; init; } = 100;

    /// <summary>Meetings after this date are left out: minutes exist only for meetings that have been held.</summary>
    public DateOnly? Until { get; init; }
    public DamageOptions Damage { get; init; } = DamageOptions.At(0.1);

    /// <summary>The share of documents that get damage at all; the rest are printed clean.</summary>
    public double DamagedShare { get; init; } = 0.5;
}

/// <summary>One written document: its file name, layout and the damage injected.</summary>
public sealed record CorpusEntry(string FileName, string TruthFileName, string Layout, DamageReport Damage);

public sealed record CorpusResult(IReadOnlyList<CorpusEntry> Entries, IReadOnlyList<string> Notes, IReadOnlyList<Municipality> Municipalities)
{
    public IReadOnlyDictionary<string, int> CountsPerLayout =>
        Entries.GroupBy(e => e.Layout).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>
/// Writes a synthetic corpus: invented municipalities, their meetings over the years, a selection of the minutes
/// printed in the five layouts (with damage at the given rates), each beside its truth "&lt;name&gt;.json".
/// Deterministic: the same options give byte-identical files.
/// </summary>
public static class CorpusWriter
{
    public static IReadOnlyList<ILayoutWriter> Layouts { get; } =
        [new TextLayoutWriter(markdown: false), new PdfTextLayoutWriter(), new TextLayoutWriter(markdown: true), new DoubleSpacedLayoutWriter(), new PdfLayoutWriter(),
         new WebPageLayoutWriter(), new SbsysExportLayoutWriter(), new TranscriptLayoutWriter(), new LabelBlockLayoutWriter()];

    public static CorpusResult Write(string directory, CorpusOptions options, Action<int, int>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var rng = new Random(options.Seed);
        var lastYear = options.FirstYear + Math.Max(1, options.Years) - 1;
        var municipalities = new List<Municipality>();
        var meetings = new List<GeneratedMeeting>();
        for (var m = 0; m < Math.Max(1, options.Municipalities); m++)
        {
            var municipality = MunicipalityFactory.Create(rng, m + 1, options.FirstYear, lastYear);
            municipalities.Add(municipality);
            meetings.AddRange(new MinutesGenerator(new Random(rng.Next()), municipality).Generate(options.FirstYear, lastYear)
                .Where(meeting => options.Until is null || meeting.Date <= options.Until));
        }

        // An even spread over all meetings, interleaving municipalities and years.
        var wanted = Math.Min(Math.Max(0, options.Documents), meetings.Count);
        var chosen = Enumerable.Range(0, wanted).Select(i => meetings[(int)((long)i * meetings.Count / Math.Max(wanted, 1))]).ToList();

        var entries = new List<CorpusEntry>();
        var notes = new List<string>();
        var unavailable = new HashSet<string>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var meeting = chosen[i];
            var docRng = new Random(unchecked(options.Seed * 7919 + i * 104_729));
            var damaged = docRng.NextDouble() < options.DamagedShare;
            var damage = damaged ? options.Damage : DamageOptions.None;
            for (var attempt = 0; attempt < Layouts.Count; attempt++)
            {
                var writer = Layouts[(i + attempt) % Layouts.Count];
                if (unavailable.Contains(writer.Name))
                    continue;
                WrittenDocument written;
                try
                {
                    written = writer.Write(meeting, damage, docRng);
                }
                catch (LayoutUnavailableException e)
                {
                    unavailable.Add(writer.Name);
                    notes.Add(e.Message);
                    continue;
                }
                var name = $"{meeting.Municipality.Slug}_{meeting.Date:yyyy-MM-dd}_{Slug(meeting.Body.Name)}_{writer.Name}{(written.Damage.Any ? "_damaged" : "")}";
                var fileName = name + writer.Extension;
                File.WriteAllBytes(Path.Combine(directory, fileName), written.Content);
                var truthName = name + ".json";
                File.WriteAllText(Path.Combine(directory, truthName), GoldProjection.ToJson(written.Printed, fileName) + "\n");
                entries.Add(new CorpusEntry(fileName, truthName, writer.Name, written.Damage));
                break;
            }
            progress?.Invoke(i + 1, chosen.Count);
        }
        return new CorpusResult(entries, notes, municipalities);
    }

    private static string Slug(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var folded = c switch { 'æ' => "ae", 'ø' => "oe", 'å' => "aa", _ => char.IsLetterOrDigit(c) ? c.ToString() : "" };
            builder.Append(folded);
        }
        return builder.ToString();
    }
}
