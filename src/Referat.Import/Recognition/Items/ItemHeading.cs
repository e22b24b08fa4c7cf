namespace Referat.Import.Recognition.Items;

/// <summary>Where an agenda item starts: its number as printed, the raw title (tags still attached) and the lines it took.</summary>
public sealed record ItemHeading(string Number, string RawTitle, int StartIndex, int EndIndex);

/// <summary>What the scan knows when it asks a rule whether a line opens an item.</summary>
public sealed record ItemScanState(int ItemsSoFar, string? LastNumber, int? LastListNumber, bool LayoutUsesSagNr);

/// <summary>
/// One way minutes mark the start of an agenda item. Rules are tried in order; the first that matches wins.
/// Extension point: a new municipality's layout is a new rule, not a branch in the parser.
/// </summary>
public interface IItemHeadingRule
{
    ItemHeading? TryMatch(IReadOnlyList<Lines.Line> lines, int index, ItemScanState state);
}
