namespace Referat.Domain;

/// <summary>Whether the titles of closed items are published: the municipality decides (a setting of the body).</summary>
public enum ClosedItemTitles
{
    /// <summary>A closed item is listed under its own title ("Lukket punkt: Salg af grund").</summary>
    Published,

    /// <summary>A closed item is listed as "Lukket punkt" only.</summary>
    Withheld,
}

/// <summary>
/// What of the minutes may leave the server: the one place every output asks (portal, feeds, calendars, OParl, exports,
/// search index, PDFs, CLI). A closed item (lukket punkt) keeps its number and order, and its title as
/// <see cref="ClosedItemTitles"/> says; everything else of it stays on the server: sections, case number, competence,
/// decisions (with votes and absences) and attachments. Where titles are withheld, the table of contents names a closed
/// item "Lukket punkt" too; the attachments part of a meeting with closed items is not published (its documents cannot
/// be told apart by item).
/// </summary>
public sealed record PublicationPolicy(ClosedItemTitles ClosedItemTitles = ClosedItemTitles.Published)
{
    /// <summary>What a closed item is called where its title is withheld.</summary>
    public const string ClosedItemText = "Lukket punkt";

    public static PublicationPolicy Default { get; } = new();

    /// <summary>The title an item is shown with.</summary>
    public string TitleOf(AgendaItem item) => TitleOf(item.Title, item.IsClosed);

    /// <summary>The title an item with this printed title is shown with.</summary>
    public string TitleOf(string title, bool isClosed) =>
        !isClosed || ClosedItemTitles == ClosedItemTitles.Published && !string.IsNullOrWhiteSpace(title) ? title : ClosedItemText;

    /// <summary>Whether a closed item's title is shown at all (else it is "Lukket punkt").</summary>
    public bool ShowsClosedTitles => ClosedItemTitles == ClosedItemTitles.Published;

    /// <summary>The item as the public may see it.</summary>
    public AgendaItem Publish(AgendaItem item) => !item.IsClosed ? item : new AgendaItem
    {
        Number = item.Number,
        Order = item.Order,
        Title = TitleOf(item),
        IsClosed = true,
    };

    /// <summary>The minutes as the public may see them.</summary>
    public MinutesDocument Publish(MinutesDocument minutes)
    {
        if (!minutes.Items.Any(i => i.IsClosed))
            return minutes;
        var closed = minutes.Items.Where(i => i.IsClosed).Select(i => Names.Normalise(i.Title)).Where(t => t.Length > 0).ToList();
        return minutes with
        {
            TableOfContents = ShowsClosedTitles ? minutes.TableOfContents
                : minutes.TableOfContents.Select(e => closed.Any(t => Mentions(e.Title, t)) ? e with { Title = ClosedItemText } : e).ToValueList(),
            AttachmentsPart = [],
            Items = minutes.Items.Select(Publish).ToValueList(),
        };
    }

    /// <summary>A table-of-contents title that is (the start of) a closed item's title, or holds it.</summary>
    private static bool Mentions(string tocTitle, string closedTitle)
    {
        var entry = Names.Normalise(tocTitle);
        return entry.Length > 0 && (closedTitle.Contains(entry, StringComparison.Ordinal) || entry.Contains(closedTitle, StringComparison.Ordinal));
    }
}
