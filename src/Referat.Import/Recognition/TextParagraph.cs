namespace Referat.Import.Recognition;

/// <summary>A paragraph joined from one or more lines, with the source line range it came from.</summary>
/// <param name="Glyph">The bullet as printed ("-", "·") where the paragraph is a list entry whose glyph was normalised to "• ".</param>
public sealed record TextParagraph(string Text, int FirstLine, int LastLine, bool HasTabs, string? Glyph = null)
{
    public bool IsBullet => Text.StartsWith(Normalisation.CharacterRepair.Bullet, StringComparison.Ordinal);

    /// <summary>The text with its bullet as the source printed it: what a quoted decision shows.</summary>
    public string Printed => IsBullet && Glyph is not null ? Glyph + " " + Text[Normalisation.CharacterRepair.Bullet.Length..] : Text;
}
