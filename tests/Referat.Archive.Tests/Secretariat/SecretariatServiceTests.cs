using System.Text;
using Microsoft.EntityFrameworkCore;
using Referat.Archive.Queries;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Archive.Tests.Secretariat;

public sealed class SecretariatServiceTestsOnSqlite() : SecretariatServiceTests(ArchiveProvider.Sqlite);

public sealed class SecretariatServiceTestsOnPostgreSql() : SecretariatServiceTests(ArchiveProvider.PostgreSql);

/// <summary>The secretariat's whole process through its service: calendar, agenda, meeting, approval, signing, publication, forward plan.</summary>
public abstract class SecretariatServiceTests(ArchiveProvider provider) : IDisposable
{
    private readonly SecretariatScenario _scenario = new(provider);

    [Fact]
    public void A_meeting_goes_from_the_calendar_to_published_minutes_and_sends_the_recommended_case_on()
    {
        var s = _scenario;
        var service = s.Service();

        var created = service.CreateFromCalendar(s.Secretary, 2027);
        var meetings = s.Queries().Meetings(s.Secretary, new DateOnly(2027, 1, 1));
        Assert.Equal(22, created.Count);                                  // two committees, eleven months (no July)
        var january = meetings.First(m => m.Committee == SecretariatScenario.Committee);
        Assert.Equal(new DateOnly(2027, 1, 12), january.Date);            // round 1: the Tuesday of 8–14 January
        Assert.Equal(new DateOnly(2027, 1, 20), meetings.First(m => m.Committee == "Økonomiudvalget").Date);
        Assert.Empty(service.CreateFromCalendar(s.Secretary, 2027));      // the meetings that exist stay

        var id = january.Id;
        Assert.Equal(2, service.AddItem(s.Secretary, id, SecretariatScenario.Appropriation));
        Assert.Equal(3, service.AddItem(s.Secretary, id, SecretariatScenario.Decided));
        service.AddItem(s.Secretary, id, SecretariatScenario.ClosedSale);
        var error = Assert.Throws<SecretariatException>(() => service.AddItem(s.Secretary, id, new ItemInput("Punkt", "abc 12")));
        Assert.Contains("KLE", error.Message);

        var draft = s.Queries().Workspace(s.Secretary, id)!.Minutes;
        Assert.Equal(["Godkendelse af dagsorden", "Tillægsbevilling til renovering af plejecentret", "Status på ventelister", "Kommende sager", "Meddelelser", "Salg af grund", "Underskrift af protokol"],
            draft.Items.Select(i => i.Title));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], draft.Items.Select(i => i.Number));
        var appropriation = draft.Items.Single(i => i.Title.StartsWith("Tillægsbevilling", StringComparison.Ordinal));
        Assert.Equal(["Social- og Sundhedsudvalget anbefaler.", "Økonomiudvalget anbefaler.", "Kommunalbestyrelsen beslutter."], appropriation.Competence.Select(c => c.Text));
        var table = Assert.IsType<TableBlock>(appropriation.Sections.Single(x => x.Kind == SectionKind.Economy).Blocks.Single()).Table;
        Assert.Equal([1713m, -250m], table.Rows[0].Cells.Skip(1).Select(c => c.Number!.Value));
        Assert.Equal(["Social- og Sundhedsudvalget beslutter."], draft.Items.Single(i => i.Title == "Status på ventelister").Competence.Select(c => c.Text));

        service.PublishAgenda(s.Secretary, id);
        using (var db = s.Archive.Open())
        {
            var agenda = new ArchiveQueries(db).GetMeeting(id)!;
            Assert.Equal(MeetingState.AgendaPublished, agenda.Meeting.State);
            Assert.Equal(7, agenda.Items.Count);
            Assert.Empty(agenda.Items.Single(i => i.IsClosed).Sections);
        }

        var substitute = service.RecordAbsence(s.Secretary, id, "Bo Lund");
        Assert.Equal(new PartyMember("Erik Mørk", "V"), substitute);       // the first V substitute in the committee's order
        var order = draft.Items.Single(i => i.Title.StartsWith("Tillægsbevilling", StringComparison.Ordinal)).Order;
        service.RecordDecision(s.Secretary, id, order, new DecisionInput(DecisionOutcome.Recommended, "Anbefalet.", [1, 2],
            [new VoteInput(VotePosition.For, "A"), new VoteInput(VotePosition.For, "Erik Mørk"), new VoteInput(VotePosition.Against, "Ø")]));
        service.RecordDecision(s.Secretary, id, order + 1, new DecisionInput(DecisionOutcome.Noted, AbsentUnderItem: ["Carl Berg"]));
        service.RecordDecision(s.Secretary, id, 6, new DecisionInput(DecisionOutcome.Approved, "Godkendt. " + SecretariatScenario.Secret));

        service.Approve(s.Secretary, id);
        Assert.Throws<SecretariatException>(() => service.AddItem(s.Secretary, id, SecretariatScenario.Decided));
        Assert.Throws<SecretariatException>(() => service.Sign(s.Secretary, id));
        service.Sign(s.Chair, id);
        service.Sign(s.Member, id);
        Assert.Throws<SecretariatException>(() => service.Sign(s.Member, id));
        service.PublishMinutes(s.Secretary, id);

        using (var db = s.Archive.Open())
        {
            var minutes = new ArchiveQueries(db).GetMeeting(id)!;
            Assert.Equal((MeetingState.MinutesPublished, 2), (minutes.Meeting.State, minutes.Version));
            var decision = minutes.Items.Single(i => i.Order == order).Decisions.Single();
            Assert.Equal((DecisionOutcome.Recommended, 3), (decision.Outcome, decision.Votes.Count));
            Assert.Equal("Carl Berg", minutes.Items.Single(i => i.Order == order + 1).Decisions.Single().Absences.Single().Member.Name);
            Assert.Contains(minutes.Minutes.Meeting.Absences, a => a.Member.Name == "Bo Lund" && a.Substitute!.Name == "Erik Mørk");
            // The closed item's content is in no table and no stored document of the archive's public side.
            Assert.DoesNotContain(db.ItemSections.AsEnumerable(), x => x.Blocks.Any(b => b.PlainText.Contains(SecretariatScenario.Secret)));
            Assert.DoesNotContain(db.Decisions.AsEnumerable(), d => d.Text.Contains(SecretariatScenario.Secret));
            Assert.DoesNotContain(db.SourceDocuments.AsEnumerable(), d => Encoding.UTF8.GetString(d.Bytes).Contains(SecretariatScenario.Secret));
            Assert.Equal(2, db.Signatures.Count(x => x.MeetingId == id));
        }

        var plan = s.Queries().ForwardPlan(s.FinanceId);
        var entry = Assert.Single(plan);
        Assert.Equal(("Tillægsbevilling til renovering af plejecentret", "Social- og Sundhedsudvalget", new DateOnly(2027, 1, 20)),
            (entry.Title, entry.FromBody, entry.ProposedDate));
        var finance = s.Queries().Workspace(s.Secretary, entry.ProposedMeetingId!.Value)!;
        Assert.Equal(entry.Id, Assert.Single(finance.Proposed).Id);
        var taken = service.TakeUp(s.Secretary, finance.Meeting.Id, entry.Id);
        var item = s.Queries().Workspace(s.Secretary, finance.Meeting.Id)!.Minutes.Items.Single(i => i.Order == taken);
        Assert.Equal("Social- og Sundhedsudvalget", item.Decisions.Single().Body);   // its history comes along
        Assert.Empty(s.Queries().ForwardPlan(s.FinanceId));

        var actions = s.Queries().Audit(s.Administrator).Select(a => a.Action).ToHashSet();
        Assert.Superset(new HashSet<string> { "Møde oprettet", "Punkt tilføjet", "Dagsorden offentliggjort", "Fravær registreret", "Beslutning registreret",
            "Afholdt", "Referat godkendt", "Referat underskrevet", "Referat offentliggjort", "Sag sat på dagsordenen", "Konfiguration ændret" }, actions);
    }

    [Fact]
    public void A_published_decision_is_corrected_by_a_new_version_with_its_note_and_the_old_stays()
    {
        var s = _scenario;
        var service = s.Service();
        var id = service.CreateMeeting(s.Secretary, s.CommitteeId, new DateOnly(2027, 2, 9), new TimeOnly(16, 0), null, "Rådhuset");
        service.PublishAgenda(s.Secretary, id);
        service.RecordDecision(s.Secretary, id, 1, new DecisionInput(DecisionOutcome.Approved));
        service.Approve(s.Secretary, id);
        service.PublishMinutes(s.Secretary, id);
        Assert.Throws<SecretariatException>(() => service.RecordDecision(s.Secretary, id, 1, new DecisionInput(DecisionOutcome.Rejected)));
        Assert.Throws<SecretariatException>(() => service.Correct(s.Secretary, id, 1, new DecisionInput(DecisionOutcome.Postponed), " "));

        service.Correct(s.Secretary, id, 1, new DecisionInput(DecisionOutcome.Postponed, "Sagen udsat."), "Beslutningen var skrevet forkert");

        using var db = s.Archive.Open();
        var versions = db.MeetingVersions.Where(v => v.MeetingId == id).OrderBy(v => v.Number).ToList();
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.StartsWith("Rettelse: Beslutningen var skrevet forkert; punkt 1: «Godkendt.» blev til «Sagen udsat.»", versions[^1].Changes);
        Assert.Equal("Sagen udsat.", new ArchiveQueries(db).GetMeeting(id)!.Items[0].Decisions.Single().Text);
        var audit = s.Queries().Audit(s.Administrator).First(a => a.Action == "Referat rettet");
        Assert.Contains("Godkendt.", audit.Before);
        Assert.Contains("Sagen udsat.", audit.After);
    }

    [Fact]
    public void An_attachment_is_checked_by_its_content_moves_with_its_item_and_is_published_with_it()
    {
        var s = _scenario;
        var service = s.Service();
        var id = service.CreateMeeting(s.Secretary, s.CommitteeId, new DateOnly(2027, 3, 9), new TimeOnly(16, 0), null, "Rådhuset");
        var first = service.AddItem(s.Secretary, id, SecretariatScenario.Decided);
        var order = service.AddItem(s.Secretary, id, SecretariatScenario.Appropriation);
        var pdf = Referat.Publishing.MinutesPdfRenderer.Render(new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = "Notat", Date = new DateOnly(2027, 3, 1) },
            Items = [new AgendaItem { Number = "1", Order = 1, Title = "Anlægsoverslag for plejecentret", Sections = [new Section("Resume", SectionKind.Resume, [new Paragraph("Tagrenovering og ventilation.")])] }],
        });
        var refused = Assert.Throws<SecretariatException>(() => service.Attach(s.Secretary, id, order, null, "overslag.pdf", "MZ\u0090\u0000program"u8.ToArray()));
        Assert.Contains("indholdet afgør", refused.Message);
        // a Word document whose one part unpacks to 600 MB of zeros: known by its content, refused by its size
        var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var part = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open())
            for (var i = 0; i < 600; i++)
                part.Write(new byte[1024 * 1024]);
        var unpacked = Assert.Throws<SecretariatException>(() => service.Attach(s.Secretary, id, order, null, "notat.docx", bomb.ToArray()));
        Assert.Contains("pakker sig ud til mere end 512 MB", unpacked.Message);
        service.Attach(s.Secretary, id, order, "Anlægsoverslag", "overslag.pdf", pdf);
        Assert.Throws<SecretariatException>(() => service.Attach(s.Secretary, id, order, "Anlægsoverslag", "igen.pdf", pdf));
        service.MoveItem(s.Secretary, id, order, -1);                           // the appropriation now comes before the other item
        Assert.Equal(first, s.Queries().Workspace(s.Secretary, id)!.Minutes.Items.Single(i => i.Attachments.Count > 0).Order);

        service.PublishAgenda(s.Secretary, id);
        using var db = s.Archive.Open();
        var file = db.Files.Include(f => f.AgendaItem).Single(f => f.AgendaItem.MeetingId == id && !f.AgendaItem.Deleted);
        Assert.Equal(("Anlægsoverslag", "overslag.pdf", "application/pdf", first), (file.Name, file.FileName, file.MimeType, file.AgendaItem.Order));
        Assert.Equal(pdf, file.Data);
        Assert.Contains("ventilation", AttachmentTextOf(file));
    }

    private static string AttachmentTextOf(Referat.Storage.Rows.FileRow file) => Referat.Archive.Search.AttachmentText.Extract(file) ?? "";

    [Fact]
    public void A_secretary_works_only_for_their_committees_and_a_member_only_signs()
    {
        var s = _scenario;
        var service = s.Service();
        Assert.Throws<SecretariatException>(() => service.CreateMeeting(s.Secretary, s.CouncilId, new DateOnly(2027, 1, 28), new TimeOnly(18, 0), null, "Byrådssalen"));
        Assert.Throws<SecretariatException>(() => service.CreateMeeting(s.Chair, s.CommitteeId, new DateOnly(2027, 1, 12), new TimeOnly(16, 0), null, "Rådhuset"));
        Assert.Throws<SecretariatException>(() => service.SaveSetting(s.Secretary, SecretariatSettings.TemplateKey, ModelJson.Serialize(ItemTemplate.Default)));
        var error = Assert.Throws<SecretariatException>(() => service.SaveSetting(s.Administrator, SecretariatSettings.CalendarKey, "{\"schedules\": 3}"));
        Assert.Contains("kalender", error.Message);
        var id = service.CreateMeeting(s.Secretary, s.CommitteeId, new DateOnly(2027, 1, 12), new TimeOnly(16, 0), null, "Rådhuset");
        Assert.Throws<SecretariatException>(() => service.CreateMeeting(s.Secretary, s.CommitteeId, new DateOnly(2027, 1, 12), new TimeOnly(9, 0), null, "Rådhuset"));
        Assert.Throws<SecretariatException>(() => service.Approve(s.Secretary, id));          // the agenda is not even published
        Assert.Throws<SecretariatException>(() => service.Sign(s.Chair, id));
    }

    public void Dispose()
    {
        _scenario.Dispose();
        GC.SuppressFinalize(this);
    }
}
