namespace Referat.Publishing.Pdf;

/// <summary>Replaces characters the embedded font cannot draw (private-use glyphs, emoji) with "?".</summary>
internal static class PdfTextSanitizer
{
    public static string Clean(string text, PdfFontStyle style)
    {
        var widths = PdfFonts.Widths(style);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\t' or '\n' or '\r')
                chars[i] = ' ';
            else if (!widths.Supports(chars[i]))
                chars[i] = '?';
        }
        return new string(chars);
    }
}
