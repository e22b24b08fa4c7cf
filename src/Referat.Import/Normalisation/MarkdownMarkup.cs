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
            var heading = StartsWith(text, '#') ? HeadingMark().Match(text) : System.Text.RegularExpressions.Match.Empty;
            if (heading.Success)
            {
                text = text[heading.Length..].TrimEnd('#', ' ');
                line.HeadingLevel = Math.Max(1, heading.Value.Count(c => c == '#'));
            }
            if (text.Contains("**") || text.Contains("__"))
                text = Strong().Replace(text, "$2");
            if (text.Contains('*'))
                text = Emphasis().Replace(text, "$1");
            if (text.Contains('\\'))
                text = Escape().Replace(text, "$1");
            line.Text = text;
        }
    }

    /// <summary>The first character after up to three spaces (cheap: runs on every line).</summary>
    private static bool StartsWith(string text, char c)
    {
        var i = 0;
        while (i < text.Length && i < 4 && text[i] == ' ')
            i++;
        return i < text.Length && text[i] == c;
    }

    private static bool LooksLikeMarkdown(LineDocument document)
    {
        var headings = 0;
        var strong = 0;
        foreach (var line in document.Lines)
        {
            if (StartsWith(line.Text, '#') && HeadingMark().IsMatch(line.Text)) headings++;
            if (line.Text.Contains("**")) strong++;
        }
        return headings >= 2 || strong >= 3;
    }
}
