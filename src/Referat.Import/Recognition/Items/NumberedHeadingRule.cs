using System.Text;
using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// The numbered item heading in all its printed forms: a number with or without a keyword ("Punkt", "Pkt.",
/// "Sag nr.", "Nr."), after a bullet or not, followed by ".", ":", " :", ")", " - ", spaces or nothing, and the
/// title on the same line ("Punkt 3: Title", "117. Title", "1.Title", "1 : Title", "Nr. 143 - Title") or on the
/// next lines ("• 35" / "Title", "Sag nr. 1" / "1. Title", "Punkt 3" / "Title"). A title must open with a capital:
/// "29. august 2017" is a date. A keyword heading's title may wrap over lines until its tags; other titles wrap
/// only onto lines that continue them in lower case.
/// </summary>
public sealed partial class NumberedHeadingRule(SectionCatalog sections, Labels.FieldLabels labels) : IItemHeadingRule
{
    [GeneratedRegex(@"^(?<bullet>•\s*)?(?:(?<kw>Punkt|PUNKT|Pkt\.?|PKT\.?|Sag\s+nr\.?|SAG\s+NR\.?|Nr\.?|NR\.?|Dagsordenspunkt)\s*)?(?<n>\d{1,3}[a-zA-Z]?)(?![\d/,.-]\d)(?<sep>\s*[.:)]\s*|\s+[-–]\s+|\s+|$)(?<title>.*)$")]
    private static partial Regex Pattern();

    public const int MaxTitleLength = 200;

    public ItemCandidate? TryMatch(IReadOnlyList<Line> lines, int index)
    {
        var text = lines[index].Trimmed;
        if (text.Length == 0 || !(char.IsDigit(text[0]) || text[0] is '•' or 'P' or 'S' or 'N' or 'D'))
            return null;
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        var number = ItemNumbers.Clean(match.Groups["n"].Value);
        if (ItemNumbers.Order(number).Value is < 0 or > 999)
            return null;
        var keyword = match.Groups["kw"].Success;
        var rawSeparator = match.Groups["sep"].Value;
        var separator = rawSeparator.Trim();
        var title = match.Groups["title"].Value.Trim();
        // A suffix letter glued to the number belongs to the title when it reads as a word: "1.Budget…" has none.
        if (number.Length > 0 && char.IsLetter(number[^1]) && separator.Length == 0 && title.Length > 0 && char.IsLower(title[0]))
            return null;
        var form = (match.Groups["bullet"].Success ? "•" : "") + (keyword ? Keyword(match.Groups["kw"].Value) : "") + "N" + (separator.Length > 0 ? separator : rawSeparator.Length > 0 ? " " : "");
        var weight = keyword ? 1.0 : separator is "." or ":" ? 0.5 : 0.3;

        if (title.Length == 0)
        {
            if (!keyword && separator is not ("" or "."))
                return null;
            var next = NextNonBlank(lines, index + 1, maxBlanks: 3);
            if (next < 0 || lines[next].PageStart)
                return null;
            // "Sag nr. 1" over "1. 1. Anslået regnskab": the number printed again opens the title line.
            var (titleText, end) = TitleLines.Read(lines, next, sections, labels);
            titleText = StripOwnNumber(titleText, number);
            if (!IsTitle(titleText, keyword))
                return null;
            return new ItemCandidate(number, titleText, index, end, form + "/", weight);
        }
        if (!IsTitle(title, keyword))
            return null;
        var (wrapped, last) = keyword ? WrapKeywordTitle(lines, index, title) : WrapContinuation(lines, index, title);
        return new ItemCandidate(number, wrapped, index, last, form, weight);
    }

    private static string Keyword(string printed) => printed.ToLowerInvariant() switch
    {
        var k when k.StartsWith("punkt") => "punkt",
        var k when k.StartsWith("pkt") => "pkt",
        var k when k.StartsWith("sag") => "sagnr",
        var k when k.StartsWith("dagsordenspunkt") => "punkt",
        _ => "nr",
    };

    private bool IsTitle(string title, bool keyword)
    {
        if (title.Length is 0 or > MaxTitleLength)
            return false;
        var first = title[0];
        if (!(char.IsUpper(first) || first is '"' or '”' or '“' or '»' || keyword && (char.IsLetterOrDigit(first) || first == '(')))
            return false;
        // A section heading, a group heading or a label is not a title: "• 35" over "Beslutningstema" would be a list.
        return !sections.TryRecognise(title, out _, out _) && !Toc.GroupHeadings.IsGroupHeading(title);
    }

    /// <summary>The line is a numbered heading with its title ("562. Fjernvarme Fyn"), not the end of a wrapped title ("17").</summary>
    internal static bool OpensItem(string text)
    {
        var match = Pattern().Match(text);
        return match.Success && match.Groups["title"].Value is { Length: > 1 } title && char.IsUpper(title[0]);
    }

    private static string StripOwnNumber(string title, string number) =>
        title.StartsWith(number + ".", StringComparison.Ordinal) ? title[(number.Length + 1)..].TrimStart() : title;

    private static int NextNonBlank(IReadOnlyList<Line> lines, int from, int maxBlanks)
    {
        var blanks = 0;
        for (var i = from; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
                return i;
            if (++blanks > maxBlanks)
                return -1;
        }
        return -1;
    }

    /// <summary>"Punkt 3: Title" may wrap onto the next lines until the title ends in its tags.</summary>
    private (string, int) WrapKeywordTitle(IReadOnlyList<Line> lines, int index, string first)
    {
        var title = new StringBuilder(first);
        var end = index;
        while (end + 1 < lines.Count && !lines[end + 1].IsBlank && lines[end + 1].Trimmed.Length < 120
               && (!title.ToString().EndsWith(')') || TitleTags.IsOnlyTags(lines[end + 1].Trimmed))
               && !Pattern().IsMatch(lines[end + 1].Trimmed) && !CaseNumberLine.IsMatch(lines[end + 1].Trimmed)
               && !sections.TryOpening(lines[end + 1].Trimmed, out _, out _, out _) && !labels.TryOpening(lines[end + 1].Trimmed, out _, out _))
        {
            ParagraphJoiner.AppendJoined(title, lines[++end].Trimmed);
        }
        return (title.ToString(), end);
    }

    /// <summary>Other titles wrap only onto lines that continue them in lower case ("… efter fornyede" / "oplysninger i sagen").</summary>
    private static (string, int) WrapContinuation(IReadOnlyList<Line> lines, int index, string first)
    {
        var title = new StringBuilder(first);
        var end = index;
        while (end + 1 < lines.Count && !lines[end + 1].IsBlank && lines[end + 1].Trimmed is { Length: > 0 and < 120 } next && char.IsLower(next[0]) && !next.StartsWith("at ", StringComparison.Ordinal))
            ParagraphJoiner.AppendJoined(title, lines[++end].Trimmed);
        return (title.ToString(), end);
    }
}

/// <summary>A title printed over one or more lines, ending at a blank line, a section heading or a case number.</summary>
internal static class TitleLines
{
    public static (string Title, int End) Read(IReadOnlyList<Line> lines, int start, SectionCatalog sections, Labels.FieldLabels labels)
    {
        var title = new StringBuilder();
        var end = start - 1;
        for (var i = start; i < lines.Count && !lines[i].IsBlank && i < start + 4; i++)
        {
            var text = lines[i].Trimmed;
            if (i > start && (lines[i].PageStart || sections.TryRecognise(text, out _, out _) || CaseNumberLine.IsMatch(text) || labels.TryOpening(text, out _, out _)
                              || NumberedHeadingRule.OpensItem(text)))
                break;
            if (title.Length == 0) title.Append(text);
            else ParagraphJoiner.AppendJoined(title, text);
            end = i;
            // A title ends with its tags, unless the next line holds only more tags: "(Beslutning)" / "(Genforelæggelse)".
            if (text.EndsWith(')') && TitleTags.HasTags(title.ToString())
                && !(i + 1 < lines.Count && TitleTags.IsOnlyTags(lines[i + 1].Trimmed)))
                break;
        }
        return (title.ToString().Trim(), end);
    }
}
