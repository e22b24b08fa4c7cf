using Referat.Domain;
using StoredItem = Referat.Storage.Entities.AgendaItem;
using DomainItem = Referat.Domain.AgendaItem;

namespace Referat.Storage;

/// <summary>
/// A short account of what a new version of a meeting changes: items and decisions added, removed and changed.
/// Items are matched by their printed number (and occurrence, should a number repeat); decisions by position
/// within a matched item.
/// </summary>
public static class ChangeSummary
{
    public static string Describe(IReadOnlyList<StoredItem> before, IReadOnlyList<DomainItem> after)
    {
        var old = Key(before.OrderBy(i => i.Order).Select(i => (i.Number, Item: i)));
        var @new = Key(after.OrderBy(i => i.Order).Select(i => (i.Number, Item: i)));

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
            var oldDecisions = previous.Decisions.OrderBy(d => d.Order).Select(d => Fingerprint(d.BodyName, d.Date, d.Text, d.Outcome, d.Points)).ToList();
            var newDecisions = item.Decisions.Select(d => Fingerprint(d.Body, d.Date, d.Text, d.Outcome, Points(d.Points))).ToList();
            var common = Math.Min(oldDecisions.Count, newDecisions.Count);
            var changedHere = Enumerable.Range(0, common).Count(i => oldDecisions[i] != newDecisions[i]);
            decisionsChanged += changedHere;
            decisionsAdded += Math.Max(0, newDecisions.Count - oldDecisions.Count);
            decisionsRemoved += Math.Max(0, oldDecisions.Count - newDecisions.Count);
            if (changedHere > 0 || oldDecisions.Count != newDecisions.Count || Fingerprint(previous) != Fingerprint(item))
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

    private static Dictionary<string, T> Key<T>(IEnumerable<(string Number, T Item)> items)
    {
        var result = new Dictionary<string, T>();
        var seen = new Dictionary<string, int>();
        foreach (var (number, item) in items)
        {
            var n = seen[number] = seen.GetValueOrDefault(number) + 1;
            result[n == 1 ? number : $"{number}#{n}"] = item;
        }
        return result;
    }

    private static string? Points(IReadOnlyList<int> points) => points.Count == 0 ? null : string.Join(',', points);

    private static string Fingerprint(string? body, DateOnly? date, string text, DecisionOutcome outcome, string? points) =>
        string.Join('\u001f', body, date, text, outcome, points);

    private static string Fingerprint(StoredItem item) => string.Join('\u001e',
        item.Name, item.Types, item.Public, item.CaseNumber,
        string.Join('\u001f', item.Sections.OrderBy(s => s.Order).Select(s => s.Heading + "\u001d" + s.Text)),
        string.Join('\u001f', item.CompetenceSteps.OrderBy(s => s.Order).Select(s => s.Text)),
        string.Join('\u001f', item.Files.OrderBy(f => f.Order).Select(f => f.Name)));

    private static string Fingerprint(DomainItem item) => string.Join('\u001e',
        item.Title, item.Types.Count == 0 ? null : string.Join("; ", item.Types), !item.IsClosed, item.CaseNumber?.Text,
        string.Join('\u001f', item.Sections.Select(s => s.Heading + "\u001d" + s.PlainText)),
        string.Join('\u001f', item.Competence.Select(s => s.Text)),
        string.Join('\u001f', item.Attachments.Select(a => a.Title)));
}
