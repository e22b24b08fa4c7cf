using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Reads a competence chain line: "Økonomiudvalget anbefaler." is Økonomiudvalget recommending;
/// "Kommunalbestyrelsen beslutter." decides; "X orienteres." is informed; "Fagudvalgene." names the body only.
/// </summary>
public static partial class CompetenceReader
{
    [GeneratedRegex(@"^(?<body>.+?)\s+(?<verb>anbefaler|beslutter|godkender|træffer beslutning|orienteres|tager .*?til efterretning|indstiller|behandler)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAndVerb();

    // "X fsva. pkt. 3", "X for så vidt angår …", "X, hvad angår …": the body comes before the qualifier.
    [GeneratedRegex(@"^(?<body>.+?)(?:,?\s+(?:fsva\.?|for så vidt angår|hvad angår|vedrørende|vedr\.)\s|,|\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyBeforeQualifier();

    public static CompetenceStep Read(string line)
    {
        var match = BodyAndVerb().Match(line);
        if (match.Success)
            return new CompetenceStep(line, Body(match.Groups["body"].Value), Role(match.Groups["verb"].Value));
        // A body named alone under Beslutningskompetence is the body that has the competence: it decides.
        var body = Body(line);
        return body is null
            ? new CompetenceStep(line, null, CompetenceRole.Unspecified)
            : new CompetenceStep(line, body, CompetenceRole.Decides);
    }

    private static string? Body(string text)
    {
        var body = BodyBeforeQualifier().Match(text.Trim()).Groups["body"].Value.Trim(' ', ',', '.');
        return body.Length > 0 && body.Length < 80 && char.IsUpper(body[0]) ? body : null;
    }

    private static CompetenceRole Role(string verb) => verb.ToLowerInvariant() switch
    {
        "anbefaler" or "indstiller" => CompetenceRole.Recommends,
        "beslutter" or "godkender" or "træffer beslutning" => CompetenceRole.Decides,
        _ => CompetenceRole.IsInformed,
    };
}
