using Referat.Import.Formats;

namespace Referat.Import;

/// <summary>
/// Reads a minutes file of any supported format (text, Markdown, PDF, HTML) into a <see cref="ParseResult"/>, or
/// fails with a <see cref="MinutesFormatException"/> that names the file and the problem. Never lets a damaged
/// document crash the caller.
/// </summary>
public sealed class DocumentReader(MinutesParser? parser = null, DocumentLimits? limits = null)
{
    public static long MaxBytes => DocumentLimits.Default.MaxBytes;

    private readonly MinutesParser _parser = parser ?? new MinutesParser();

    public DocumentLimits Limits { get; } = limits ?? DocumentLimits.Default;

    public ParseResult ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new MinutesFormatException(path, null, "file not found");
        if (info.Length > Limits.MaxBytes)
            throw new MinutesFormatException(path, null, $"file is {DocumentLimits.Megabytes(info.Length)}; the limit for one minutes document is {DocumentLimits.Megabytes(Limits.MaxBytes)}");
        return Read(path, File.ReadAllBytes(path));
    }

    public ParseResult Read(string source, byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new MinutesFormatException(source, null, "file is empty");
        if (bytes.LongLength > Limits.MaxBytes)
            throw new MinutesFormatException(source, null, $"document is larger than {DocumentLimits.Megabytes(Limits.MaxBytes)}, the limit for one minutes document");
        using var budget = ReadingBudget.Start(source, Limits);
        var format = Detect(source, bytes);
        var extractor = _parser.Pipeline.Extractors.FirstOrDefault(e => e.Reads(format))
                        ?? throw new MinutesFormatException(source, null, $"no reader for {format} documents");
        ExtractedText text;
        string encoding;
        try
        {
            (text, encoding) = extractor.Extract(source, bytes);
        }
        catch (MinutesFormatException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new MinutesFormatException(source, null, $"cannot read the {format.ToString().ToUpperInvariant()} document: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(text.Text))
            throw new MinutesFormatException(source, null, format == DocumentFormat.Pdf ? "the PDF has no extractable text (scanned image?)" : "file holds no text");
        try
        {
            return _parser.Parse(source, text, encoding);
        }
        catch (MinutesFormatException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new MinutesFormatException(source, null, $"the parser failed on this document: {e.GetType().Name}: {e.Message}", e);
        }
    }

    public static DocumentFormat Detect(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
            return DocumentFormat.Pdf;
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (extension == ".pdf")
            return DocumentFormat.Pdf;
        if (extension is ".html" or ".htm" or ".xhtml")
            return DocumentFormat.Html;
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\n', '\r', '\t').ToLowerInvariant();
        if (head.StartsWith("<!doctype html") || head.StartsWith("<html"))
            return DocumentFormat.Html;
        return extension == ".md" ? DocumentFormat.Markdown : DocumentFormat.Text;
    }
}
