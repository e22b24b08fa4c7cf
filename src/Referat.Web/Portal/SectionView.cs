using Referat.Domain;

namespace Referat.Web.Portal;

/// <summary>A section's blocks with the money its item was read to have, so that a table shows its reading under it.</summary>
public sealed record SectionView(IReadOnlyList<Block> Blocks, ItemMoney Money)
{
    /// <summary>The appropriation or budget follow-up reading of a table of this section, or null.</summary>
    public object? ReadingOf(Block block) =>
        Money.Appropriations.Where(a => ReferenceEquals(a.Block, block)).Select(a => (object)a.Table)
            .Concat(Money.FollowUps.Where(f => ReferenceEquals(f.Block, block)).Select(f => (object)f.Table))
            .FirstOrDefault();
}
