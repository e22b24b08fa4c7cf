using Referat.Domain;

namespace Referat.Web.Pages.Beregnere;

/// <summary>
/// The refusionstrappe as a tool: a target group (a weekly benefit and the municipality's share of it), a duration
/// and a shortening in days, and a number of cases give the municipality's expense after the state's refund, the
/// refund and the saving. The steps are data (the form's "trin"); every input comes by GET, so the page works without
/// a script and every result has an address.
/// </summary>
public sealed class RefusionstrappeModel : PortalPage
{
    /// <summary>Example target groups; the benefit and the share can be typed in for any other.</summary>
    public static IReadOnlyList<TargetGroup> Groups { get; } =
    [
        new("Dagpengemodtager", 4_700m, 100m),
        new("Kontanthjælpsmodtager over 30 år", 3_100m, 100m),
        new("Sygedagpengemodtager", 4_700m, 100m),
    ];

    public const int MaxDays = 3_650, MaxCases = 100_000;
    public const decimal MaxWeeklyBenefit = 100_000m;

    public int GroupIndex { get; private set; }
    public string? BenefitText { get; private set; }
    public string? ShareText { get; private set; }
    public int Days { get; private set; } = 140;
    public int ShorterBy { get; private set; } = 5;
    public int Cases { get; private set; } = 1_000;
    public string StepsText { get; private set; } = RefundLadder.Standard.ToString();
    public List<string> Errors { get; } = [];
    public RefundCalculation? Result { get; private set; }

    public void OnGet(int? gruppe, string? ydelse, string? andel, int? dage, int? kortere, int? forloeb, string? trin)
    {
        Title = "Refusionstrappen";
        Crumb("Refusionstrappen");
        GroupIndex = gruppe is { } g && g >= 0 && g < Groups.Count ? g : 0;
        BenefitText = string.IsNullOrWhiteSpace(ydelse) ? null : ydelse.Trim();
        ShareText = string.IsNullOrWhiteSpace(andel) ? null : andel.Trim();
        Days = dage ?? Days;
        ShorterBy = kortere ?? ShorterBy;
        Cases = forloeb ?? Cases;
        StepsText = string.IsNullOrWhiteSpace(trin) ? StepsText : trin.Trim();

        var group = Groups[GroupIndex];
        var benefit = Number(BenefitText, "Ydelsen pr. uge", 0, MaxWeeklyBenefit) ?? group.WeeklyBenefit;
        var share = Number(ShareText, "Kommunens andel", 0, 100) ?? group.MunicipalSharePercent;
        if (Days is < 0 or > MaxDays)
            Errors.Add($"Varigheden skal være mellem 0 og {DanishNumbers.Format(MaxDays)} dage.");
        if (ShorterBy < 0 || ShorterBy > Days)
            Errors.Add("Afkortningen skal være mellem 0 dage og hele varigheden.");
        if (Cases is < 1 or > MaxCases)
            Errors.Add($"Antal forløb skal være mellem 1 og {DanishNumbers.Format(MaxCases)}.");
        if (!RefundLadder.TryParse(StepsText, out var ladder, out var stepError))
            Errors.Add(stepError);
        if (Errors.Count == 0)
            Result = RefundCalculation.Of(group with { WeeklyBenefit = benefit, MunicipalSharePercent = share }, ladder, Days, ShorterBy, Cases);
    }

    private decimal? Number(string? text, string field, decimal min, decimal max)
    {
        if (text is null)
            return null;
        if (DanishNumbers.Parse(text) is { } value && value >= min && value <= max)
            return value;
        Errors.Add($"{field} skal være et tal mellem {DanishNumbers.Format(min)} og {DanishNumbers.Format(max)}, fx 4.700 eller 64,5.");
        return null;
    }

    public static string Weeks(StepCost step) =>
        step.Step.ThroughWeek is { } through ? $"Uge {step.FromWeek}–{through}" : $"Fra uge {step.FromWeek}";
}
