using Microsoft.EntityFrameworkCore;
using Referat.Archive.Importing;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Storage.Writing;

namespace Referat.Archive.Secretariat;

/// <summary>
/// The secretariat's work on a meeting, from the calendar to the published minutes. Each meeting has a working copy
/// (<see cref="MeetingDraftRow"/>, the whole minutes document); every change is checked against the actor and the
/// meeting's state, made in one transaction and written to the audit log. Publishing the agenda and the minutes writes
/// the working copy into the archive as a version of the meeting, through the same <see cref="ImportService"/> that
/// imports files (closed items reduced to number and title), and the search index follows.
/// </summary>
public sealed partial class SecretariatService(ArchiveContext db, TimeProvider clock, ImportService publisher)
{
    public const string ProducerVersion = "referat-sekretariat";

    public SecretariatSettings Settings { get; } = new(db, clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Runs a change in one transaction; the search index is updated after the commit for the meetings published.</summary>
    private T Change<T>(Func<List<long>, T> change)
    {
        var published = new List<long>();
        T result;
        using (var transaction = db.Database.BeginTransaction())
        {
            result = change(published);
            db.SaveChanges();
            transaction.Commit();
        }
        if (published.Count > 0)
            publisher.UpdateIndex(published);
        return result;
    }

    private void Change(Action<List<long>> change) => Change(published => { change(published); return 0; });

    private void Audit(Actor actor, string action, string subject, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntryRow { At = Now, UserName = actor.UserName, Action = action, Subject = subject, Before = before, After = after });

    private static string Subject(MeetingRow meeting) => $"møde {meeting.Id} ({meeting.Name})";

    /// <summary>Stores a piece of the configuration (administrators only).</summary>
    public void SaveSetting(Actor actor, string key, string json) => Change(_ =>
    {
        actor.RequireAdministrator();
        var (before, after) = Settings.Save(key, json, actor.UserName);
        Audit(actor, "Konfiguration ændret", $"konfiguration {key}", before, after);
    });

    private sealed record Loaded(MeetingRow Meeting, MeetingDraftRow Draft, MinutesDocument Minutes);

    private Loaded Load(long meetingId, Actor actor)
    {
        var meeting = db.Meetings.AsTracking().Include(m => m.Organization).SingleOrDefault(m => m.Id == meetingId && !m.Deleted)
            ?? throw new SecretariatException("Mødet findes ikke.");
        actor.RequireSecretaryOf(meeting.OrganizationId);
        var draft = db.MeetingDrafts.AsTracking().SingleOrDefault(d => d.MeetingId == meetingId)
            ?? throw new SecretariatException("Mødet er ikke oprettet i sekretariatet (et importeret referat kan ikke redigeres her).");
        return new Loaded(meeting, draft, ModelJson.Deserialize<MinutesDocument>(draft.MinutesJson));
    }

    private void Save(Loaded loaded, MinutesDocument minutes, Actor actor)
    {
        loaded.Draft.MinutesJson = ModelJson.SerializeCompact(minutes);
        loaded.Draft.Modified = Now;
        loaded.Draft.ModifiedBy = actor.UserName;
        loaded.Meeting.Modified = Now;
    }

    private static void RequireState(MeetingRow meeting, string doing, params MeetingState[] allowed)
    {
        if (!allowed.Contains(meeting.State))
            throw new SecretariatException($"{doing} kan ikke gøres, når mødet er \"{meeting.State.DanishName().ToLowerInvariant()}\".");
    }

    private void Move(MeetingRow meeting, MeetingState to, Actor actor)
    {
        if (!MeetingLifecycle.CanMove(meeting.State, to))
            throw new SecretariatException($"Mødet kan ikke gå fra \"{meeting.State.DanishName()}\" til \"{to.DanishName()}\".");
        Audit(actor, to.DanishName(), Subject(meeting), meeting.State.DanishName(), to.DanishName());
        meeting.State = to;
        meeting.Modified = Now;
    }

    /// <summary>
    /// Writes the working copy into the archive as the meeting's next version, in <paramref name="state"/>. Closed items
    /// keep only their number and title there: the rest of them stays in the working copy.
    /// </summary>
    private void Publish(Loaded loaded, MinutesDocument minutes, MeetingState state, string kind, string? note, List<long> published)
    {
        db.SaveChanges();   // the importer starts from a clean change tracker
        // The agenda's table of contents is the items in order; the printed page is the one each item lands on.
        var document = minutes with
        {
            Items = minutes.Items.Select(i => i.IsClosed ? new AgendaItem { Number = i.Number, Order = i.Order, Title = i.Title, IsClosed = true } : i).ToValueList(),
            TableOfContents = minutes.Items.Select(i => new TocEntry(i.Title, null, i.Number)).ToValueList(),
        };
        var version = db.MeetingVersions.Count(v => v.MeetingId == loaded.Meeting.Id) + 1;
        var bytes = System.Text.Encoding.UTF8.GetBytes(ModelJson.Serialize(document));
        var source = new SourceFile($"sekretariat/{loaded.Meeting.Name} {kind} v{version}.json", bytes, ProducerVersion) { State = state, ChangeNote = note };
        var outcome = publisher.StoreMinutes(source, document);
        if (outcome.MeetingId != loaded.Meeting.Id)
            throw new SecretariatException("Mødet blev gemt som et andet møde; kontrollér udvalgets navn.");
        published.Add(outcome.MeetingId);
        // The importer cleared the change tracker: the meeting row is read again for what follows.
        var meeting = db.Meetings.AsTracking().Single(m => m.Id == loaded.Meeting.Id);
        meeting.State = state;
        PublishFiles(meeting.Id);
        // the files' texts are scanned too, before the change commits
        db.SaveChanges();
        publisher.Review.Scan(meeting.Id);
    }
}
