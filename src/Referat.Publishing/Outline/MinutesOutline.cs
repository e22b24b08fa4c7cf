using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>An agenda item laid out: its heading, its title as the table of contents prints it, and its blocks.</summary>
public sealed record ItemOutline(AgendaItem Item, string ContentsTitle, IReadOnlyList<OutlineBlock> Blocks);

/// <summary>The whole document laid out: header blocks, items, and what follows the last item.</summary>
public sealed record MinutesOutline(IReadOnlyList<OutlineBlock> Header, IReadOnlyList<ItemOutline> Items, IReadOnlyList<OutlineBlock> Tail)
{
    public static MinutesOutline Build(MinutesDocument minutes)
    {
        var items = minutes.Items.Select((item, index) => ItemLayout.Build(item, index)).ToList();
        return new MinutesOutline(HeaderLayout.Build(minutes.Meeting), items, TailLayout.Build(minutes));
    }
}
