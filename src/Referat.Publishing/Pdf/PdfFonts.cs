using System.Collections.Concurrent;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Referat.Publishing.Pdf;

public enum PdfFontStyle
{
    Regular,
    Bold,
}

/// <summary>
/// The embedded DejaVu Sans fonts and their glyph widths. PdfPig's standard 14 fonts are written with
/// StandardEncoding, which has no å/Å (and maps other Latin-1 letters wrongly), so the renderer embeds a TrueType
/// font through <see cref="PdfDocumentBuilder.AddTrueTypeFont"/>; PdfPig subsets it and writes a ToUnicode map, so
/// the text extracts again as written.
/// </summary>
internal sealed class PdfFonts
{
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("Referat.Publishing.DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("Referat.Publishing.DejaVuSans-Bold.ttf"));
    private static readonly Lazy<GlyphWidths> RegularWidths = new(() => new GlyphWidths(RegularBytes.Value));
    private static readonly Lazy<GlyphWidths> BoldWidths = new(() => new GlyphWidths(BoldBytes.Value));

    public static GlyphWidths Widths(PdfFontStyle style) => style == PdfFontStyle.Bold ? BoldWidths.Value : RegularWidths.Value;

    public static (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) AddTo(PdfDocumentBuilder builder) =>
        (builder.AddTrueTypeFont(RegularBytes.Value), builder.AddTrueTypeFont(BoldBytes.Value));

    private static byte[] Load(string name)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded font {name} is missing from Referat.Publishing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>Advance widths of one font at 1 pt, measured once per character; characters the font lacks are reported.</summary>
internal sealed class GlyphWidths
{
    private readonly PdfPageBuilder _page;
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly ConcurrentDictionary<char, double?> _widths = new();
    private readonly object _gate = new();

    public GlyphWidths(byte[] fontBytes)
    {
        var builder = new PdfDocumentBuilder();
        _font = builder.AddTrueTypeFont(fontBytes);
        _page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
    }

    public bool Supports(char c) => Width(c) is not null;

    public double Measure(string text, double size)
    {
        double total = 0;
        foreach (var c in text)
            total += Width(c) ?? Width('?') ?? 0.5;
        return total * size;
    }

    private double? Width(char c) => _widths.GetOrAdd(c, key =>
    {
        lock (_gate)
        {
            try
            {
                var letters = _page.MeasureText(key.ToString(), 100, new PdfPoint(0, 0), _font);
                return letters.Count == 0 ? 0 : (letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X) / 100.0;
            }
            catch (Exception)
            {
                return null;
            }
        }
    });
}
