using Microsoft.Extensions.DependencyInjection;
using Referat.Archive.Importing;
using Referat.Archive.Secretariat;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Writing;
using Referat.Web.Secretariat;

namespace Referat.Web.Tests;

/// <summary>
/// The hand-made archive plus a committee that meets, served with the secretariat's configuration (a roster with
/// substitutes, a calendar with its rounds) and its accounts: an administrator, the committee's secretary (who also
/// serves Økonomiudvalget) and two members.
/// </summary>
public class SecretariatWebServer() : WebTestServer(withSeeds: false, Earlier)
{
    public const string Committee = "Social- og Sundhedsudvalget";
    public const string Password = "korrekt-hest-batteri-9";

    public static readonly (string Email, AccountRole Role, string[] Committees, string? Person)[] Accounts =
    [
        ("admin@kommune.dk", AccountRole.Administrator, [], null),
        ("sekretaer@kommune.dk", AccountRole.Secretary, [Committee, "Økonomiudvalget"], null),
        ("anna@kommune.dk", AccountRole.Member, [Committee], "Anna Andersen"),
        ("bent@kommune.dk", AccountRole.Member, [Committee], "Bent Bjerre"),
    ];

    /// <summary>The committee's last meeting before the secretariat took over, imported: it brings the committee and its members.</summary>
    private static MinutesDocument Earlier { get; } = new()
    {
        Meeting = new MeetingHeader
        {
            Committee = Committee, Date = new DateOnly(2026, 11, 10), Start = new TimeOnly(16, 0), Location = "Rådhuset",
            Participants = [new("Anna Andersen", "A"), new("Bent Bjerre", "V"), new("Dorte Dahl", "Ø"), new("Erik Eskildsen", "C")],
        },
        Items = [new AgendaItem { Number = "1", Order = 1, Title = "Godkendelse af dagsorden" }],
    };

    protected override bool BuildSearchIndex => true;

    protected override void Prepare(ArchiveContext db)
    {
        var location = ArchiveDb.Resolve(DatabasePath);
        var admin = new Actor(0, "opsætning", AccountRole.Administrator, new HashSet<long>());
        var service = new SecretariatService(db, Clock, new ImportService(db));
        service.SaveSetting(admin, SecretariatSettings.RostersKey, ModelJson.Serialize(new List<CommitteeRoster>
        {
            new(Committee, "2026-2029",
                [new("Anna Andersen", "A", MembershipRole.Chair), new("Bent Bjerre", "V", MembershipRole.Member), new("Dorte Dahl", "Ø", MembershipRole.Member), new("Erik Eskildsen", "C", MembershipRole.Member)],
                [new("Frida Fisker", "V"), new("Gorm Gregersen", "A"), new("Hanne Holm", "V")]),
        }));
        service.SaveSetting(admin, SecretariatSettings.CalendarKey, ModelJson.Serialize(new MeetingCalendar(
            [
                new(Committee, 1, DayOfWeek.Tuesday, new TimeOnly(16, 0), new TimeOnly(17, 30), "Mødelokale 2, Rådhuset"),
                new("Økonomiudvalget", 2, DayOfWeek.Wednesday, new TimeOnly(15, 0), new TimeOnly(17, 0), "Borgmesterens mødelokale"),
            ],
            [7], [])));
        using var services = AccountAdmin.Services(location);
        foreach (var (email, role, committees, person) in Accounts)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateAsync(email, role, Password, committees, person).GetAwaiter().GetResult();
        }
    }
}

/// <summary>The secretariat's archive with minutes holding a citizen's personal data (<see cref="PrivateData"/>), waiting for review.</summary>
public sealed class ReviewWebServer : SecretariatWebServer
{
    protected override void Prepare(ArchiveContext db)
    {
        base.Prepare(db);
        PrivateData.Import(db);
    }
}

/// <summary>The secretariat with small rate limits, so that a test can reach them.</summary>
public sealed class RateLimitedWebServer : SecretariatWebServer
{
    protected override WebOptions Configure(WebOptions options) => options with { SignInAttemptsPerMinute = 3, ApiRequestsPerMinute = 5 };
}
