using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>An agenda item laid out: its heading, its title as the table of contents prints it, and its blocks.</summary>
public sealed record ItemOutline(AgendaItem Item, string ContentsTitle, IReadOnlyList<OutlineBlock> Blocks);

/// <summary>
/// A line of the minutes' own table of contents: its title, the page it records (null where the minutes were written
/// here and the page is the one the item lands on), and the item it points to.
/// </summary>
public sealed record ContentsEntry(string Title, int? Page, int? ItemIndex);

/// <summary>The whole document laid out: header blocks, the table of contents, items, and what follows the last item.</summary>
public sealed record MinutesOutline(IReadOnlyList<OutlineBlock> Header, IReadOnlyList<ItemOutline> Items, IReadOnlyList<OutlineBlock> Tail)
{
    /// <summary>The minutes' table of contents; empty when they have none (then none is printed).</summary>
    public IReadOnlyList<ContentsEntry> Contents { get; init; } = [];

    public static MinutesOutline Build(MinutesDocument minutes)
    {
        var items = minutes.Items.Select((item, index) => ItemLayout.Build(item, index)).ToList();
        return new MinutesOutline(HeaderLayout.Build(minutes.Meeting, HeaderLayout.IsAgenda(minutes)), items, TailLayout.Build(minutes)) { Contents = ContentsOf(minutes) };
    }

    /// <summary>Each entry with its item: by position when there is one entry per item, else by the printed number.</summary>
    private static List<ContentsEntry> ContentsOf(MinutesDocument minutes)
    {
        var toc = minutes.TableOfContents.Where(e => e.Title.Trim().Length > 0).ToList();
        var items = minutes.Items;
        return toc.Select((entry, k) => new ContentsEntry(entry.Title, entry.Page,
            toc.Count == items.Count ? k
            : entry.Number is { Length: > 0 } number && items.ToList().FindIndex(i => i.Number == number) is >= 0 and var found ? found
            : null)).ToList();
    }
}
