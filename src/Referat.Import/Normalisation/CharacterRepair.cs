using System.Text;
using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Normalisation;

/// <summary>
/// Character-level repair: mojibake back to Danish letters, invisible and odd spaces to plain ones, and the many
/// bullet glyphs of PDF and Word exports to one bullet, "• ".
/// </summary>
public sealed partial class CharacterRepair : ILineStep
{
    public const string Bullet = "• ";

    // U+F0B7 and U+F0A7 are Symbol-font bullets from Word; U+FFFD is what a lost bullet becomes; "o" is Word's second level.
    [GeneratedRegex(@"^(?<indent>\s*)(?:[•▪■●◦∙·\uF0B7\uF0A7\uF076\uF0D8\uFFFD]|[-*–](?=\s)|o(?=\s+\p{Lu}))\s*")]
    private static partial Regex BulletStart();

    public void Apply(LineDocument document)
    {
        var repaired = 0;
        var firstRepaired = 0;
        foreach (var line in document.Lines)
        {
            var text = line.Text;
            if (MayHoldMojibake(text))
            {
                var fixedText = RepairMojibake(text);
                if (fixedText != text)
                {
                    if (repaired++ == 0)
                        firstRepaired = line.FirstLine;
                    text = fixedText;
                }
            }
            text = CleanSpaces(text);
            var bullet = MayStartWithBullet(text) ? BulletStart().Match(text) : System.Text.RegularExpressions.Match.Empty;
            if (bullet.Success && bullet.Length < text.Length)
            {
                var glyph = text[bullet.Groups["indent"].Length..bullet.Length].Trim();
                if (glyph is not "•")
                    line.Glyph = glyph;
                text = bullet.Groups["indent"].Value + Bullet + text[bullet.Length..];
            }
            else if (bullet.Success && text.Trim().Length <= 1)
                text = bullet.Groups["indent"].Value;
            line.Text = text;
        }
        if (repaired > 0)
            document.Warn(firstRepaired, $"repaired mis-decoded characters (mojibake) on {repaired} lines, the first here");
    }

    private static bool MayStartWithBullet(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i < text.Length && text[i] is '•' or '▪' or '■' or '●' or '◦' or '∙' or '·' or '\uF0B7' or '\uF0A7' or '\uF076' or '\uF0D8' or '\uFFFD' or '-' or '*' or '–' or 'o';
    }

    private static bool MayHoldMojibake(string text) => text.AsSpan().IndexOfAny('Ã', 'Å', 'â') >= 0;

    /// <summary>
    /// Replaces mojibake sequences, but only where the sequence sits inside or next to a word: "Å," alone
    /// between spaces could be real text, "pÅ¥" cannot.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var replaced = false;
            if (text[i] is 'Ã' or 'Å' or 'â')
            {
                foreach (var (wrong, right) in MojibakeTable.Entries)
                {
                    if (string.CompareOrdinal(text, i, wrong, 0, wrong.Length) != 0)
                        continue;
                    var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                    var after = i + wrong.Length < text.Length && char.IsLetterOrDigit(text[i + wrong.Length]);
                    if (text[i] == 'Ã' || text[i] == 'â' || before || after)
                    {
                        builder.Append(right);
                        i += wrong.Length;
                        replaced = true;
                    }
                    break;
                }
            }
            if (!replaced)
                builder.Append(text[i++]);
        }
        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> OddSpaces =
        System.Buffers.SearchValues.Create("\u00A0\u2007\u202F\u2009\u2002\u2003\u00AD\u200B\u200C\u200D\uFEFF");

    private static string CleanSpaces(string text)
    {
        if (text.AsSpan().IndexOfAny(OddSpaces) < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003':
                    builder.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
