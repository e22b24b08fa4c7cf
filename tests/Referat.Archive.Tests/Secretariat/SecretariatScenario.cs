using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Rows;
using Referat.Storage.Writing;

namespace Referat.Archive.Tests.Secretariat;

/// <summary>
/// A body with a committee, the finance committee and the council, a roster and a calendar, and the actors of a
/// secretariat scenario: an administrator, the committee's secretary (who also serves the finance committee) and two
/// members. Shared by the service tests and the web tests' arrangements.
/// </summary>
public sealed class SecretariatScenario : IDisposable
{
    public const string Committee = "Social- og Sundhedsudvalget";
    public const string Secret = "Købesummen er fortrolig indtil skødet er underskrevet";

    public TestArchive Archive { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    public long CommitteeId { get; }
    public long FinanceId { get; }
    public long CouncilId { get; }
    public Actor Administrator { get; } = new(1, "admin@kommune.dk", AccountRole.Administrator, new HashSet<long>());
    public Actor Secretary { get; }
    public Actor Chair { get; }
    public Actor Member { get; }

    public SecretariatScenario(ArchiveProvider provider)
    {
        Archive = new TestArchive(provider);
        var db = Archive.Db;
        var body = new BodyRow { Name = MinutesImporter.DefaultBodyName, Created = Now, Modified = Now };
        db.Bodies.Add(body);
        OrganizationRow Organization(string name) =>
            new() { Body = body, Name = name, NormalisedName = Names.Normalise(name), Kind = Domain.Organization.KindOf(name), Created = Now, Modified = Now };
        var committee = Organization(Committee);
        var finance = Organization("Økonomiudvalget");
        var council = Organization("Kommunalbestyrelsen");
        db.AddRange(committee, finance, council);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        (CommitteeId, FinanceId, CouncilId) = (committee.Id, finance.Id, council.Id);
        Secretary = new Actor(2, "sekretaer@kommune.dk", AccountRole.Secretary, new HashSet<long> { CommitteeId, FinanceId });
        // The members' persons come into the archive with the first published agenda; until then they sign by name.
        Chair = new Actor(3, "anna@kommune.dk", AccountRole.Member, new HashSet<long> { CommitteeId }, DisplayName: "Anna Holm");
        Member = new Actor(4, "bo@kommune.dk", AccountRole.Member, new HashSet<long> { CommitteeId }, DisplayName: "Bo Lund");

        var service = Service();
        service.SaveSetting(Administrator, SecretariatSettings.RostersKey, ModelJson.Serialize(new List<CommitteeRoster>
        {
            new(Committee, "2026-2029",
                [new("Anna Holm", "A", MembershipRole.Chair), new("Bo Lund", "V", MembershipRole.Member), new("Carl Berg", "Ø", MembershipRole.Member), new("Dina Krog", "A", MembershipRole.Member)],
                [new("Erik Mørk", "V"), new("Frida Dahl", "A"), new("Gorm Vest", "V")]),
            new("Økonomiudvalget", "2026-2029", [new("Anna Holm", "A", MembershipRole.Chair), new("Hans Berg", "C", MembershipRole.Member)], []),
        }));
        service.SaveSetting(Administrator, SecretariatSettings.CalendarKey, ModelJson.Serialize(new MeetingCalendar(
            [
                new(Committee, 1, DayOfWeek.Tuesday, new TimeOnly(16, 0), new TimeOnly(17, 30), "Mødelokale 2, Rådhuset"),
                new("Økonomiudvalget", 2, DayOfWeek.Wednesday, new TimeOnly(15, 0), new TimeOnly(17, 0), "Borgmesterens mødelokale"),
                new("Kommunalbestyrelsen", 3, DayOfWeek.Thursday, new TimeOnly(18, 0), new TimeOnly(21, 0), "Byrådssalen"),
            ],
            [7], [])));
    }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public SecretariatService Service() => new(Archive.Db, Clock, new ImportService(Archive.Db));

    public SecretariatQueries Queries() => new(Archive.Open(), Clock);

    public static ItemInput Appropriation => new(
        "Tillægsbevilling til renovering af plejecentret", "00.30.10-S00-3-26", Types: ["Beslutning"],
        Sections: new Dictionary<string, string>
        {
            ["Resume"] = "Plejecentret skal renoveres.",
            ["Indstilling"] = "Forvaltningen indstiller, at\n\n1. der gives en tillægsbevilling på 1,7 mio. kr.\n2. beløbet finansieres af kassen.",
            ["Økonomi"] = "| 1.000 kr. | 2027 | 2028 |\n|---|---|---|\n| Anlæg | 1.713 | -250 |\n| I alt | 1.713 | -250 |",
        });

    public static ItemInput Decided => new("Status på ventelister", "27.00.00-A00-1-26", Types: ["Orientering"],
        Sections: new Dictionary<string, string> { ["Resume"] = "Ventelisterne er faldet." });

    public static ItemInput ClosedSale => new("Salg af grund", "02.34.02-G01-7-26", Closed: true,
        Sections: new Dictionary<string, string> { ["Resume"] = Secret });

    public void Dispose() => Archive.Dispose();
}
