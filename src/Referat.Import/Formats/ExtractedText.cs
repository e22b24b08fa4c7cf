namespace Referat.Import.Formats;

/// <summary>
/// The text a document format gave, one line per block, with what the format itself says about its lines: which are
/// headings, at which level (HTML h1–h6, a PDF line set larger or bolder than the body). Indexes are 0-based lines of
/// <see cref="Text"/>.
/// </summary>
public sealed record ExtractedText(string Text, IReadOnlyDictionary<int, int> HeadingLevels)
{
    public static ExtractedText Plain(string text) => new(text, new Dictionary<int, int>());
}
