using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Removes what a web page or a transcript site prints around the minutes: navigation and print links ("Skip
/// navigationen", "Udskriv", "Kopier link til punktet - Print", "Til toppen", "Hent som fil:"), breadcrumbs and
/// prompts ("You are here", "Vælg dit udvalg herunder:"), file icons ("application/pdf icon …"), and the viewer
/// chrome of PDF transcript sites ("Størrelse: px", "Starte visningen fra side:", "Download "…"", "Transkript").
/// A "Til toppen" link at the end of a heading line goes too. The words are the sites' own, not a document's.
/// </summary>
public sealed partial class SiteFurniture : ILineStep
{
    private static readonly HashSet<string> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "Skip navigationen", "Spring til indhold", "Spring navigationen over", "Gå til indhold", "Gå til hovedindhold", "Til toppen", "Tilbage til toppen", "Til top", "Udskriv",
        "Print", "Udskriv hele dagsordnen", "Udskriv hele dagsordenen", "Udskriv dagsorden", "Udskriv referat", "Hent som fil", "Hent som fil:", "Hent PDF-version", "Hent PDF", "Download PDF",
        "Hent dagsorden som PDF", "Hent referat som PDF", "Få siden oplæst", "Læs op", "Lyt til siden", "Kopier link til punktet", "Kopier link til punktet - Print", "Kopier link",
        "Del", "Del på Facebook", "Del på LinkedIn", "Luk", "Åbn alle", "Luk alle", "Fold ud", "Fold alle ud", "Fold alle sammen", "Vis alle", "Skjul alle", "You are here", "Du er her",
        "Du er her:", "Størrelse: px", "Starte visningen fra side:", "Transkript", "Save this PDF as:", "Vælg dit udvalg herunder:", "Accepter cookies", "Accepter alle cookies",
        "Cookieindstillinger", "Afvis cookies", "Menu", "Søg", "Søg på siden", "Agenda", "Tilbage", "Tilbage til oversigten", "Se alle møder", "Abonner på dagsordener",
    };

    [GeneratedRegex(@"^(?:Download\s+"".*""|application/\S+\s+icon\b.*|(?:WORD|PNG|TXT|JPG|PDF)(?:\s+(?:WORD|PNG|TXT|JPG|PDF))+)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+(?:Til toppen|Tilbage til toppen|Kopier link til punktet(?:\s*-\s*Print)?)\s*$")]
    private static partial Regex TrailingLink();

    public void Apply(LineDocument document)
    {
        var kept = new List<Line>(document.Lines.Count);
        foreach (var line in document.Lines)
        {
            var text = line.Trimmed;
            if (text.Length is > 0 and <= 120)
            {
                if (text.StartsWith(CharacterRepair.Bullet, StringComparison.Ordinal))
                    text = text[CharacterRepair.Bullet.Length..].Trim();
                if (Phrases.Contains(text) || text.Length > 0 && text[0] is 'D' or 'a' or 'W' or 'P' or 'T' or 'J' && Pattern().IsMatch(text))
                    continue;
            }
            if (text.Length > 12 && (text.EndsWith("toppen", StringComparison.Ordinal) || text.EndsWith("Print", StringComparison.Ordinal) || text.EndsWith("punktet", StringComparison.Ordinal)))
                line.Text = TrailingLink().Replace(line.Text, "");
            kept.Add(line);
        }
        document.Lines = kept;
    }
}
