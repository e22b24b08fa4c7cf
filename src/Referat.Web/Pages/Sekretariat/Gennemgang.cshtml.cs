using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Privacy;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

/// <summary>
/// The review queue: personal data found in what the archive publishes, by meeting, each with where it stands, what it
/// is and why it was taken for personal data. A secretary marks a finding safe to publish or confirms its redaction;
/// until then it is redacted in everything public.
/// </summary>
public sealed class GennemgangModel(PersonalDataReview review) : SecretariatPage
{
    [BindProperty(SupportsGet = true, Name = "alle")]
    public bool All { get; set; }

    public IReadOnlyList<ReviewFinding> Findings { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!MayReview)
            return RedirectToPage("/Sekretariat/IngenAdgang");
        Load();
        return Page();
    }

    public IActionResult OnPostApprove(long id) => Decide(id, FindingStatus.Safe, "kan offentliggøres");

    public IActionResult OnPostRedact(long id) => Decide(id, FindingStatus.Redacted, "forbliver skjult");

    /// <summary>Scans every meeting again (after the sensitive terms changed): administrators only.</summary>
    public IActionResult OnPostRescan()
    {
        if (CurrentActor?.Role != AccountRole.Administrator)
            return RedirectToPage("/Sekretariat/IngenAdgang");
        var waiting = 0;
        return Change(() => waiting = review.ScanAll(), () => $"Hele arkivet er gennemgået igen: {waiting} fund venter.", () => { Load(); return Page(); });
    }

    private bool MayReview => CurrentActor?.Role is AccountRole.Administrator or AccountRole.Secretary;

    private IActionResult Decide(long id, FindingStatus decision, string outcome)
    {
        if (!MayReview)
            return RedirectToPage("/Sekretariat/IngenAdgang");
        return Change(() =>
        {
            var finding = review.Find(id) ?? throw new Archive.Secretariat.SecretariatException($"Fundet {id} findes ikke.");
            Actor.RequireSecretaryOf(finding.OrganizationId);
            review.Decide(id, decision, Actor.UserName);
        }, () => $"Fundet er afgjort: det {outcome}.", () => { Load(); return Page(); }, new { alle = All ? "true" : null });
    }

    private void Load()
    {
        Title = "Gennemgang af personoplysninger";
        var actor = Actor;
        Findings = review.Findings(All, actor.Role == AccountRole.Administrator ? null : actor.Committees);
    }

    /// <summary>The context with the value marked, HTML-encoded.</summary>
    public static string Marked(ReviewFinding finding)
    {
        static string encode(string text) => System.Net.WebUtility.HtmlEncode(text);
        var value = Names.Clean(finding.Value);
        var at = finding.Context.IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? encode(finding.Context)
            : encode(finding.Context[..at]) + "<mark>" + encode(value) + "</mark>" + encode(finding.Context[(at + value.Length)..]);
    }
}
