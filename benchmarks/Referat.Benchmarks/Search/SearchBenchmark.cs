using System.Diagnostics;
using System.Globalization;
using System.Text;
using Referat.Search;

namespace Referat.Benchmarks.Search;

/// <summary>
/// `--search`: Lucene (Referat.Search) against PostgreSQL full-text search and SQLite FTS5 on the same generated agenda
/// items. Not BenchmarkDotNet: builds are timed once, queries per call with Stopwatch (warm-up, then K repetitions,
/// engines interleaved query by query so that load from other processes falls on all of them alike).
/// </summary>
public static class SearchBenchmark
{
    private const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Referat.Benchmarks -- --search [options]
          --items N[,N…]      corpus sizes in agenda items (default 100000)
          --reps K            measured repetitions per query and engine (default 20)
          --warmup W          warm-up runs per query and engine (default 3)
          --budget S          stop repeating a query on an engine after S seconds of it (default 20; at least 3 reps)
          --postgres CONN     PostgreSQL admin connection string (or $REFERAT_BENCH_POSTGRES); without it no PostgreSQL baseline
          --no-sqlite         no SQLite FTS5 baseline
          --dir DIR           where the indexes go (default: a new folder under the temp folder, deleted afterwards)
          --keep              keep the indexes
          --reuse             search the Lucene index a kept run left in --dir instead of building it (Lucene only)
          --profile           two more Lucene rows: facets only, snippets only (where the portal's extra time goes)
        """;

    public static int Run(string[] args)
    {
        string? Option(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        if (args.Contains("--help")) { Console.WriteLine(Usage); return 0; }
        var sizes = (Option("--items") ?? "100000").Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToList();
        var reps = int.Parse(Option("--reps") ?? "20", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Option("--warmup") ?? "3", CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(double.Parse(Option("--budget") ?? "20", CultureInfo.InvariantCulture));
        var postgres = Option("--postgres") ?? Environment.GetEnvironmentVariable("REFERAT_BENCH_POSTGRES");
        var sqlite = !args.Contains("--no-sqlite");
        var keep = args.Contains("--keep");
        var profile = args.Contains("--profile");
        var reuse = args.Contains("--reuse");
        if (reuse) (postgres, sqlite, keep) = (null, false, true);
        var root = Option("--dir") ?? Path.Combine(Path.GetTempPath(), "referat-searchbench-" + Environment.ProcessId);

        Report.Line($"# Search benchmark {DateTime.Now:yyyy-MM-dd HH:mm}");
        Report.Line($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load {Load()}");
        Report.Line($"word list: {(File.Exists("/usr/share/dict/danish") ? "/usr/share/dict/danish" : "none (corpus vocabulary only)")}");
        Report.Line($"queries: {SearchQueries.All.Count}, warm-up {warmup}, repetitions {reps}, budget {budget.TotalSeconds} s per query and engine");
        foreach (var n in sizes)
        {
            var dir = Path.Combine(root, n.ToString(CultureInfo.InvariantCulture));
            try { RunOne(n, dir, reps, warmup, budget, postgres, sqlite, profile, reuse); }
            finally { if (!keep && Directory.Exists(dir)) Directory.Delete(dir, true); }
        }
        if (!keep && Directory.Exists(root) && !Directory.EnumerateFileSystemEntries(root).Any()) Directory.Delete(root);
        return 0;
    }

    /// <summary>
    /// The portal's request ("Lucene"), the same on an instance that searches with one thread (no parallel slices), bare,
    /// and with <c>profile</c> facets only and snippets only.
    /// </summary>
    private static List<ISearchEngine> LuceneEngines(SearchIndex index, SearchIndex oneThread, bool profile)
    {
        List<ISearchEngine> engines =
        [
            new LuceneEngine(index, facets: true, snippets: true),
            new LuceneEngine(oneThread, facets: true, snippets: true, name: "Lucene (one thread)"),
            new LuceneEngine(index, facets: false, snippets: false),
        ];
        if (profile)
            engines.AddRange([new LuceneEngine(index, facets: true, snippets: false), new LuceneEngine(index, facets: false, snippets: true)]);
        return engines;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static void RunOne(int n, string dir, int reps, int warmup, TimeSpan budget, string? postgres, bool sqlite, bool profile, bool reuse)
    {
        Report.Line();
        Report.Line($"## {n:N0} agenda items (load {Load()})");
        var sw = Stopwatch.StartNew();
        var existing = Path.Combine(dir, "lucene");
        if (reuse && Directory.Exists(existing))
        {
            sw.Restart();
            var kept = SearchIndex.Open(existing);
            using var keptOneThread = SearchIndex.OpenReadOnly(existing, new SearchIndexOptions { ParallelSearch = false });
            Report.Line($"lucene index reused from {existing}: {kept.Count:N0} documents, {DirectorySize(existing) / 1e6:F0} MB " +
                        $"({Directory.GetFiles(existing, "*.si").Length} segments), opened and warmed in {sw.Elapsed.TotalSeconds:F1} s");
            var luceneOnly = LuceneEngines(kept, keptOneThread, profile);
            try { Measure(luceneOnly, reps, warmup, budget, null, n); }
            finally { kept.Dispose(); }
            return;
        }
        var corpus = SearchCorpus.Generate(n);
        GC.Collect();
        Report.Line($"corpus: {corpus.Items.Count:N0} items from {corpus.Municipalities} municipalities 2018–2025, " +
                    $"{corpus.TextChars / 1e6:F0} M characters of title+text+decisions ({corpus.TextChars / (double)corpus.Items.Count:F0} per item), " +
                    $"generated in {sw.Elapsed.TotalSeconds:F1} s; managed heap {GC.GetTotalMemory(false) / 1e9:F2} GB");

        // --- Lucene build
        Directory.CreateDirectory(dir);
        var luceneDir = Path.Combine(dir, "lucene");
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        using var sampling = new Timer(_ => { var p = Process.GetCurrentProcess(); peak = Math.Max(peak, p.WorkingSet64); }, null, 0, 100);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        Report.Line($"lucene build start: load {Load()}");
        sw.Restart();
        var index = SearchIndex.Open(luceneDir);
        index.Build(corpus.Items);
        var build = sw.Elapsed;
        sampling.Change(Timeout.Infinite, Timeout.Infinite);
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        var size = DirectorySize(luceneDir);
        var segments = Directory.GetFiles(luceneDir, "*.si").Length;
        Report.Line($"lucene build: {build.TotalSeconds:F1} s, {n / build.TotalSeconds:N0} docs/s, index {size / 1e6:F0} MB ({segments} segments), " +
                    $"working set {before / 1e9:F2} GB before → peak {peak / 1e9:F2} GB (+{(peak - before) / 1e9:F2} GB; corpus already in memory), " +
                    $"allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e9:F1} GB, word list {index.Lexicon.WordListCount:N0} words + {index.Lexicon.CorpusWords.Count:N0} corpus words, load {Load()}");

        using var oneThread = SearchIndex.OpenReadOnly(luceneDir, new SearchIndexOptions { ParallelSearch = false });
        var engines = LuceneEngines(index, oneThread, profile);
        PostgresEngine? pg = null;
        SqliteEngine? lite = null;
        try
        {
            if (postgres is not null)
            {
                pg = new PostgresEngine(postgres);
                sw.Restart();
                var info = pg.Load(corpus.Items, (phase, t) => Report.Line($"postgres {phase}: {t.TotalSeconds:F1} s"));
                Report.Line($"postgres build: {sw.Elapsed.TotalSeconds:F1} s, {n / sw.Elapsed.TotalSeconds:N0} docs/s, table+indexes {info["total"]} ({long.Parse(info["total_bytes"]) / 1e6:F0} MB), GIN {info["gin"]}, server {info["version"]}, load {Load()}");
                engines.Add(pg);
            }
            if (sqlite)
            {
                var path = Path.Combine(dir, "fts5.db");
                lite = new SqliteEngine(path);
                sw.Restart();
                var info = lite.Load(corpus.Items, (phase, t) => Report.Line($"sqlite {phase}: {t.TotalSeconds:F1} s"));
                Report.Line($"sqlite build: {sw.Elapsed.TotalSeconds:F1} s, {n / sw.Elapsed.TotalSeconds:N0} docs/s, file {new FileInfo(path).Length / 1e6:F0} MB, SQLite {info["version"]}, load {Load()}");
                engines.Add(lite);
            }
            Measure(engines, reps, warmup, budget, lite, n);
        }
        finally
        {
            pg?.Drop();
            pg?.Dispose();
            lite?.Dispose();
            index.Dispose();
        }
    }

    private static void Measure(List<ISearchEngine> engines, int reps, int warmup, TimeSpan budget, SqliteEngine? lite, int n)
    {
        var queries = SearchQueries.All;
        var samples = engines.ToDictionary(e => e.Name, _ => new List<double>());
        var perQuery = new Dictionary<(string, BenchQuery), List<double>>();
        var tops = new Dictionary<(string, BenchQuery), IReadOnlyList<string>>();
        // Every query on every engine a few times first: the JIT compiles each code path (phrases, conjunctions, …)
        // fully only after some 30 calls, and whichever engine ran a path first would otherwise pay for it.
        var warming = Stopwatch.StartNew();
        for (var pass = 0; pass < 4; pass++)
            foreach (var q in queries)
                foreach (var e in engines)
                    e.Top10(q);
        Thread.Sleep(1000); // background tier-1 compilation
        Report.Line($"warm-up: every query 4 times on every engine, {warming.Elapsed.TotalSeconds:F0} s");
        Report.Line($"queries start: load {Load()}");
        var total = Stopwatch.StartNew();
        foreach (var q in queries)
        {
            foreach (var e in engines)
            {
                for (var i = 0; i < warmup; i++) tops[(e.Name, q)] = e.Top10(q);
                var list = perQuery[(e.Name, q)] = [];
                var spent = Stopwatch.StartNew();
                for (var i = 0; i < reps && (i < 3 || spent.Elapsed < budget); i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    e.Top10(q);
                    list.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                samples[e.Name].AddRange(list);
            }
        }
        Report.Line($"queries done in {total.Elapsed.TotalSeconds:F0} s: load {Load()}");

        Report.Line();
        Report.Line($"### Latency over all queries ({n:N0} items; ms per query, top 10)");
        Report.Line();
        Report.Line("| engine | samples | p50 | p95 | p99 | max | mean |");
        Report.Line("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var e in engines)
        {
            var s = samples[e.Name];
            Report.Line($"| {e.Name} | {s.Count} | {P(s, 50):F2} | {P(s, 95):F2} | {P(s, 99):F2} | {s.Max():F2} | {s.Average():F2} |");
        }
        var lucene = samples["Lucene"];
        foreach (var other in engines.Where(e => e is not LuceneEngine))
        {
            var o = samples[other.Name];
            Report.Line($"| Lucene / {other.Name} | | {P(lucene, 50) / P(o, 50):F2} | {P(lucene, 95) / P(o, 95):F2} | {P(lucene, 99) / P(o, 99):F2} | | {lucene.Average() / o.Average():F2} |");
        }
        var goal = P(lucene, 50) <= 5 && P(lucene, 99) <= 30;
        Report.Line();
        Report.Line($"goal p50 ≤ 5 ms and p99 ≤ 30 ms (Lucene with facets and snippets): {(goal ? "met" : "NOT met")} at {n:N0} items; " +
                    $"ahead of baselines at p50: {string.Join(", ", engines.Where(e => e is not LuceneEngine).Select(e => $"{e.Name} {(P(lucene, 50) < P(samples[e.Name], 50) ? "yes" : "no")}"))}; " +
                    $"at p99: {string.Join(", ", engines.Where(e => e is not LuceneEngine).Select(e => $"{e.Name} {(P(lucene, 99) < P(samples[e.Name], 99) ? "yes" : "no")}"))}");

        // per query: median latency, matches and top-10 overlap with Lucene
        Report.Line();
        Report.Line($"### Per query ({n:N0} items): median ms / matches; overlap = ids shared with Lucene's top 10");
        Report.Line();
        Report.Line("| # | category | query | " + string.Join(" | ", engines.Select(e => e.Name + " ms")) + " | " +
                    string.Join(" | ", engines.Where(e => e is not LuceneEngine || e.Name == "Lucene").Select(e => e.Name + " matches")) + " | overlap PG | overlap FTS5 |");
        Report.Line("|---:|---|---|" + string.Concat(Enumerable.Repeat("---:|", engines.Count + engines.Count(e => e is not LuceneEngine || e.Name == "Lucene") + 2)));
        var k = 0;
        foreach (var q in queries)
        {
            k++;
            var counts = engines.Where(e => e is not LuceneEngine || e.Name == "Lucene").Select(e => e.Count(q).ToString("N0", CultureInfo.InvariantCulture));
            string Overlap(string name) => tops.TryGetValue((name, q), out var other)
                ? $"{tops[("Lucene", q)].Intersect(other).Count()}/{Math.Max(tops[("Lucene", q)].Count, other.Count)}" : "–";
            Report.Line($"| {k} | {q.Category} | `{q.ToString().Replace("|", "\\|")}` | " +
                        string.Join(" | ", engines.Select(e => P(perQuery[(e.Name, q)], 50).ToString("F2", CultureInfo.InvariantCulture))) + " | " +
                        string.Join(" | ", counts) + $" | {Overlap("PostgreSQL")} | {Overlap("SQLite FTS5")} |");
        }

        // per category p50
        Report.Line();
        Report.Line($"### Per category ({n:N0} items): p50 / p99 ms");
        Report.Line();
        Report.Line("| category | " + string.Join(" | ", engines.Select(e => e.Name)) + " |");
        Report.Line("|---|" + string.Concat(Enumerable.Repeat("---:|", engines.Count)));
        foreach (var cat in queries.Select(q => q.Category).Distinct())
        {
            Report.Line($"| {cat} | " + string.Join(" | ", engines.Select(e =>
            {
                var s = queries.Where(q => q.Category == cat).SelectMany(q => perQuery[(e.Name, q)]).ToList();
                return $"{P(s, 50):F2} / {P(s, 99):F2}";
            })) + " |");
        }

        if (lite is not null)
            Report.Line($"\nFTS5 has no stemmer: MATCH \"bevilling\" = {lite.CountMatch("\"bevilling\""):N0} rows, prefix bevilling* = {lite.CountMatch("bevilling*"):N0} rows " +
                        $"(neither finds tillægsbevilling/anlægsbevilling, which Lucene's compound parts do).");
    }

    internal static double P(List<double> samples, double percentile)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToList();
        var rank = percentile / 100 * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    private static long DirectorySize(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}

/// <summary>Prints to the console and, when $REFERAT_BENCH_OUT is set, appends to that file.</summary>
internal static class Report
{
    private static readonly string? Out = Environment.GetEnvironmentVariable("REFERAT_BENCH_OUT");

    public static void Line(string text = "")
    {
        Console.WriteLine(text);
        if (Out is not null) File.AppendAllText(Out, text + "\n", Encoding.UTF8);
    }
}
