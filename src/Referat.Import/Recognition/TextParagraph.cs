namespace Referat.Import.Recognition;

/// <summary>A paragraph joined from one or more lines, with the source line range it came from.</summary>
public sealed record TextParagraph(string Text, int FirstLine, int LastLine, bool HasTabs)
{
    public bool IsBullet => Text.StartsWith(Normalisation.CharacterRepair.Bullet, StringComparison.Ordinal);
}
