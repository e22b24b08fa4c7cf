namespace Referat.Import.Tests.Support;

/// <summary>
/// Finds the shared seed and gold folder: walk up from the test binaries to the directory holding Referat.sln
/// (the repository root), then take ../shared next to it.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;
    public static string Seeds => System.IO.Path.Combine(Path, "seeds");
    public static string Gold => System.IO.Path.Combine(Path, "gold");
    public static string ScoreScript => System.IO.Path.Combine(Gold, "score.py");
    public static string Corpus => System.IO.Path.Combine(Path, "corpus");
    public static string CorpusScoreScript => System.IO.Path.Combine(Corpus, "score.py");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Referat.sln")))
                return dir.FullName;
        throw new InvalidOperationException(
            $"cannot find the repository root: no directory above {AppContext.BaseDirectory} contains Referat.sln");
    }

    private static string Locate()
    {
        var root = RepositoryRoot();
        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"));
        if (!Directory.Exists(System.IO.Path.Combine(shared, "seeds")) || !Directory.Exists(System.IO.Path.Combine(shared, "gold")))
            throw new InvalidOperationException(
                $"the shared seed/gold folder is missing: expected {shared}/seeds and {shared}/gold next to the repository root {root}. " +
                "Check out or copy the shared folder there before running the seed accuracy tests.");
        return shared;
    }

    /// <summary>The seed names (file names without extension), or a single placeholder when the folder is missing so that the test itself reports why.</summary>
    public static IEnumerable<object[]> SeedNamesOrPlaceholder()
    {
        string[] names;
        try
        {
            names = Directory.GetFiles(Seeds, "*.txt").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;
        }
        catch (Exception)
        {
            names = [];
        }
        if (names.Length == 0)
            names = [MissingPlaceholder];
        return names.Select(n => new object[] { n });
    }

    public const string MissingPlaceholder = "(shared seeds folder missing)";

    public static string SeedPath(string name) => System.IO.Path.Combine(Seeds, name + ".txt");
    public static string GoldPath(string name) => System.IO.Path.Combine(Gold, name + ".json");
}
