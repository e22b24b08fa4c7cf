using Referat.Import.Decoding;

namespace Referat.Import.Formats;

/// <summary>The text of one document as a format's extractor gave it, and the encoding (or format) it was read in.</summary>
public sealed record Extraction(ExtractedText Text, string Encoding);

/// <summary>
/// Turns a document of one format into text lines. Asked in order (<see cref="Pipeline.MinutesPipelineBuilder.Extractors"/>);
/// the first that reads the format is used. Extension point: a new format is a new extractor.
/// </summary>
public interface ITextExtractor
{
    bool Reads(DocumentFormat format);

    /// <exception cref="MinutesFormatException">The bytes cannot be read in this format.</exception>
    Extraction Extract(string source, byte[] bytes);
}

/// <summary>PDF through PdfPig, with heading marks from font size and weight (<see cref="PdfText"/>).</summary>
public sealed class PdfExtractor : ITextExtractor
{
    public bool Reads(DocumentFormat format) => format == DocumentFormat.Pdf;

    public Extraction Extract(string source, byte[] bytes) => new(PdfText.Read(bytes, source), "pdf");
}

/// <summary>HTML through AngleSharp, read as a document (<see cref="HtmlText"/>).</summary>
public sealed class HtmlExtractor : ITextExtractor
{
    public bool Reads(DocumentFormat format) => format == DocumentFormat.Html;

    public Extraction Extract(string source, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return new(HtmlText.Read(decoded.Text, source), decoded.Encoding);
    }
}

/// <summary>Text and Markdown in any of the encodings <see cref="TextDecoder"/> recognises; a binary file is refused.</summary>
public sealed class PlainTextExtractor : ITextExtractor
{
    public bool Reads(DocumentFormat format) => format is DocumentFormat.Text or DocumentFormat.Markdown;

    public Extraction Extract(string source, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (TextDecoder.LooksBinary(bytes, decoded.Text))
            throw new MinutesFormatException(source, null, "file is binary, not text, PDF or HTML");
        return new(ExtractedText.Plain(decoded.Text), decoded.Encoding);
    }
}
