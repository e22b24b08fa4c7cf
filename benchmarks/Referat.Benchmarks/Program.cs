using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Referat.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Referat.Benchmarks -- [--quick] [--inprocess] [--stages] [BenchmarkDotNet args]
//   (no filter)  runs ParseBenchmarks (all five seeds together); pass e.g. --filter '*PerSeed*' or '*' for the per-seed variant
//   --quick      short job (1 launch, 3 warm-ups, 10 iterations): under a minute per class
//   --inprocess  run in this process instead of a generated project (if building the child process fails)
//   --stages     no BenchmarkDotNet: Stopwatch timing per pipeline stage, for a rough profile
//   --search     no BenchmarkDotNet: the search benchmark (Lucene vs PostgreSQL FTS vs SQLite FTS5), see Search/SearchBenchmark.cs
if (args.Contains("--search"))
    return Referat.Benchmarks.Search.SearchBenchmark.Run(args);

var quick = args.Contains("--quick");
var inProcess = args.Contains("--inprocess");
var rest = args.Where(a => a is not "--quick" and not "--inprocess").ToArray();

try
{
    Console.WriteLine($"Seeds: {Seeds.Directory} ({Seeds.All.Count} files, {Seeds.TotalBytes:N0} bytes)");
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
if (args.Contains("--stages"))
{
    StageProfile.Run(quick);
    return 0;
}

// Quick: one launch, 3 warm-ups, 10 measured iterations of ~0.5 s each. ShortRun's 3 iterations proved too few on a
// shared 2-core machine: one burst of someone else's build decides the mean.
var job = quick
    ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId(inProcess ? "Quick-InProcess" : "Quick")
    : Job.Default.WithId(inProcess ? "Default-InProcess" : "Default");
if (inProcess)
    job = job.WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance
    .AddJob(job.AsDefault())
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
    .AddColumn(new ThroughputColumn());

var summaries = rest.Any(a => a.StartsWith("--filter") || a == "-f")
    ? BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(rest, config).ToArray()
    : [BenchmarkRunner.Run<ParseBenchmarks>(config, rest)];

foreach (var summary in summaries)
    PrintThroughput(summary);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

static void PrintThroughput(Summary summary)
{
    Console.WriteLine();
    Console.WriteLine($"Throughput ({summary.Title}):");
    foreach (var group in summary.BenchmarksCases.GroupBy(c => c.Parameters.DisplayInfo))
    {
        var label = string.IsNullOrEmpty(group.Key) ? "all seeds" : group.Key;
        double? decode = null, parse = null;
        foreach (var benchmarkCase in group)
        {
            var mbps = ThroughputColumn.MegabytesPerSecond(summary, benchmarkCase);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
            Console.WriteLine($"  {label,-40} {name,-12} {ThroughputColumn.BytesPerOperation(benchmarkCase),10:N0} B  mean {mean / 1e6,10:F3} ms  {mbps,8:F1} MB/s");
            if (name == "DecodeOnly") decode = mean;
            if (name == "Parse") parse = mean;
        }
        if (decode is > 0 && parse is > 0)
            Console.WriteLine($"  {label,-40} Parse/DecodeOnly = {parse / decode:F1}x");
    }
    var total = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.WorkloadMethod.Name == "Parse" && c.Parameters.Count == 0);
    if (total is not null && ThroughputColumn.MegabytesPerSecond(summary, total) is { } parseMbps)
        Console.WriteLine($"  Goal: Parse >= 25 MB/s on one core: {(parseMbps >= 25 ? "met" : "NOT met")} ({parseMbps:F1} MB/s)");
}
