using System.Collections.Concurrent;
using Referat.Import.Gold;

namespace Referat.Import.Tests.Support;

/// <summary>The seed documents, each parsed once per test run and projected onto the gold schema.</summary>
public static class SeedCorpus
{
    private static readonly ConcurrentDictionary<string, Lazy<(ParseResult? Result, Exception? Error)>> Parsed = new();

    public static (ParseResult? Result, Exception? Error) Parse(string name) =>
        Parsed.GetOrAdd(name, n => new Lazy<(ParseResult?, Exception?)>(() =>
        {
            try
            {
                return (new DocumentReader().ReadFile(SharedFolder.SeedPath(n)), null);
            }
            catch (Exception e)
            {
                return (null, e);
            }
        })).Value;

    /// <summary>The prediction JSON for a seed: the gold projection, or "{}" when the parser threw (as score.py treats an unreadable prediction).</summary>
    public static string PredictionJson(string name)
    {
        var (result, _) = Parse(name);
        return result is null ? "{}" : GoldProjection.ToJson(result);
    }

    public static string Text(string name) => File.ReadAllText(SharedFolder.SeedPath(name));
}
