using System.Text.RegularExpressions;

namespace Referat.Import.Recognition.Items;

/// <summary>Splits "Title (Beslutning) (Genforelæggelse)" into the title and its type tags.</summary>
public static partial class TitleTags
{
    // A tag is one capitalised word in parentheses: "(Beslutning)", not "(KL)" or "(bilag 2)".
    [GeneratedRegex(@"\s*\((?<tag>\p{Lu}\p{Ll}{3,}(?:\s\p{Ll}+)?)\)\s*$")]
    private static partial Regex TrailingTag();

    public static bool HasTags(string raw) => TrailingTag().IsMatch(raw);

    [GeneratedRegex(@"^(?:\(\p{Lu}\p{Ll}{3,}(?:\s\p{Ll}+)?\)\s*)+$")]
    private static partial Regex OnlyTags();

    /// <summary>A line that holds nothing but tags, the end of a title whose tags wrapped.</summary>
    public static bool IsOnlyTags(string line) => OnlyTags().IsMatch(line);

    public static (string Title, IReadOnlyList<string> Types) Split(string raw)
    {
        var title = raw.Trim();
        var tags = new List<string>();
        Match match;
        while ((match = TrailingTag().Match(title)).Success && match.Index > 0)
        {
            tags.Insert(0, match.Groups["tag"].Value);
            title = title[..match.Index].TrimEnd();
        }
        return (title, tags);
    }
}
