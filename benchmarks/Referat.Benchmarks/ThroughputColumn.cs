using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Referat.Benchmarks;

/// <summary>MB/s = bytes of input handled per operation / mean time per operation (1 MB = 10^6 bytes).</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input throughput: seed bytes per operation / mean time (1 MB = 10^6 bytes)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mbps = MegabytesPerSecond(summary, benchmarkCase);
        return mbps is { } v ? v.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "NA";
    }

    public static long BytesPerOperation(BenchmarkCase benchmarkCase)
    {
        var seed = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ParsePerSeedBenchmarks.Seed));
        return seed?.Value is string name ? Seeds.Get(name).Bytes.Length : Seeds.TotalBytes;
    }

    public static double? MegabytesPerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0)
            return null;
        return BytesPerOperation(benchmarkCase) / 1e6 / (stats.Mean / 1e9);
    }
}
