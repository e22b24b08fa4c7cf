using Referat.Domain;

namespace Referat.Import.Recognition;

/// <summary>
/// The section headings of Danish agenda item templates. A heading is recognised only when it stands alone on its
/// line; free-text sub-headings inside a section are not in the catalogue. Extension point: add a municipality's
/// own headings with <see cref="With"/>.
/// </summary>
public sealed class SectionCatalog
{
    private readonly Dictionary<string, SectionKind> _headings;

    private SectionCatalog(Dictionary<string, SectionKind> headings) => _headings = headings;

    public static SectionCatalog Default { get; } = new(new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["Resume"] = SectionKind.Resume,
        ["Resumé"] = SectionKind.Resume,
        ["Indstilling"] = SectionKind.Recommendation,
        ["Indstillinger"] = SectionKind.Recommendation,
        ["Problemstilling"] = SectionKind.Problem,
        ["Løsninger"] = SectionKind.Solutions,
        ["Løsning"] = SectionKind.Solutions,
        ["Sagsfremstilling"] = SectionKind.CaseDescription,
        ["Sagsbeskrivelse"] = SectionKind.CaseDescription,
        ["Baggrund"] = SectionKind.CaseDescription,
        ["Strategisk ramme"] = SectionKind.StrategicFramework,
        ["Videre proces"] = SectionKind.NextSteps,
        ["Lovgrundlag"] = SectionKind.LegalBasis,
        ["Retsgrundlag"] = SectionKind.LegalBasis,
        ["Økonomi"] = SectionKind.Economy,
        ["Økonomiske konsekvenser"] = SectionKind.Economy,
        ["Økonomi og finansiering"] = SectionKind.Economy,
        ["Historik"] = SectionKind.History,
        ["Beslutningskompetence"] = SectionKind.Competence,
        ["Kompetence"] = SectionKind.Competence,
        ["Beslutning"] = SectionKind.Decision,
        ["Beslutninger"] = SectionKind.Decision,
        ["Bilag"] = SectionKind.Attachments,
        ["Bilagsfortegnelse"] = SectionKind.Attachments,
        ["Bilagsliste"] = SectionKind.Attachments,
    });

    public SectionCatalog With(string heading, SectionKind kind) =>
        new(new Dictionary<string, SectionKind>(_headings, StringComparer.OrdinalIgnoreCase) { [heading] = kind });

    public bool TryRecognise(string line, out string heading, out SectionKind kind)
    {
        heading = line.Trim().TrimEnd(':').Trim();
        kind = SectionKind.Other;
        return heading.Length > 0 && char.IsUpper(heading[0]) && _headings.TryGetValue(heading, out kind);
    }
}
