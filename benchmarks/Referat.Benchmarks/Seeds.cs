namespace Referat.Benchmarks;

/// <summary>
/// The five seed documents, read from <c>../shared/seeds/*.txt</c> relative to the repository root (the folder that
/// holds Referat.sln). The seed text is never copied into the repository. <c>REFERAT_SEEDS</c> overrides the folder.
/// </summary>
public static class Seeds
{
    public const string EnvironmentVariable = "REFERAT_SEEDS";

    private static IReadOnlyList<Seed>? _all;

    public static IReadOnlyList<Seed> All => _all ??= Load();

    public static long TotalBytes => All.Sum(s => (long)s.Bytes.Length);

    /// <summary>Short ids ("000", "001", …: the file name up to the first '_'), so BenchmarkDotNet does not truncate them.</summary>
    public static IEnumerable<string> Ids => All.Select(s => s.Id);

    public static Seed Get(string idOrName) => All.FirstOrDefault(s => s.Id == idOrName || s.Name == idOrName)
        ?? throw new InvalidOperationException($"no seed '{idOrName}' in {Directory}");

    public static string Directory => LocateDirectory();

    private static IReadOnlyList<Seed> Load()
    {
        var dir = LocateDirectory();
        var files = System.IO.Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InvalidOperationException($"the seed folder {dir} holds no *.txt files; the parse benchmark needs the five seed documents");
        return files.Select(f => new Seed(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    private static string LocateDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            if (!System.IO.Directory.Exists(overridden))
                throw new InvalidOperationException($"{EnvironmentVariable}={overridden}, but that folder does not exist");
            return Path.GetFullPath(overridden);
        }

        var root = FindRepositoryRoot(Environment.CurrentDirectory) ?? FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"cannot find the repository root (a folder holding Referat.sln) above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; " +
                $"run from inside the repository or set {EnvironmentVariable} to the seed folder");
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (!System.IO.Directory.Exists(seeds))
            throw new InvalidOperationException(
                $"the seed folder {seeds} (../shared/seeds relative to the repository root {root}) is missing; " +
                $"the parse benchmark reads the five seed documents from there (or set {EnvironmentVariable})");
        return seeds;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                return dir.FullName;
        return null;
    }
}

public sealed record Seed(string Name, byte[] Bytes)
{
    public string Id => Name.Split('_', 2)[0];

    public override string ToString() => Name;
}
