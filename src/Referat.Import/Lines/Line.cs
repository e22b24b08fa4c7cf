namespace Referat.Import.Lines;

/// <summary>
/// A line of the document as the normalisation steps see it. It remembers the source lines it came from, so that
/// every recognised field can name its line range.
/// </summary>
public sealed class Line(string text, int firstLine, int lastLine)
{
    public string Text { get; set; } = text;
    public int FirstLine { get; set; } = firstLine;
    public int LastLine { get; set; } = lastLine;

    /// <summary>The line opens a page of the original layout (after page furniture, or marked by a leading space).</summary>
    public bool PageStart { get; set; }

    /// <summary>The line was a Markdown heading; its level is not trusted, only the fact.</summary>
    public bool WasHeading { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
    public string Trimmed => Text.Trim();

    public override string ToString() => $"{FirstLine}: {Text}";
}
