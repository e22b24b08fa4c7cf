using Referat.Import.Tests.Support;

namespace Referat.Import.Tests;

/// <summary>
/// The inputs the fuzzer (fuzz/run.sh) found to crash or hang the reader, kept in Fuzz/ as FORMAT-KIND-HASH.FORMAT,
/// and the hand-made hostile cases beside them: each must now be read, or refused with a
/// <see cref="MinutesFormatException"/> naming the file, within the reader's own time limit.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fuzz");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var file in Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            cases.Add(Path.GetFileName(file));
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_the_fuzzer_found_is_read_or_refused_cleanly(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));
        var error = Minutes.WithTimeout(TimeSpan.FromSeconds(120), () => Record.Exception(() => new DocumentReader().Read(name, bytes)), $"reading {name}");
        if (error is not null)
            Assert.StartsWith(name, Assert.IsType<MinutesFormatException>(error).Message);
    }
}
