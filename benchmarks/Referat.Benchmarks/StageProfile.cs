using System.Diagnostics;
using Referat.Import;
using Referat.Import.Decoding;
using Referat.Import.Lines;
using Referat.Import.Normalisation;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Items;

namespace Referat.Benchmarks;

/// <summary>
/// A rough profile without a profiler: Stopwatch loops over each stage of <see cref="DocumentReader.Read"/> for all
/// five seeds. Recognition is the whole <see cref="MinutesParser.Parse"/> minus line splitting and normalisation.
/// Not a BenchmarkDotNet measurement; use it to see where the time goes, not for the reported figures.
/// </summary>
public static class StageProfile
{
    public static void Run(bool quick)
    {
        var seeds = Seeds.All;
        var texts = seeds.Select(s => TextDecoder.Decode(s.Bytes).Text).ToArray();
        var steps = Referat.Import.Pipeline.MinutesPipeline.Default.Steps;
        var parser = new MinutesParser();
        var budget = TimeSpan.FromSeconds(quick ? 1 : 3);

        // Warm up every stage first so tiered JIT has settled before anything is timed.
        Time(budget, () => { foreach (var d in Prepare(seeds, texts, steps)) { } foreach (var s in seeds) new DocumentReader().Read(s.Name, s.Bytes); });

        Console.WriteLine($"Stage profile over {seeds.Count} seeds, {Seeds.TotalBytes:N0} bytes, {budget.TotalSeconds:F0} s per stage");
        var rows = new List<(string Stage, double Ms)>
        {
            ("Detect", Time(budget, () => { foreach (var s in seeds) DocumentReader.Detect(s.Name, s.Bytes); })),
            ("TextDecoder.Decode", Time(budget, () => { foreach (var s in seeds) TextDecoder.Decode(s.Bytes); })),
            ("TextDecoder.LooksBinary", Time(budget, () => { for (var i = 0; i < seeds.Count; i++) TextDecoder.LooksBinary(seeds[i].Bytes, texts[i]); })),
            ("new LineDocument (split)", Time(budget, () => { for (var i = 0; i < seeds.Count; i++) _ = new LineDocument(seeds[i].Name, texts[i]); })),
        };
        // Each step is timed on a fresh document that has been through the steps before it.
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            var before = steps.Take(k).ToList();
            var prepared = Time(budget, () => Prepare(seeds, texts, before));
            var withStep = Time(budget, () => { foreach (var d in Prepare(seeds, texts, before)) step.Apply(d); });
            rows.Add(($"  step {step.GetType().Name}", Math.Max(0, withStep - prepared)));
        }
        var parse = Time(budget, () => { for (var i = 0; i < seeds.Count; i++) parser.Parse(seeds[i].Name, texts[i], "utf-8"); });
        var normalised = Time(budget, () => Prepare(seeds, texts, steps));
        rows.Add(("recognition (Parse - split - normalisation)", Math.Max(0, parse - normalised)));
        var read = Time(budget, () => { foreach (var s in seeds) new DocumentReader().Read(s.Name, s.Bytes); });

        foreach (var (stage, ms) in rows)
            Console.WriteLine($"  {stage,-46} {ms,9:F3} ms  {100 * ms / read,5:F1} %");
        Console.WriteLine($"  {"DocumentReader.Read (total)",-46} {read,9:F3} ms  {Seeds.TotalBytes / 1e6 / (read / 1e3),6:F1} MB/s");

        // Recognition is private to MinutesParser; time its per-line primitives over all normalised lines instead.
        // These are probes (each primitive once over every line), not a breakdown that sums to the recognition total.
        Console.WriteLine();
        Console.WriteLine("Recognition probes (each primitive applied once to every normalised line of all seeds):");
        var docs = Prepare(seeds, texts, steps);
        var rule = new NumberedHeadingRule(SectionCatalog.Default, Referat.Import.Recognition.Labels.FieldLabels.Default);
        var outline = new ItemOutlineFinder([rule], SectionCatalog.Default, Referat.Import.Recognition.Labels.FieldLabels.Default);
        var probes = new (string Name, Action Action)[]
        {
            ("LayoutProfile.Measure", () => { foreach (var d in docs) LayoutProfile.Measure(d.Lines); }),
            ("NumberedHeadingRule.TryMatch (x line)", () => { foreach (var d in docs) for (var i = 0; i < d.Lines.Count; i++) if (!d.Lines[i].IsBlank) rule.TryMatch(d.Lines, i); }),
            ("ItemOutlineFinder.Find (x document)", () => { foreach (var d in docs) outline.Find(d.Lines); }),
            ("SectionCatalog.TryRecognise (x line)", () => { foreach (var d in docs) foreach (var l in d.Lines) if (!l.IsBlank) SectionCatalog.Default.TryRecognise(l.Text, out _, out _); }),
            ("DecisionHeaders.TryRead (x line)", () => { foreach (var d in docs) foreach (var l in d.Lines) if (!l.IsBlank) DecisionHeaders.TryRead(l.Text, out _); }),
            ("ParagraphJoiner.Join (all lines)", () => { foreach (var d in docs) new ParagraphJoiner(LayoutProfile.Measure(d.Lines)).Join(d.Lines); }),
            ("AttendanceReader.IsAttendance (x paragraph)", () => { foreach (var d in docs) foreach (var p in new ParagraphJoiner(LayoutProfile.Measure(d.Lines)).Join(d.Lines)) AttendanceReader.IsAttendance(p.Text); }),
        };
        foreach (var (name, action) in probes)
        {
            var ms = Time(budget, action);
            Console.WriteLine($"  {name,-46} {ms,9:F3} ms  {100 * ms / read,5:F1} % of Read");
        }

        Console.WriteLine();
        Console.WriteLine("Per seed (DocumentReader.Read):");
        foreach (var s in seeds)
        {
            var ms = Time(TimeSpan.FromMilliseconds(budget.TotalMilliseconds / 2), () => new DocumentReader().Read(s.Name, s.Bytes));
            var lines = new LineDocument(s.Name, TextDecoder.Decode(s.Bytes).Text).Lines.Count;
            Console.WriteLine($"  {s.Name,-28} {s.Bytes.Length,9:N0} B {lines,7:N0} lines {ms,9:F3} ms  {s.Bytes.Length / 1e6 / (ms / 1e3),6:F1} MB/s");
        }
    }

    private static List<LineDocument> Prepare(IReadOnlyList<Seed> seeds, string[] texts, IReadOnlyList<ILineStep> steps)
    {
        var docs = new List<LineDocument>(seeds.Count);
        for (var i = 0; i < seeds.Count; i++)
        {
            var d = new LineDocument(seeds[i].Name, texts[i]);
            foreach (var step in steps)
                step.Apply(d);
            docs.Add(d);
        }
        return docs;
    }

    /// <summary>Mean milliseconds per call after one warm-up call, repeated until the budget is spent (at least 3 times).</summary>
    private static double Time(TimeSpan budget, Action action)
    {
        action();
        var sw = Stopwatch.StartNew();
        var n = 0;
        do { action(); n++; } while (n < 3 || sw.Elapsed < budget);
        return sw.Elapsed.TotalMilliseconds / n;
    }
}
