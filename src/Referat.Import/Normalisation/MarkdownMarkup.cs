using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Removes Markdown markup from documents that use it: heading marks (whose levels are not trusted; the line is only
/// flagged as a heading), emphasis, hard-break spaces and backslash escapes. Plain text passes unchanged.
/// </summary>
public sealed partial class MarkdownMarkup : ILineStep
{
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>])")]
    private static partial Regex Escape();

    public void Apply(LineDocument document)
    {
        if (!LooksLikeMarkdown(document))
            return;
        foreach (var line in document.Lines)
        {
            var text = line.Text;
            var heading = HeadingMark().Match(text);
            if (heading.Success)
            {
                text = text[heading.Length..].TrimEnd('#', ' ');
                line.HeadingLevel = Math.Max(1, heading.Value.Count(c => c == '#'));
            }
            text = Strong().Replace(text, "$2");
            text = Emphasis().Replace(text, "$1");
            text = Escape().Replace(text, "$1");
            line.Text = text;
        }
    }

    private static bool LooksLikeMarkdown(LineDocument document)
    {
        var headings = 0;
        var strong = 0;
        foreach (var line in document.Lines)
        {
            if (HeadingMark().IsMatch(line.Text)) headings++;
            if (line.Text.Contains("**")) strong++;
        }
        return headings >= 2 || strong >= 3;
    }
}
