using System.Diagnostics;

namespace Referat.Import.Formats;

/// <summary>
/// What one document may cost to read, so that a malformed or hostile file ends within seconds with a clear error
/// (naming the file and the limit) instead of taking the importer's time or memory: its size, its pages, how deep
/// its elements nest, how much its compressed streams inflate to, and the time it may take.
/// </summary>
public sealed record DocumentLimits
{
    public static DocumentLimits Default { get; } = new();

    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Elements inside elements (HTML); browsers stop building the tree at about this depth too.</summary>
    public int MaxNestingDepth { get; init; } = 512;

    /// <summary>All of a PDF's compressed streams together, inflated.</summary>
    public long MaxDecompressedBytes { get; init; } = 512L * 1024 * 1024;

    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(60);

    public static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";
}

/// <summary>
/// The time left for the document being read on this thread: readers check it between pages, elements and
/// recognition steps (<see cref="Check"/>), and stop with the limit's message when it has run out.
/// </summary>
public sealed class ReadingBudget : IDisposable
{
    [ThreadStatic]
    private static ReadingBudget? _current;

    private readonly ReadingBudget? _outer;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private ReadingBudget(string source, DocumentLimits limits) => (Source, Limits, _outer) = (source, limits, _current);

    public string Source { get; }
    public DocumentLimits Limits { get; }

    /// <summary>The limits of the document being read on this thread (the defaults outside a reading).</summary>
    public static DocumentLimits CurrentLimits => _current?.Limits ?? DocumentLimits.Default;

    /// <summary>Starts the budget for one document on this thread; disposing it ends it.</summary>
    public static ReadingBudget Start(string source, DocumentLimits limits) => _current = new ReadingBudget(source, limits);

    /// <summary>Throws when the document being read on this thread has used its time; <paramref name="where"/> says how far it got.</summary>
    public static void Check(string where)
    {
        if (_current is { } budget && budget._watch.Elapsed > budget.Limits.MaxTime)
            throw new MinutesFormatException(budget.Source, null,
                $"reading took longer than {budget.Limits.MaxTime.TotalSeconds:0} s, the limit for one document (stopped {where})");
    }

    public void Dispose() => _current = _outer;
}
