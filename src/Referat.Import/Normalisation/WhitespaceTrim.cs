using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Trims lines. A leading space on a line is how several PDF exports mark a new page; that fact is kept on the line
/// before the space goes. Where many lines are indented (a web page's nested lists and sections), indentation is
/// layout, not a page mark.
/// </summary>
public sealed class WhitespaceTrim : ILineStep
{
    public void Apply(LineDocument document)
    {
        var text = 0;
        var indented = 0;
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
                continue;
            text++;
            if (line.Text[0] == ' ')
                indented++;
        }
        var marksPages = indented <= text * 0.3;
        foreach (var line in document.Lines)
        {
            if (marksPages && line.Text.Length > 0 && line.Text[0] == ' ' && !line.IsBlank)
                line.PageStart = true;
            line.Text = line.Text.Trim(' ');
        }
    }
}
