using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

public sealed class IndstillingerModel(SecretariatService service) : SecretariatPage
{
    public static IReadOnlyList<(string Key, string Label, string Hint)> Parts { get; } =
    [
        (SecretariatSettings.TemplateKey, "Punktskabelon", "Afsnittene i et punkt i rækkefølge, og de faste punkter møder åbner og slutter med."),
        (SecretariatSettings.CalendarKey, "Mødekalender", "Hvert udvalgs ugedag, tid, sted og runde (1: udvalg, 2: Økonomiudvalget, 3: Kommunalbestyrelsen), måneder uden møder og lukkedage."),
        (SecretariatSettings.DelegationKey, "Delegationsplan", "Hvilke organer en slags sag går igennem; \"udvalget\" er punktets eget udvalg."),
        (SecretariatSettings.RostersKey, "Udvalg", "Medlemmer og stedfortrædere pr. udvalg og valgperiode; stedfortræderne i den rækkefølge, de indkaldes."),
        (SecretariatSettings.SensitiveTermsKey, "Følsomme ord", "Ord, der gør en sætning til personoplysninger, der skal gennemgås (helbred, sociale forhold, strafbare forhold); et ord findes også som begyndelsen af et længere ord. Efter en ændring: \"Gennemgå hele arkivet igen\" under Personoplysninger."),
    ];

    public Dictionary<string, string> Json { get; } = [];
    public Dictionary<string, string> Edited { get; } = [];

    public IActionResult OnGet() => Load() ? Page() : RedirectToPage("/Sekretariat/IngenAdgang");

    public IActionResult OnPostSave(string key, string json)
    {
        if (!Load())
            return RedirectToPage("/Sekretariat/IngenAdgang");
        Edited[key] = json;
        return Change(() => service.SaveSetting(Actor, key, json), "Indstillingen er gemt.", Page);
    }

    private bool Load()
    {
        Title = "Indstillinger";
        if (CurrentActor?.Role != AccountRole.Administrator)
            return false;
        foreach (var (key, _, _) in Parts)
            Json[key] = service.Settings.JsonOf(key);
        return true;
    }
}
