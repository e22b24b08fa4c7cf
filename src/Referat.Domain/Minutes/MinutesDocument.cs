namespace Referat.Domain;

/// <summary>
/// Everything one published minutes document (referat / beslutningsprotokol) says about one meeting: the model a
/// parse produces, the archive stores without loss and gives back, and the renderers write.
/// </summary>
public sealed record MinutesDocument
{
    public required MeetingHeader Meeting { get; init; }
    public ValueList<TocEntry> TableOfContents { get; init; } = [];
    public ValueList<AgendaItem> Items { get; init; } = [];

    /// <summary>
    /// The attachments part of a meeting package: the attached documents printed after the last item.
    /// Kept apart from the items so that their text is never mistaken for an item's.
    /// </summary>
    public ValueList<AttachedDocument> AttachmentsPart { get; init; } = [];
}

/// <summary>One line of the table of contents: the title as printed there, its page, and its item number where printed.</summary>
public sealed record TocEntry(string Title, int? Page, string? Number = null);

/// <summary>A document printed in the attachments part of a meeting package.</summary>
public sealed record AttachedDocument(string Title, string Text);
