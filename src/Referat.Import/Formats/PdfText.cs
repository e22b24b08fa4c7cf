using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Referat.Import.Formats;

/// <summary>Extracts the text of a PDF page by page in reading order, pages separated by form feeds.</summary>
public static class PdfText
{
    public static string Extract(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            if (text.Length > 0)
                text.Append("\n\f");
            text.Append(ContentOrderTextExtractor.GetText(page));
        }
        return text.ToString();
    }
}
