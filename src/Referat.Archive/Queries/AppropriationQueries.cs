using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Reading;

namespace Referat.Archive.Queries;

/// <summary>An appropriation line where it stands: its meeting, item, status, and the warnings of its table.</summary>
public sealed record AppropriationRecord(
    long MeetingId, string Committee, DateOnly Date, string ItemNumber, string ItemTitle, AppropriationStatus Status,
    AppropriationLine Line, IReadOnlyList<string> Warnings);

/// <summary>
/// The appropriations of the archive: every table of a public item that reads as an appropriation table
/// (<see cref="AppropriationReader"/>; the paragraphs beside it may name the unit), with the item's status by its chain.
/// </summary>
public sealed class AppropriationQueries(ArchiveContext db)
{
    public IReadOnlyList<AppropriationRecord> Lines(string? committee = null, int? year = null, bool grantedOnly = false) =>
        Lines(committee is null ? null : new ArchiveQueries(db).FindOrganization(committee).Id, year, grantedOnly);

    /// <summary>The lines of one organization's meetings (all when <paramref name="organization"/> is null).</summary>
    public IReadOnlyList<AppropriationRecord> Lines(long? organization, int? year = null, bool grantedOnly = false)
    {
        var policy = new ArchiveQueries(db).Policy;
        var meetings = StoredMinutes.WithContent(db.Meetings.AsNoTracking().Where(m => !m.Deleted && (organization == null || m.OrganizationId == organization)))
            .AsSplitQuery().OrderBy(m => m.Date).ThenBy(m => m.Id).ToList();
        var records = new List<AppropriationRecord>();
        foreach (var meeting in meetings)
        {
            var minutes = policy.Publish(StoredMinutes.ToDomain(meeting));
            foreach (var item in minutes.Items.Where(i => !i.IsClosed))
            {
                var status = StatusOf(item, meeting.Organization.Name, meeting.Date);
                foreach (var section in item.Sections)
                    for (var b = 0; b < section.Blocks.Count; b++)
                    {
                        if (section.Blocks[b] is not TableBlock table)
                            continue;
                        var note = string.Join(" ", new[] { b - 1, b + 1 }.Where(i => i >= 0 && i < section.Blocks.Count && section.Blocks[i] is Paragraph)
                            .Select(i => ((Paragraph)section.Blocks[i]).Text));
                        if (AppropriationReader.Read(table.Table, note) is not { } read)
                            continue;
                        records.AddRange(read.Lines.Select(line => new AppropriationRecord(meeting.Id, meeting.Committee, meeting.Date, item.Number, item.Title, status, line, read.Warnings)));
                    }
            }
        }
        return records
            .Where(r => year is null || r.Line.Amounts.Any(a => a.Year == year))
            .Where(r => !grantedOnly || r.Status == AppropriationStatus.Granted)
            .ToList();
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
