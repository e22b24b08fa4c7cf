using Referat.Import.Lines;

namespace Referat.Import.Recognition;

/// <summary>
/// How the document's text is laid out: hard-wrapped at a column (PDF extractions, which break every paragraph
/// into lines) or one paragraph per line (Word and HTML exports).
/// </summary>
public sealed record LayoutProfile(bool HardWrapped, int WrapWidth)
{
    public static LayoutProfile Measure(IReadOnlyList<Line> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank && !l.Text.Contains('\t')).Select(l => l.Text.TrimEnd().Length).Where(n => n >= 30).Order().ToList();
        if (lengths.Count < 10)
            return new LayoutProfile(false, int.MaxValue);
        var p90 = lengths[(int)(lengths.Count * 0.9)];
        var p98 = lengths[(int)(lengths.Count * 0.98)];
        var hardWrapped = p98 <= 160 && lengths.Count(n => n >= p90 * 0.75) >= lengths.Count * 0.4;
        return new LayoutProfile(hardWrapped, hardWrapped ? p90 : int.MaxValue);
    }
}
