namespace Referat.Import.Lines;

/// <summary>
/// A line of the document as the normalisation steps see it. It remembers the source lines it came from, so that
/// every recognised field can name its line range.
/// </summary>
public sealed class Line(string text, int firstLine, int lastLine)
{
    private string _text = text;
    private string? _trimmed;

    public string Text
    {
        get => _text;
        set
        {
            _text = value;
            _trimmed = null;
        }
    }
    public int FirstLine { get; set; } = firstLine;
    public int LastLine { get; set; } = lastLine;

    /// <summary>The line opens a page of the original layout (after page furniture, or marked by a leading space).</summary>
    public bool PageStart { get; set; }

    /// <summary>
    /// The source marked the line as a heading: a Markdown "#", an HTML h1–h6, or a PDF line set larger or bolder
    /// than the body text. 1 is the most prominent level; 0 is no mark. Evidence only: levels differ between sites.
    /// </summary>
    public int HeadingLevel { get; set; }

    public bool WasHeading => HeadingLevel > 0;

    /// <summary>
    /// The line holds a whole page or block run together (a transcript site's page, a table's cells joined): its
    /// labels and headings stand inside the line, and <see cref="Normalisation.RunOnText"/> cuts it at them.
    /// </summary>
    public bool RunOn { get; set; }

    /// <summary>The bullet as printed ("-", "·", "o") where <see cref="Normalisation.CharacterRepair"/> made it "• ".</summary>
    public string? Glyph { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(_text);

    /// <summary>The text without surrounding white space (kept until the text changes: recognition asks for it often).</summary>
    public string Trimmed => _trimmed ??= _text.Trim();

    /// <summary>A new line cut from this one: same source lines and marks.</summary>
    public Line Derive(string text) => new(text, FirstLine, LastLine) { HeadingLevel = HeadingLevel, Glyph = Glyph };

    public override string ToString() => $"{FirstLine}: {Text}";
}
