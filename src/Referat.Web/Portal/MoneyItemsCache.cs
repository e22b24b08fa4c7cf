using System.Collections.Concurrent;
using Referat.Archive.Queries;
using Referat.Storage;
using Referat.Web.Feeds;

namespace Referat.Web.Portal;

/// <summary>
/// The money of the archive's items (<see cref="AppropriationQueries.Items"/>) reads every meeting: the Økonomi pages
/// keep it per organization while the archive's version stamp stays the same, and for at most
/// <see cref="WebOptions.MoneyOverviewRefresh"/> when only the stamp moved (an import adding meetings shows a little
/// later); never once what is redacted changed (<see cref="Storage.Privacy.PublicRedactions.Version"/>). Concurrent
/// requests wait for one reading instead of each doing their own.
/// </summary>
public sealed class MoneyItemsCache(WebOptions options, TimeProvider clock)
{
    private sealed record Entry(string Stamp, string Redactions, DateTimeOffset Read, IReadOnlyList<ItemMoneyRecord> Items);

    private readonly ConcurrentDictionary<long, Entry> _items = new();
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gates = new();

    private bool Fresh(Entry? entry, string stamp, string redactions) =>
        entry is not null && entry.Redactions == redactions && (entry.Stamp == stamp || clock.GetUtcNow() - entry.Read < options.MoneyOverviewRefresh);

    public IReadOnlyList<ItemMoneyRecord> Items(ArchiveContext db, long? organization)
    {
        var key = organization ?? 0;
        var stamp = FeedQueries.Stamp(db).Tag;
        var redactions = db.PublicRedactions?.Version ?? "";
        if (_items.TryGetValue(key, out var known) && Fresh(known, stamp, redactions))
            return known.Items;
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        gate.Wait();
        try
        {
            if (_items.TryGetValue(key, out known) && Fresh(known, stamp, redactions))
                return known.Items;
            var items = new AppropriationQueries(db).Items(organization);
            _items[key] = new Entry(stamp, redactions, clock.GetUtcNow(), items);
            return items;
        }
        finally
        {
            gate.Release();
        }
    }
}
