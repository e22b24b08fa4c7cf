using System.Security.Cryptography;
using System.Text;

namespace Referat.Publishing.Pdf;

/// <summary>
/// PdfPig writes a random file identifier into the trailer. Replacing it (same length, so no offset moves) with a
/// hash of the document makes the same minutes always give the same bytes: stable ETags, reproducible test corpora.
/// </summary>
internal static class DeterministicPdfId
{
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("/ID [ <");

    public static byte[] Apply(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf(Marker);
        if (at < 0)
            return pdf;
        var first = at + Marker.Length;
        var firstEnd = Array.IndexOf(pdf, (byte)'>', first);
        var second = firstEnd < 0 ? -1 : Array.IndexOf(pdf, (byte)'<', firstEnd);
        var secondEnd = second < 0 ? -1 : Array.IndexOf(pdf, (byte)'>', second);
        if (secondEnd < 0)
            return pdf;
        var hash = Convert.ToHexString(SHA256.HashData(pdf.AsSpan(0, at)));
        Write(pdf, first, firstEnd, hash);
        Write(pdf, second + 1, secondEnd, hash);
        return pdf;
    }

    private static void Write(byte[] pdf, int start, int end, string hex)
    {
        for (var i = start; i < end; i++)
            pdf[i] = (byte)hex[(i - start) % hex.Length];
    }
}
