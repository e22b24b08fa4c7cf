using Referat.Domain;
using Referat.Import.Decoding;
using Referat.Import.Formats;
using Referat.Storage.Rows;

namespace Referat.Archive.Search;

/// <summary>
/// The text of an attachment file the archive holds, for the search index: PDF through PdfPig, HTML through AngleSharp,
/// plain text through the import's decoder (UTF-8, Windows-1252). Other formats (images, Office files) and files that
/// cannot be read give null: a broken attachment must not stop the index from being built.
/// </summary>
public static class AttachmentText
{
    /// <summary>An attachment's text is cut here: the index is for finding it, not for holding a 500-page appendix whole.</summary>
    public const int MaxLength = 200_000;

    public static string? Extract(FileRow file)
    {
        if (file.Data is not { Length: > 0 } data)
            return null;
        var mime = (file.MimeType ?? "").ToLowerInvariant();
        var name = (file.FileName ?? "").ToLowerInvariant();
        // an uploaded file is read within the same limits as an imported document
        using var budget = ReadingBudget.Start(file.FileName ?? file.Name, DocumentLimits.Default);
        try
        {
            string? text = null;
            if (mime == "application/pdf" || name.EndsWith(".pdf", StringComparison.Ordinal) || data.AsSpan().StartsWith("%PDF-"u8))
                text = PdfText.Extract(data);
            else if (mime.Contains("html", StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal))
                text = HtmlText.Extract(TextDecoder.Decode(data).Text);
            else if (mime.StartsWith("text/", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal))
            {
                var decoded = TextDecoder.Decode(data);
                text = TextDecoder.LooksBinary(data, decoded.Text) ? null : decoded.Text;
            }
            if (string.IsNullOrWhiteSpace(text))
                return null;
            return text.Length > MaxLength ? text[..MaxLength] : text;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // an unreadable file: indexed by its title only
        }
    }

    /// <summary>The minutes with each public item's attachments carrying the text of their archived files.</summary>
    public static MinutesDocument WithTexts(MinutesDocument minutes, MeetingRow meeting)
    {
        var files = meeting.AgendaItems.Where(i => !i.Deleted && i.Public)
            .GroupBy(i => i.Order).ToDictionary(g => g.Key, g => g.First().Files.Where(f => !f.Deleted).OrderBy(f => f.Order).ToList());
        return minutes with
        {
            Items = minutes.Items.Select(item => item.IsClosed || !files.TryGetValue(item.Order, out var itemFiles) || itemFiles.Count != item.Attachments.Count
                ? item
                : item with { Attachments = item.Attachments.Select((a, k) => a with { Text = Extract(itemFiles[k]) }).ToList() }).ToList(),
        };
    }
}
