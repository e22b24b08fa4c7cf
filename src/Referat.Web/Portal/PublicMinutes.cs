using Referat.Domain;

namespace Referat.Web.Portal;

/// <summary>
/// Minutes as the public may see them: a closed item keeps its number, order and title ("Lukket punkt" when the
/// municipality publishes no titles) and loses everything else: sections, case number, competence, decisions (with
/// their votes and absences) and attachments.
/// </summary>
public static class PublicMinutes
{
    public const string ClosedTitle = "Lukket punkt";

    public static MinutesDocument Of(MinutesDocument minutes, bool showClosedTitles) => minutes with
    {
        TableOfContents = [],
        AttachmentsPart = [],
        Items = minutes.Items.Select(i => i.IsClosed ? Closed(i, showClosedTitles) : i).ToList(),
    };

    private static AgendaItem Closed(AgendaItem item, bool showTitle) => new()
    {
        Number = item.Number,
        Order = item.Order,
        Title = ClosedItemTitle(item.Title, showTitle),
        IsClosed = true,
    };

    public static string ClosedItemTitle(string title, bool showTitle) => showTitle ? title : ClosedTitle;
}
