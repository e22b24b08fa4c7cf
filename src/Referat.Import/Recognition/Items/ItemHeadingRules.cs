using System.Text;
using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Items;

/// <summary>"Punkt 3: Title (Beslutning)" on one line (also as a Markdown heading once its marks are gone).</summary>
public sealed partial class PunktWithTitleRule : IItemHeadingRule
{
    [GeneratedRegex(@"^Punkt\s+(?<n>\d{1,3}[a-z]?)\s*[:.]\s*(?<title>\S.*)$")]
    private static partial Regex Pattern();

    public ItemHeading? TryMatch(IReadOnlyList<Line> lines, int index, ItemScanState state)
    {
        var match = Pattern().Match(lines[index].Trimmed);
        if (!match.Success)
            return null;
        // A title may wrap onto the next line when it does not end in its tags.
        var title = new StringBuilder(match.Groups["title"].Value.Trim());
        var end = index;
        while (end + 1 < lines.Count && !lines[end + 1].IsBlank && lines[end + 1].Trimmed.Length < 120
               && (!title.ToString().EndsWith(')') || TitleTags.IsOnlyTags(lines[end + 1].Trimmed))
               && !Pattern().IsMatch(lines[end + 1].Trimmed) && !CaseNumberLine.IsMatch(lines[end + 1].Trimmed))
        {
            ParagraphJoiner.AppendJoined(title, lines[++end].Trimmed);
        }
        return new ItemHeading(match.Groups["n"].Value, title.ToString(), index, end);
    }
}

/// <summary>" Punkt 3 " alone on its line, the title on the following lines up to a blank line.</summary>
public sealed partial class PunktAloneRule : IItemHeadingRule
{
    [GeneratedRegex(@"^Punkt\s+(?<n>\d{1,3}[a-z]?)\.?$")]
    private static partial Regex Pattern();

    public ItemHeading? TryMatch(IReadOnlyList<Line> lines, int index, ItemScanState state)
    {
        var match = Pattern().Match(lines[index].Trimmed);
        if (!match.Success)
            return null;
        var next = index + 1;
        while (next < lines.Count && next <= index + 2 && lines[next].IsBlank)
            next++;
        var (title, end) = TitleLines.Read(lines, next);
        return title.Length == 0 ? null : new ItemHeading(match.Groups["n"].Value, title, index, end);
    }
}

/// <summary>
/// "Sag nr. 3" alone on its line, then "3. Title" up to a blank line. In the same layout an item may also open
/// without the "Sag nr." line, at the top of a page, with the next expected number ("11. Meddelelser").
/// </summary>
public sealed partial class SagNrRule : IItemHeadingRule
{
    [GeneratedRegex(@"^Sag\s+nr\.?\s*(?<n>\d{1,3}[a-z]?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex NumberedTitle();

    public static bool IsSagNrLine(string text) => Pattern().IsMatch(text.Trim());

    public ItemHeading? TryMatch(IReadOnlyList<Line> lines, int index, ItemScanState state)
    {
        var match = Pattern().Match(lines[index].Trimmed);
        if (match.Success)
        {
            var number = match.Groups["n"].Value;
            var next = index + 1;
            while (next < lines.Count && lines[next].IsBlank)
                next++;
            var (title, end) = TitleLines.Read(lines, next);
            return new ItemHeading(number, StripOwnNumber(title, number), index, Math.Max(end, index));
        }

        if (!state.LayoutUsesSagNr || !lines[index].PageStart || !int.TryParse(state.LastNumber, out var last))
            return null;
        var numbered = NumberedTitle().Match(lines[index].Trimmed);
        if (!numbered.Success || int.Parse(numbered.Groups["n"].Value) != last + 1 || state.LastListNumber == last)
            return null;
        var (implicitTitle, implicitEnd) = TitleLines.Read(lines, index);
        return new ItemHeading(numbered.Groups["n"].Value, StripOwnNumber(implicitTitle, numbered.Groups["n"].Value), index, implicitEnd);
    }

    private static string StripOwnNumber(string title, string number) =>
        title.StartsWith(number + ".", StringComparison.Ordinal) ? title[(number.Length + 1)..].TrimStart() : title;
}

/// <summary>A title printed over one or more lines, ending at a blank line, a section heading or a case number.</summary>
internal static class TitleLines
{
    public static (string Title, int End) Read(IReadOnlyList<Line> lines, int start)
    {
        var title = new StringBuilder();
        var end = start - 1;
        for (var i = start; i < lines.Count && !lines[i].IsBlank && i < start + 4; i++)
        {
            var text = lines[i].Trimmed;
            if (i > start && (SectionCatalog.Default.TryRecognise(text, out _, out _) || CaseNumberLine.IsMatch(text)))
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
