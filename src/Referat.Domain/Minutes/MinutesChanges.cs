namespace Referat.Domain;

/// <summary>
/// A short account of what a new version of a meeting's minutes changes: items and decisions added, removed and
/// changed. Items are matched by their printed number (and occurrence, should a number repeat); decisions by position
/// within a matched item.
/// </summary>
public static class MinutesChanges
{
    public static string Describe(IReadOnlyList<AgendaItem> before, IReadOnlyList<AgendaItem> after)
    {
        var old = Key(before.OrderBy(i => i.Order));
        var @new = Key(after.OrderBy(i => i.Order));

        int itemsAdded = 0, itemsRemoved = 0, decisionsAdded = 0, decisionsRemoved = 0, decisionsChanged = 0;
        var changedItems = new List<string>();
        foreach (var (key, item) in @new)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                itemsAdded++;
                decisionsAdded += item.Decisions.Count;
                continue;
            }
            var common = Math.Min(previous.Decisions.Count, item.Decisions.Count);
            var changedHere = Enumerable.Range(0, common).Count(i => previous.Decisions[i] != item.Decisions[i]);
            decisionsChanged += changedHere;
            decisionsAdded += Math.Max(0, item.Decisions.Count - previous.Decisions.Count);
            decisionsRemoved += Math.Max(0, previous.Decisions.Count - item.Decisions.Count);
            if (changedHere > 0 || previous.Decisions.Count != item.Decisions.Count || previous with { Decisions = [] } != item with { Decisions = [] })
                changedItems.Add(item.Number);
        }
        foreach (var (key, item) in old)
        {
            if (@new.ContainsKey(key))
                continue;
            itemsRemoved++;
            decisionsRemoved += item.Decisions.Count;
        }

        if (itemsAdded + itemsRemoved + changedItems.Count == 0)
            return "nyt dokument, samme indhold";
        var changed = changedItems.Count == 0 ? "" : $" ({string.Join(", ", changedItems)})";
        return $"punkter: {itemsAdded} tilføjet, {itemsRemoved} fjernet, {changedItems.Count} ændret{changed}; "
            + $"beslutninger: {decisionsAdded} tilføjet, {decisionsRemoved} fjernet, {decisionsChanged} ændret";
    }

    private static Dictionary<string, AgendaItem> Key(IEnumerable<AgendaItem> items)
    {
        var result = new Dictionary<string, AgendaItem>();
        var seen = new Dictionary<string, int>();
        foreach (var item in items)
        {
            var n = seen[item.Number] = seen.GetValueOrDefault(item.Number) + 1;
            // The order is the item's place, not its content: an item moved in the list is the same item.
            result[n == 1 ? item.Number : $"{item.Number}#{n}"] = item with { Order = 0 };
        }
        return result;
    }
}
