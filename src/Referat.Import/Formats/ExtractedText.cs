namespace Referat.Import.Formats;

/// <summary>
/// The text a document format gave, one line per block, with what the format itself says about its lines: which are
/// headings, at which level (HTML h1–h6, a PDF line set larger or bolder than the body). Indexes are 0-based lines of
/// <see cref="Text"/>.
/// </summary>
/// <param name="Structured">The format itself laid the lines out (HTML): blank lines between blocks are its own, not
/// the double spacing of a text dump.</param>
public sealed record ExtractedText(string Text, IReadOnlyDictionary<int, int> HeadingLevels, bool Structured = false)
{
    public static ExtractedText Plain(string text) => new(text, new Dictionary<int, int>());
}
