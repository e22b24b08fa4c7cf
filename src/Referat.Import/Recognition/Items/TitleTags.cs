using System.Text.RegularExpressions;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Splits "Title (Beslutning) (Genforelæggelse)" into the title and its type tags, and takes the open/closed markers
/// off a title ("(Lukket)", "LUKKET SAG …", "Lukket - …", "… - Lukket punkt", "Åben sag"). A tag is one capitalised
/// word in parentheses, or a category letter ("(C)"); "(KL)" or "(bilag 2)" belong to the title.
/// </summary>
public static partial class TitleTags
{
    [GeneratedRegex(@"\s*\((?<tag>\p{Lu}\p{Ll}{3,}(?:\s\p{Ll}+)?|\p{Lu})\)\s*$")]
    private static partial Regex TrailingTag();

    [GeneratedRegex(@"^(?:\(\p{Lu}\p{Ll}{3,}(?:\s\p{Ll}+)?\)\s*)+$")]
    private static partial Regex OnlyTags();

    [GeneratedRegex(@"^(?:LUKKET\s+(?:SAG|PUNKT)\s*:?\s*|Lukket\s+(?:sag|punkt)\s*[:\-–]\s*|Lukket\s*[-–:]\s+|ÅBEN\s+SAG\s*:?\s*|Åben\s+sag\s*[:\-–]\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPrefix();

    [GeneratedRegex(@"\s*(?:[-–]\s*(?:Lukket|Åbent?)\s+(?:punkt|sag)|\((?:Lukket|Åben|Åbent|Lukket punkt|Lukket sag)\))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerSuffix();

    private static readonly string[] MarkerTags = ["Lukket", "Åben", "Åbent"];

    public static bool HasTags(string raw) => TrailingTag().IsMatch(raw);

    /// <summary>A line that holds nothing but tags, the end of a title whose tags wrapped.</summary>
    public static bool IsOnlyTags(string line) => OnlyTags().IsMatch(line);

    public static (string Title, IReadOnlyList<string> Types) Split(string raw)
    {
        var (title, _) = StripMarkers(raw.Trim());
        var tags = new List<string>();
        Match match;
        while ((match = TrailingTag().Match(title)).Success && match.Index > 0)
        {
            var tag = match.Groups["tag"].Value;
            if (Array.IndexOf(MarkerTags, tag) < 0)
                tags.Insert(0, tag);
            title = title[..match.Index].TrimEnd();
        }
        return (title, tags);
    }

    /// <summary>Whether the title marks the item closed, and the title without its markers.</summary>
    public static (string Title, bool Closed) StripMarkers(string title)
    {
        var closed = false;
        var prefix = MarkerPrefix().Match(title);
        if (prefix.Success && prefix.Length < title.Length)
        {
            closed = prefix.Value.StartsWith("L", StringComparison.OrdinalIgnoreCase);
            title = title[prefix.Length..].Trim();
        }
        var suffix = MarkerSuffix().Match(title);
        if (suffix.Success && suffix.Index > 0)
        {
            closed |= suffix.Value.Contains("Lukket", StringComparison.OrdinalIgnoreCase);
            title = title[..suffix.Index].Trim();
        }
        return (title, closed);
    }

    public static bool IsClosed(string raw) =>
        StripMarkers(raw.Trim()).Closed || raw.TrimStart().StartsWith("Lukket punkt", StringComparison.OrdinalIgnoreCase)
        || raw.TrimStart().StartsWith("Lukket sag", StringComparison.OrdinalIgnoreCase);
}
