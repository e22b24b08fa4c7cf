using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Referat.Import.Tests.Support;
using Xunit.Abstractions;

namespace Referat.Import.Tests;

/// <summary>
/// Robustness: whatever the input, <see cref="DocumentReader.Read"/> returns a result or throws a
/// <see cref="MinutesFormatException"/>, nothing else, and never hangs. Inputs are seed documents under random
/// mutation and random strings; the random seed and the iteration counts are fixed, so every run checks the same
/// inputs (about 20–30 s on two shared cores).
/// </summary>
public sealed class ParserPropertyTests(ITestOutputHelper output)
{
    private const int RandomSeed = 20260419;
    private const int MutatedDocuments = 1200;
    private const int RandomDocuments = 2000;
    private static readonly TimeSpan PerDocumentLimit = TimeSpan.FromSeconds(20);

    private readonly Report _report = new(output);

    /// <summary>Internal parser exceptions that DocumentReader wrapped in a MinutesFormatException: allowed, but reported.</summary>
    private static readonly List<string> WrappedCrashes = [];

    private sealed record Failure(string Case, Exception Error);

    /// <summary>Reads the bytes and returns the unexpected exception, if any.</summary>
    private static Exception? ReadExpectingOnlyMinutesFormatErrors(string name, byte[] bytes)
    {
        var outcome = Minutes.WithTimeout(PerDocumentLimit, () =>
        {
            try
            {
                var result = new DocumentReader().Read(name, bytes);
                return result.Minutes is null ? new InvalidOperationException("result without minutes") : null;
            }
            catch (MinutesFormatException e)
            {
                if (e.InnerException is not null)
                    lock (WrappedCrashes)
                        WrappedCrashes.Add($"{name}: {e.Message} at {e.InnerException.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                return e.Message.Contains(name) ? null : new InvalidOperationException($"MinutesFormatException without the file name: {e.Message}", e);
            }
            catch (Exception e)
            {
                return e;
            }
        }, $"reading {name}");
        return outcome;
    }

    [Fact]
    public void Mutated_seed_documents_parse_or_fail_with_MinutesFormatException()
    {
        var seeds = Directory.GetFiles(SharedFolder.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(seeds);
        var random = new Random(RandomSeed);
        var mutator = new Mutator(random);
        var failures = new List<Failure>();
        var parsed = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < MutatedDocuments; i++)
        {
            var seed = random.Next(seeds.Count);
            var text = mutator.Mutate(seeds[seed], 1 + random.Next(6));
            var name = $"mutant-{i:000}-of-seed-{seed}.txt";
            var error = ReadExpectingOnlyMinutesFormatErrors(name, mutator.Encode(text));
            if (error is not null)
                failures.Add(new Failure(name, error));
            else
                parsed++;
        }
        _report.Line($"{MutatedDocuments} mutated seed documents in {watch.Elapsed.TotalSeconds:0.0} s; {failures.Count} unexpected exceptions");
        AssertNoFailures(failures);
    }

    [Fact]
    public void Random_strings_parse_or_fail_with_MinutesFormatException()
    {
        var random = new Random(RandomSeed + 1);
        var mutator = new Mutator(random);
        var failures = new List<Failure>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < RandomDocuments; i++)
        {
            // Random strings with the markers of a minutes document mixed in, so that the recognisers get to work.
            var parts = new List<string>();
            for (var k = random.Next(1, 40); k > 0; k--)
                parts.Add(random.Next(3) == 0 ? mutator.RandomHostile() : mutator.RandomString(random.Next(0, 60)));
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\n\n", parts);
            var name = $"random-{i:000}.{(random.Next(4) == 0 ? "md" : "txt")}";
            var error = ReadExpectingOnlyMinutesFormatErrors(name, mutator.Encode(text));
            if (error is not null)
                failures.Add(new Failure(name, error));
        }
        _report.Line($"{RandomDocuments} random documents in {watch.Elapsed.TotalSeconds:0.0} s; {failures.Count} unexpected exceptions");
        AssertNoFailures(failures);
    }

    /// <summary>FsCheck's own string generator (fixed replay seed): same property.</summary>
    [Fact]
    public void FsCheck_strings_parse_or_fail_with_MinutesFormatException()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(RandomSeed, 1);
        Prop.ForAll<string>(text =>
        {
            var error = ReadExpectingOnlyMinutesFormatErrors("fscheck.txt", System.Text.Encoding.UTF8.GetBytes(text ?? ""));
            return error is null;
        }).Check(config);
    }

    private void AssertNoFailures(List<Failure> failures)
    {
        lock (WrappedCrashes)
        {
            foreach (var crash in WrappedCrashes.Distinct().Take(5))
                _report.Line($"note: internal parser exception wrapped as MinutesFormatException: {crash}");
            WrappedCrashes.Clear();
        }
        foreach (var failure in failures.Take(10))
            _report.Line($"{failure.Case}: {failure.Error.GetType().Name}: {failure.Error.Message}\n{failure.Error.StackTrace}");
        Assert.True(failures.Count == 0,
            $"{failures.Count} documents raised something other than MinutesFormatException, first: " +
            string.Join("; ", failures.Take(3).Select(f => $"{f.Case}: {f.Error.GetType().Name}: {f.Error.Message}")));
    }
}
