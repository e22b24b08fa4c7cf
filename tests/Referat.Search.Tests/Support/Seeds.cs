using Referat.Domain;
using Referat.Import;

namespace Referat.Search.Tests.Support;

/// <summary>The real minutes in ../shared/seeds, found by walking up to the folder with Referat.sln.</summary>
public static class Seeds
{
    private static readonly Lazy<IReadOnlyList<(MinutesDocument Minutes, string MeetingId)>> Parsed = new(() =>
        Files().AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(f => (new DocumentReader().ReadFile(f).Minutes, Path.GetFileNameWithoutExtension(f))).ToList());

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Referat.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Directory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static IReadOnlyList<string> Files() => System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<(MinutesDocument Minutes, string MeetingId)> Meetings => Parsed.Value;

    /// <summary>"000" → "000_d8cfbfd4b523ceee": the meeting id of a seed by its number.</summary>
    public static string MeetingId(string seedNumber) => Meetings.Single(m => m.MeetingId.StartsWith(seedNumber + "_", StringComparison.Ordinal)).MeetingId;

    /// <summary>"000:10" → "item:000_d8cfbfd4b523ceee:10"; other ids ("case:…", "person:…") pass through.</summary>
    public static string ResolveId(string shortId)
    {
        var colon = shortId.IndexOf(':');
        if (colon == 3 && shortId[..3].All(char.IsDigit))
            return $"item:{MeetingId(shortId[..3])}:{shortId[4..]}";
        return shortId;
    }

    public static IReadOnlyList<SearchDocument> Documents => SearchDocuments.FromArchive(Meetings).ToList();
}

/// <summary>One index over all seeds, shared by the tests of a class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SearchIndex Index { get; }
    public IReadOnlyList<SearchDocument> Documents { get; }

    public SeedIndexFixture()
    {
        Documents = Seeds.Documents;
        Index = SearchIndex.InMemory();
        Index.Build(Documents);
    }

    public void Dispose() => Index.Dispose();
}
