namespace Referat.Import;

/// <summary>The document cannot be read as minutes. The message names the file, the line where known, and the problem.</summary>
public sealed class MinutesFormatException(string source, int? line, string problem, Exception? inner = null)
    : Exception(line is null ? $"{source}: {problem}" : $"{source}:{line}: {problem}", inner)
{
    public string SourceName { get; } = source;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;
}
