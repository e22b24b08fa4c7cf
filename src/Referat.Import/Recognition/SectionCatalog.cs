using Referat.Domain;

namespace Referat.Import.Recognition;

/// <summary>
/// The section headings of Danish agenda item templates. A heading is recognised when it stands alone on its line
/// (also as a bullet or in capitals: "• Beslutning", "RESUMÉ:"), or opens its line before a colon
/// ("Indstillinger: Indstilles til godkendelse"). Free-text sub-headings inside a section are not in the catalogue.
/// Extension point: add a municipality's own headings with <see cref="With"/>.
/// </summary>
public sealed class SectionCatalog
{
    private readonly Dictionary<string, SectionKind> _headings;

    private SectionCatalog(Dictionary<string, SectionKind> headings) => _headings = headings;

    public static SectionCatalog Default { get; } = new(Build());

    private static Dictionary<string, SectionKind> Build()
    {
        var headings = new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase);
        void Add(SectionKind kind, params string[] wordings)
        {
            foreach (var wording in wordings)
                headings[wording] = kind;
        }
        Add(SectionKind.Resume, "Resume", "Resumé", "Sagsresumé", "Sagsresume", "Beslutningstema", "Kort resume", "Kort resumé", "Anledning");
        Add(SectionKind.Recommendation, "Indstilling", "Indstillinger", "Administrativ indstilling", "Forvaltningens indstilling", "Administrationens indstilling", "Direktionens indstilling", "Forslag til beslutning");
        Add(SectionKind.Problem, "Problemstilling");
        Add(SectionKind.Solutions, "Løsninger", "Løsning");
        Add(SectionKind.CaseDescription, "Sagsfremstilling", "Sagsbeskrivelse", "Baggrund", "Sagens baggrund", "Sagsforløb");
        Add(SectionKind.StrategicFramework, "Strategisk ramme");
        Add(SectionKind.NextSteps, "Videre proces", "Tidsplan", "Det videre forløb");
        Add(SectionKind.LegalBasis, "Lovgrundlag", "Retsgrundlag", "Lovgivning", "Hjemmel");
        Add(SectionKind.Economy, "Økonomi", "Økonomiske konsekvenser", "Økonomi og finansiering", "Økonomiske forhold", "Bevillingsmæssige konsekvenser", "Økonomi og administration");
        Add(SectionKind.History, "Historik", "Tidligere beslutninger");
        Add(SectionKind.Competence, "Beslutningskompetence", "Kompetence", "Kompetenceplacering", "Beslutningsproces");
        Add(SectionKind.Decision, "Beslutning", "Beslutninger", "Afgørelse", "Protokoltilførsel");
        Add(SectionKind.Attachments, "Bilag", "Bilagsfortegnelse", "Bilagsliste", "Bilagsoversigt", "Vedlagte bilag");
        Add(SectionKind.Other, "Vurdering", "Administrationens vurdering", "Forvaltningens vurdering", "Høringssvar", "Kommunikation", "Handicappolitik",
            "Personalemæssige konsekvenser", "Miljømæssige konsekvenser", "Sundhedsmæssige konsekvenser", "Klimamæssige konsekvenser", "Konsekvenser", "Borgerinddragelse", "Inddragelse", "Bemærkninger");
        return headings;
    }

    public SectionCatalog With(string heading, SectionKind kind) =>
        new(new Dictionary<string, SectionKind>(_headings, StringComparer.OrdinalIgnoreCase) { [heading] = kind });

    /// <summary>The whole line is a section heading.</summary>
    private const int LongestHeading = 48;

    public bool TryRecognise(string line, out string heading, out SectionKind kind)
    {
        heading = "";
        kind = SectionKind.Other;
        // Cheap test first: this runs on every line of every item, and prose lines are long.
        var span = line.AsSpan().Trim();
        if (span.Length is < 2 or > LongestHeading)
            return false;
        heading = Clean(line);
        return heading.Length > 1 && heading.Length <= 40 && char.IsUpper(heading[0]) && _headings.TryGetValue(heading, out kind);
    }

    /// <summary>
    /// The line opens with a section heading and a colon, its first text after it: "Indstillinger: Indstilles til
    /// godkendelse". <paramref name="rest"/> is empty when the heading stands alone.
    /// </summary>
    public bool TryOpening(string line, out string heading, out SectionKind kind, out string rest)
    {
        rest = "";
        if (TryRecognise(line, out heading, out kind))
            return true;
        // A bulleted "Label: text" is a list entry, not a heading.
        var colon = line.IndexOf(':');
        if (colon is > 1 and <= 42 && !line.TrimStart().StartsWith(Normalisation.CharacterRepair.Bullet, StringComparison.Ordinal) && TryRecognise(line[..colon], out heading, out kind))
        {
            rest = line[(colon + 1)..].Trim();
            return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> is a heading of the catalogue, compared as printed (no cleaning).</summary>
    public bool Contains(string text) => _headings.ContainsKey(text);

    public IEnumerable<string> Headings => _headings.Keys;

    private static string Clean(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.StartsWith(Normalisation.CharacterRepair.Bullet.AsSpan()))
            text = text[Normalisation.CharacterRepair.Bullet.Length..].Trim();
        return text.TrimEnd(':').TrimEnd().ToString();
    }
}
