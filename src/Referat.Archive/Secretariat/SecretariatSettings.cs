using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Rows;

namespace Referat.Archive.Secretariat;

/// <summary>
/// The body's configuration as data, one JSON document per key in <c>secretariat_setting</c>: the item template, the
/// meeting calendar, the delegation plan and the committees' rosters. A key never saved reads as its default: the
/// 2026 template, the default delegation plan, and a calendar and rosters derived from what the archive already
/// holds (each committee's usual weekday, time and room; the members and substitutes of the current term).
/// </summary>
public sealed class SecretariatSettings(ArchiveContext db, TimeProvider clock)
{
    public const string TemplateKey = "skabelon";
    public const string CalendarKey = "kalender";
    public const string DelegationKey = "delegationsplan";
    public const string RostersKey = "udvalg";
    public const string SensitiveTermsKey = "foelsomme-ord";

    public static IReadOnlyList<string> Keys { get; } = [TemplateKey, CalendarKey, DelegationKey, RostersKey, SensitiveTermsKey];

    public ItemTemplate Template => Read(TemplateKey, () => ItemTemplate.Default);
    public DelegationPlan Delegation => Read(DelegationKey, () => DelegationPlan.Default);
    public MeetingCalendar Calendar => Read(CalendarKey, DefaultCalendar);
    public IReadOnlyList<CommitteeRoster> Rosters => Read<List<CommitteeRoster>>(RostersKey, DefaultRosters);

    /// <summary>The sensitive terms the review looks for (<see cref="Domain.SensitiveTerms.Default"/> until the body sets its own).</summary>
    public IReadOnlyList<string> SensitiveTerms => Read<List<string>>(SensitiveTermsKey, () => Domain.SensitiveTerms.Default.ToList());

    public CommitteeRoster? RosterOf(string committee) =>
        Rosters.FirstOrDefault(r => Names.Normalise(r.Committee) == Names.Normalise(committee));

    /// <summary>The JSON of a key as stored, or of its default.</summary>
    public string JsonOf(string key) => key switch
    {
        TemplateKey => ModelJson.Serialize(Template),
        CalendarKey => ModelJson.Serialize(Calendar),
        DelegationKey => ModelJson.Serialize(Delegation),
        RostersKey => ModelJson.Serialize(Rosters),
        SensitiveTermsKey => ModelJson.Serialize(SensitiveTerms),
        _ => throw new SecretariatException($"Ukendt indstilling \"{key}\"."),
    };

    /// <summary>Checks that the JSON reads as the key's type, and gives it back in the stored form.</summary>
    public static string Validate(string key, string json)
    {
        try
        {
            return key switch
            {
                TemplateKey => ModelJson.Serialize(ModelJson.Deserialize<ItemTemplate>(json)),
                CalendarKey => ModelJson.Serialize(ModelJson.Deserialize<MeetingCalendar>(json)),
                DelegationKey => ModelJson.Serialize(ModelJson.Deserialize<DelegationPlan>(json)),
                RostersKey => ModelJson.Serialize(ModelJson.Deserialize<List<CommitteeRoster>>(json)),
                SensitiveTermsKey => ModelJson.Serialize(ModelJson.Deserialize<List<string>>(json).Select(t => t.Trim()).Where(t => t.Length > 0).ToList()),
                _ => throw new SecretariatException($"Ukendt indstilling \"{key}\"."),
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NullReferenceException or ArgumentException or InvalidOperationException)
        {
            throw new SecretariatException($"Indstillingen \"{key}\" kan ikke læses: {e.Message}");
        }
    }

    /// <summary>Stores a key (validated); the caller commits and audits.</summary>
    public (string? Before, string After) Save(string key, string json, string userName)
    {
        var after = Validate(key, json);
        var row = db.Settings.SingleOrDefault(s => s.Key == key);
        var before = row?.Json;
        if (row is null)
            db.Settings.Add(row = new SettingRow { Key = key, Json = after, ModifiedBy = userName });
        row.Json = after;
        row.ModifiedBy = userName;
        row.Modified = clock.GetUtcNow().UtcDateTime;
        return (before, after);
    }

    private T Read<T>(string key, Func<T> fallback)
    {
        var json = db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Json).SingleOrDefault();
        return json is null ? fallback() : ModelJson.Deserialize<T>(json) ?? fallback();
    }

    /// <summary>Every committee that met in the last two years, in the round its kind meets in, on its usual weekday,
    /// time and room; no meetings in July.</summary>
    private MeetingCalendar DefaultCalendar()
    {
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-2);
        var meetings = db.Meetings.AsNoTracking().Where(m => !m.Deleted && !m.Organization.Deleted && m.Date >= since)
            .Select(m => new { m.Organization.Name, m.Organization.Kind, m.Date, m.StartTime, m.EndTime, m.LocationText })
            .ToList();
        var schedules = meetings.GroupBy(m => m.Name).OrderBy(g => g.First().Kind).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var start = Usual(g.Select(m => m.StartTime)) ?? new TimeOnly(16, 0);
            var end = Usual(g.Select(m => m.EndTime)) ?? start.AddMinutes(90);
            var room = Usual(g.Select(m => m.LocationText)) ?? "Rådhuset";
            var round = g.First().Kind switch { OrganizationKind.FinanceCommittee => 2, OrganizationKind.Council => 3, _ => 1 };
            return new CommitteeSchedule(g.Key, round, Usual(g.Select(m => (DayOfWeek?)m.Date.DayOfWeek)) ?? DayOfWeek.Tuesday, start, end, room);
        }).ToList();
        return new MeetingCalendar(schedules, [7], []);
    }

    private static T? Usual<T>(IEnumerable<T?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>Each committee's members and substitutes of the current term, as the archive's memberships have them
    /// (substitutes in their order, else in the order they were first seen).</summary>
    private List<CommitteeRoster> DefaultRosters()
    {
        var term = LegislativeTerm.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString();
        var seats = db.Memberships.AsNoTracking()
            .Where(m => !m.Deleted && !m.Organization.Deleted && m.LegislativeTerm != null && m.LegislativeTerm.Name == term)
            .Select(m => new { Committee = m.Organization.Name, m.Person.Name, m.Party, m.Role, m.SubstituteOrder, m.FirstSeen, m.Observations })
            .ToList();
        return seats.GroupBy(s => s.Committee).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CommitteeRoster(
            g.Key, term,
            g.Where(s => s.Role != MembershipRole.Substitute).DistinctBy(s => s.Name)
                .OrderBy(s => s.Role switch { MembershipRole.Chair => 0, MembershipRole.ViceChair => 1, _ => 2 })
                .ThenByDescending(s => s.Observations).ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new RosterMember(s.Name, s.Party, s.Role)).ToValueList(),
            g.Where(s => s.Role == MembershipRole.Substitute).DistinctBy(s => s.Name)
                .OrderBy(s => s.SubstituteOrder ?? int.MaxValue).ThenBy(s => s.FirstSeen)
                .Select(s => new PartyMember(s.Name, s.Party)).ToValueList())).ToList();
    }
}

/// <summary>A request the secretariat refuses, with the reason in Danish for the user.</summary>
public sealed class SecretariatException(string message) : Exception(message);
