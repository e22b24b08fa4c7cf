using System.IO.Compression;

namespace Referat.Import.Formats;

/// <summary>
/// How much a PDF's Flate-compressed streams inflate to, measured before the PDF library reads them: a "zip bomb"
/// stream of a few kilobytes that inflates to gigabytes is refused with the limit's message instead of exhausting
/// memory. The streams are inflated into a counter, never kept.
/// </summary>
public static class PdfStreams
{
    private static ReadOnlySpan<byte> StreamKeyword => "stream"u8;
    private static ReadOnlySpan<byte> EndKeyword => "endstream"u8;

    /// <exception cref="MinutesFormatException">The streams together inflate to more than <paramref name="limit"/> bytes.</exception>
    public static long CheckInflatedSize(string source, byte[] pdf, long limit)
    {
        long total = 0;
        var buffer = new byte[81920];
        var at = 0;
        while (true)
        {
            var found = pdf.AsSpan(at).IndexOf(StreamKeyword);
            if (found < 0)
                return total;
            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            // "endstream" also contains "stream"; a stream's data starts after "stream" and its line break
            if (keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
                continue;
            var data = at;
            if (data < pdf.Length && pdf[data] == '\r')
                data++;
            if (data < pdf.Length && pdf[data] == '\n')
                data++;
            else if (data == at)
                continue;   // the word "stream" elsewhere, not the keyword
            if (!IsFlate(pdf, keyword))
                continue;
            var end = pdf.AsSpan(data).IndexOf(EndKeyword);
            var length = end < 0 ? pdf.Length - data : end;
            ReadingBudget.Check("while measuring the PDF's compressed streams");
            total += Inflated(pdf, data, length, buffer, limit - total, source, limit);
            at = data + length;
        }
    }

    /// <summary>Whether the stream's dictionary (just before the keyword) names the Flate filter.</summary>
    private static bool IsFlate(byte[] pdf, int keyword)
    {
        var from = Math.Max(0, keyword - 1024);
        var dictionary = pdf.AsSpan(from, keyword - from);
        var open = dictionary.LastIndexOf("<<"u8);
        return open >= 0 && (dictionary[open..].IndexOf("/FlateDecode"u8) >= 0 || dictionary[open..].IndexOf("/Fl"u8) >= 0);
    }

    private static long Inflated(byte[] pdf, int start, int length, byte[] buffer, long left, string source, long limit)
    {
        long count = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                count += read;
                if (count > left)
                    throw new MinutesFormatException(source, null,
                        $"the PDF's compressed streams inflate to more than {DocumentLimits.Megabytes(limit)}, the limit for one document (a \"zip bomb\"?); the document cannot be read");
            }
        }
        catch (InvalidDataException)
        {
            // a damaged stream: the PDF library decides what it can read of it
        }
        return count;
    }
}
