using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Queries;

/// <summary>An appropriation line where it stands: its meeting, item, status, and the warnings of its table.</summary>
public sealed record AppropriationRecord(
    long MeetingId, string Committee, DateOnly Date, string ItemNumber, string ItemTitle, AppropriationStatus Status,
    AppropriationLine Line, IReadOnlyList<string> Warnings);

/// <summary>A public item with money in it, where it stands.</summary>
public sealed record ItemMoneyRecord(long MeetingId, string Committee, DateOnly Date, AgendaItem Item, AppropriationStatus Status, ItemMoney Money);

/// <summary>
/// The appropriations of the archive: every table of a public item that reads as an appropriation table
/// (<see cref="AppropriationReader"/>; the paragraphs beside it may name the unit), with the item's status by its chain.
/// </summary>
public sealed class AppropriationQueries(ArchiveContext db)
{
    public IReadOnlyList<AppropriationRecord> Lines(string? committee = null, int? year = null, bool grantedOnly = false) =>
        Lines(committee is null ? null : new ArchiveQueries(db).FindOrganization(committee).Id, year, grantedOnly);

    /// <summary>The lines of one organization's meetings (all when <paramref name="organization"/> is null).</summary>
    public IReadOnlyList<AppropriationRecord> Lines(long? organization, int? year = null, bool grantedOnly = false) =>
        Items(organization).SelectMany(LinesOf)
            .Where(r => year is null || r.Line.Amounts.Any(a => a.Year == year))
            .Where(r => !grantedOnly || r.Status == AppropriationStatus.Granted)
            .ToList();

    /// <summary>The appropriation lines of one item, each with where it stands.</summary>
    public static IEnumerable<AppropriationRecord> LinesOf(ItemMoneyRecord item) =>
        item.Money.Appropriations.SelectMany(a => a.Table.Lines.Select(line =>
            new AppropriationRecord(item.MeetingId, item.Committee, item.Date, item.Item.Number, item.Item.Title, item.Status, line, a.Table.Warnings)));

    /// <summary>The public items of one organization's meetings (all when null) that have money in them, read as
    /// data, with the committees their tables name by abbreviation resolved to the archive's organizations.</summary>
    public IReadOnlyList<ItemMoneyRecord> Items(long? organization = null)
    {
        var policy = new ArchiveQueries(db).Policy;
        var names = db.OrganizationNames.AsNoTracking().Select(n => new { n.OrganizationId, n.Name }).AsEnumerable()
            .Concat(db.Organizations.AsNoTracking().Select(o => new { OrganizationId = o.Id, o.Name }))
            .GroupBy(n => n.OrganizationId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Name).Distinct().ToList());
        // in chunks, as the exports read: the whole archive is never in memory at once
        var ids = db.Meetings.AsNoTracking().Where(m => !m.Deleted && (organization == null || m.OrganizationId == organization))
            .OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => m.Id).ToList();
        var records = new List<ItemMoneyRecord>();
        foreach (var meeting in ids.Chunk(100).SelectMany(chunk => StoredMinutes.WithContent(db.Meetings.AsNoTracking().Where(m => chunk.Contains(m.Id)))
                     .AsSplitQuery().AsEnumerable().OrderBy(m => m.Date).ThenBy(m => m.Id)))
        {
            var minutes = policy.Publish(StoredMinutes.ToDomain(meeting));
            foreach (var item in minutes.Items.Where(i => !i.IsClosed))
            {
                var money = ItemMoney.Of(item);
                if (money.IsEmpty)
                    continue;
                money = money with { Appropriations = money.Appropriations.Select(a => (a.Block, Resolved(a.Table, meeting.OrganizationId, names))).ToList() };
                records.Add(new ItemMoneyRecord(meeting.Id, meeting.Committee, meeting.Date, item, StatusOf(item, meeting.Organization.Name, meeting.Date), money));
            }
        }
        return records;
    }

    /// <summary>"BSU" as the organization it stands for: the meeting's own body when it matches, else the one
    /// organization of the archive that does; kept as printed when none or several do.</summary>
    private static AppropriationTable Resolved(AppropriationTable table, long ownBody, Dictionary<long, IReadOnlyList<string>> names)
    {
        IReadOnlyList<string> own = names.GetValueOrDefault(ownBody) ?? [];
        var others = names.Where(n => n.Key != ownBody).Select(n => n.Value).ToList();
        return table with
        {
            Lines = table.Lines.Select(line => line.Committee is { } printed && CommitteeAbbreviations.IsAbbreviation(printed)
                ? line with { Committee = CommitteeAbbreviations.Resolve(printed, [own]) ?? CommitteeAbbreviations.Resolve(printed, others) ?? printed }
                : line).ToValueList(),
        };
    }

    /// <summary>Granted when the body that decides by the item's chain (this meeting's body when the chain names none)
    /// approved it at this meeting; recommended when this body recommended it on; else proposed.</summary>
    public static AppropriationStatus StatusOf(AgendaItem item, string body, DateOnly date)
    {
        var own = item.OwnDecision(body, date);
        if (own is null)
            return AppropriationStatus.Proposed;
        var decider = item.Competence.LastOrDefault(c => c.Role == CompetenceRole.Decides)?.Body;
        var decides = decider is null || Names.Normalise(CommitteeNames.Display(decider)) == Names.Normalise(CommitteeNames.Display(body));
        return own.Outcome switch
        {
            DecisionOutcome.Approved when decides => AppropriationStatus.Granted,
            DecisionOutcome.Approved or DecisionOutcome.Recommended => AppropriationStatus.Recommended,
            _ => AppropriationStatus.Proposed,
        };
    }
}
