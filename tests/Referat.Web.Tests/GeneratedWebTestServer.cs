using Referat.Domain;
using Referat.Generator;

namespace Referat.Web.Tests;

/// <summary>
/// A served archive of one generated municipality over two years (committees, Økonomiudvalget, the council, cases
/// travelling between them, closed items), plus the hand-made minutes. Each generated closed item carries a unique
/// marker in its sections and decisions, so a test can prove that none of it is published.
/// </summary>
public sealed class GeneratedWebTestServer() : WebTestServer(withSeeds: false, Generate())
{
    private const string Marker = "LUKKET-INDHOLD-";

    public override IReadOnlyList<string> ClosedContent => [HandMade.ClosedMarker, Marker];

    private static MinutesDocument[] Generate()
    {
        var municipality = MunicipalityFactory.Create(new Random(7), 1, 2024, 2025);
        var meetings = new MinutesGenerator(new Random(11), municipality).Generate(2024, 2025).Take(24).ToList();
        var closed = 0;
        return meetings.Select(m => m.Minutes with
        {
            Items = m.Minutes.Items.Select(item => item.IsClosed ? Mark(item, ++closed) : item).ToList(),
        }).ToArray();
    }

    private static AgendaItem Mark(AgendaItem item, int n) => item with
    {
        Sections = [.. item.Sections, new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph($"{Marker}{n} fortroligt.")])],
        Decisions = item.Decisions.Select(d => d with { Text = $"{d.Text} {Marker}{n}" }).ToList(),
    };
}
