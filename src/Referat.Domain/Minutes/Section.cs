using System.Text.Json.Serialization;

namespace Referat.Domain;

/// <summary>A named part of an item (Resume, Indstilling, Sagsfremstilling …) with its content in order.</summary>
public sealed record Section(string Heading, SectionKind Kind, ValueList<Block> Blocks)
{
    [JsonIgnore]
    public string PlainText => string.Join("\n", Blocks.Select(b => b.PlainText));
}

/// <summary>The standard sections of a Danish agenda item; the heading keeps the municipality's spelling.</summary>
public enum SectionKind
{
    Other,
    Resume,
    Recommendation,     // Indstilling
    Problem,            // Problemstilling
    Solutions,          // Løsninger
    CaseDescription,    // Sagsfremstilling
    StrategicFramework, // Strategisk ramme
    NextSteps,          // Videre proces
    LegalBasis,         // Lovgrundlag
    Economy,            // Økonomi, Økonomiske konsekvenser
    History,            // Historik
    Competence,         // Beslutningskompetence, Kompetence
    Decision,           // Beslutning
    Attachments,        // Bilag, Bilagsfortegnelse
}

/// <summary>A block of section content: a paragraph, a list or a table.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "block")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(BulletList), "list")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record Block
{
    [JsonIgnore]
    public abstract string PlainText { get; }
}

public sealed record Paragraph(string Text) : Block
{
    public override string PlainText => Text;
}

public sealed record BulletList(ValueList<string> Entries, bool Numbered = false) : Block
{
    public override string PlainText => string.Join("\n", Entries);
}

public sealed record TableBlock(DataTable Table) : Block
{
    public override string PlainText => Table.ToString();
}
