using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Trims lines. A leading space on a line that follows a blank or starts the document is how several PDF exports
/// mark a new page; that fact is kept on the line before the space goes.
/// </summary>
public sealed class WhitespaceTrim : ILineStep
{
    public void Apply(LineDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.Text.Length > 0 && line.Text[0] == ' ' && !line.IsBlank)
                line.PageStart = true;
            line.Text = line.Text.Trim(' ');
        }
    }
}
