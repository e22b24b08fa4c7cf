using BenchmarkDotNet.Attributes;
using Referat.Import;
using Referat.Import.Decoding;

namespace Referat.Benchmarks;

/// <summary>
/// Throughput of the import parser over all five seed documents, single-threaded. <see cref="DecodeOnly"/> is the
/// floor (bytes to string to lines); <see cref="Parse"/> is the whole <see cref="DocumentReader.Read"/>.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private Seed[] _seeds = [];
    private readonly DocumentReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Seeds.All.ToArray();
        // Fail in setup rather than in the measured loop if a seed no longer parses.
        foreach (var seed in _seeds)
            _reader.Read(seed.Name, seed.Bytes);
    }

    [Benchmark(Baseline = true)]
    public int DecodeOnly()
    {
        var lines = 0;
        foreach (var seed in _seeds)
            lines += DecodeAndSplit(seed.Bytes);
        return lines;
    }

    [Benchmark]
    public int Parse()
    {
        var items = 0;
        foreach (var seed in _seeds)
            items += new DocumentReader().Read(seed.Name, seed.Bytes).Minutes.Items.Count;
        return items;
    }

    internal static int DecodeAndSplit(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes).Text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Length;
    }
}

/// <summary>The same two measurements per seed, so a slow document stands out.</summary>
[MemoryDiagnoser]
public class ParsePerSeedBenchmarks
{
    private byte[] _bytes = [];
    private string _name = "";

    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> SeedNames => Seeds.Ids;

    [GlobalSetup]
    public void Setup() => (_name, _bytes) = (Seeds.Get(Seed).Name, Seeds.Get(Seed).Bytes);

    [Benchmark(Baseline = true)]
    public int DecodeOnly() => ParseBenchmarks.DecodeAndSplit(_bytes);

    [Benchmark]
    public int Parse() => new DocumentReader().Read(_name, _bytes).Minutes.Items.Count;
}
