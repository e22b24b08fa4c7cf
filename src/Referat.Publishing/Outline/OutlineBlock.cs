namespace Referat.Publishing.Outline;

/// <summary>
/// One block of the secretariat's layout, independent of the output format. Each renderer writes the same blocks
/// in the same order, so text, HTML and PDF say the same thing.
/// </summary>
public abstract record OutlineBlock;

/// <summary>The meeting's title line: "REFERAT Økonomiudvalget 2026-2029 d. 04-02-2027".</summary>
public sealed record TitleBlock(string Text) : OutlineBlock;

/// <summary>A labelled header line: "Mødedato Mandag d. 9. marts 2026 kl. 16:00".</summary>
public sealed record FieldBlock(string Label, string Value) : OutlineBlock
{
    public string Text => Value.Length == 0 ? Label : $"{Label} {Value}";
}

/// <summary>An item heading: "Punkt 3: Title (Beslutning)".</summary>
public sealed record ItemHeadingBlock(string Text, int ItemIndex) : OutlineBlock;

/// <summary>The item's case number on its own line.</summary>
public sealed record CaseNumberBlock(string Text) : OutlineBlock;

/// <summary>A section heading alone on its line: "Resume", "Beslutning".</summary>
public sealed record SectionHeadingBlock(string Text) : OutlineBlock;

/// <summary>A line that must never wrap, such as a decision header "Økonomiudvalget, den 9. marts 2026".</summary>
public sealed record LineBlock(string Text) : OutlineBlock;

/// <summary>A paragraph of running text; may wrap.</summary>
public sealed record ParagraphBlock(string Text) : OutlineBlock;

/// <summary>A bulleted (or numbered) list; each entry may wrap.</summary>
public sealed record ListBlock(IReadOnlyList<string> Entries, bool Numbered) : OutlineBlock;

/// <summary>A table: a header row (may be all empty) and the rows' cell texts.</summary>
public sealed record TableOutlineBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : OutlineBlock
{
    public bool HasHeader => Header.Any(h => h.Trim().Length > 0);
}

/// <summary>Text printed as it stands, line by line (the attachments part of a meeting package).</summary>
public sealed record VerbatimBlock(string Text) : OutlineBlock;
