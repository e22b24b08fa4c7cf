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

    public static CompetenceStep Read(string line)
    {
        var match = BodyAndVerb().Match(line);
        if (match.Success)
            return new CompetenceStep(line, match.Groups["body"].Value.Trim(' ', ','), Role(match.Groups["verb"].Value));
        var body = line.Split([',', '.'], 2)[0].Trim();
        return new CompetenceStep(line, body.Length > 0 && body.Length < 80 ? body : null, CompetenceRole.Unspecified);
    }

    private static CompetenceRole Role(string verb) => verb.ToLowerInvariant() switch
    {
        "anbefaler" or "indstiller" => CompetenceRole.Recommends,
        "beslutter" or "godkender" or "træffer beslutning" => CompetenceRole.Decides,
        _ => CompetenceRole.IsInformed,
    };
}
