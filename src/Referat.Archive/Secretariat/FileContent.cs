using System.IO.Compression;
using Referat.Import;
using Referat.Import.Formats;

namespace Referat.Archive.Secretariat;

/// <summary>
/// What an uploaded file is, by its content, never by its name: PDF, PNG, JPEG, and the Word and Excel documents
/// (zip packages holding word/ or xl/). Anything else is refused.
/// </summary>
public static class FileContent
{
    public const int MaxBytes = 25 * 1024 * 1024;

    /// <summary>
    /// Why a file of a known kind is still refused, in Danish, or null: a PDF whose compressed streams inflate beyond the
    /// document limit, an Office package whose parts unpack beyond it (a "zip bomb").
    /// </summary>
    public static string? Refusal(byte[] data, string fileName)
    {
        var limit = DocumentLimits.Default.MaxDecompressedBytes;
        var refused = $"Filen \"{fileName}\" pakker sig ud til mere end {DocumentLimits.Megabytes(limit)} og afvises.";
        if (data.AsSpan().StartsWith("%PDF-"u8))
        {
            try
            {
                PdfStreams.CheckInflatedSize(fileName, data, limit);
            }
            catch (MinutesFormatException)
            {
                return refused;
            }
            return null;
        }
        if (data.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > limit)
                return refused;
        }
        return null;
    }

    public static (string MimeType, string Extension)? Detect(byte[] data)
    {
        ReadOnlySpan<byte> head = data.AsSpan(0, Math.Min(data.Length, 8));
        if (head.StartsWith("%PDF-"u8))
            return ("application/pdf", ".pdf");
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return ("image/png", ".png");
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
            return ("image/jpeg", ".jpg");
        if (head.StartsWith("PK\u0003\u0004"u8))
            return Package(data);
        return null;
    }

    private static (string, string)? Package(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
                return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
