using Referat.Domain;
using Referat.Publishing;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (e), a PDF printed by the secretariat's renderer (<see cref="MinutesPdfRenderer"/>). Until that renderer is
/// implemented it throws <see cref="NotImplementedException"/>; this writer then raises
/// <see cref="LayoutUnavailableException"/> and the corpus is written without PDFs.
/// </summary>
public sealed class PdfLayoutWriter : ILayoutWriter
{
    public string Name => "pdf";
    public string Extension => ".pdf";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        byte[] bytes;
        IReadOnlyList<Domain.TocEntry> contents;
        try
        {
            (bytes, contents) = MinutesPdfRenderer.RenderWithContents(meeting.Minutes);
        }
        catch (NotImplementedException e)
        {
            throw new LayoutUnavailableException("PDF output skipped: Referat.Publishing.MinutesPdfRenderer is not implemented yet", e);
        }
        // The renderer prints the whole model; what it prints is the truth (no damage: a PDF is not text), with the
        // table of contents as printed: the pages where the items really start.
        return new WrittenDocument(bytes, meeting.Minutes with { AttachmentsPart = [], TableOfContents = contents.ToValueList() }, new DamageReport());
    }
}

public sealed class LayoutUnavailableException(string message, Exception inner) : Exception(message, inner);
