namespace Referat.Domain;

/// <summary>
/// The body's template for an agenda item: its sections in order, and the standing items every meeting opens and
/// closes with. A new item gets the sections empty; a new meeting gets the standing items.
/// </summary>
public sealed record ItemTemplate(ValueList<TemplateSection> Sections, ValueList<string> OpeningItems, ValueList<string> ClosingItems)
{
    /// <summary>The 2026 template of the seeds' municipality (Resume … Bilag), with its standing items.</summary>
    public static ItemTemplate Default { get; } = new(
        [
            new("Resume", SectionKind.Resume), new("Indstilling", SectionKind.Recommendation),
            new("Problemstilling", SectionKind.Problem), new("Løsninger", SectionKind.Solutions),
            new("Strategisk ramme", SectionKind.StrategicFramework), new("Videre proces", SectionKind.NextSteps),
            new("Økonomi", SectionKind.Economy), new("Beslutningskompetence", SectionKind.Competence),
        ],
        [StandingItems.ApproveAgenda],
        [StandingItems.ForwardPlan, StandingItems.Announcements, StandingItems.Signing]);
}

/// <summary>A section of the item template: its heading as the body prints it and what kind of section it is.</summary>
public sealed record TemplateSection(string Heading, SectionKind Kind);

/// <summary>The titles of the standing items.</summary>
public static class StandingItems
{
    public const string ApproveAgenda = "Godkendelse af dagsorden";
    public const string ForwardPlan = "Kommende sager";
    public const string Announcements = "Meddelelser";
    public const string Signing = "Underskrift af protokol";
}
