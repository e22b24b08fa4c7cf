using System.Text;
using Referat.Import.Decoding;

namespace Referat.Generator.Layouts;

/// <summary>The damage extraction chains do to text, applied on purpose: mojibake, folded mojibake, wrapped lines with hyphenation.</summary>
public static class TextDamage
{
    /// <summary>UTF-8 bytes read as Windows-1252: "ø" becomes "Ã¸".</summary>
    public static string Mojibake(string text) => TextDecoder.Windows1252.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>The ASCII-folded form: "ø" as "Å,", "å" as "Å¥", "æ" as "Å|", "Ø" as "Å~".</summary>
    public static string FoldedMojibake(string text) => text.Replace("ø", "Å,").Replace("å", "Å¥").Replace("æ", "Å|").Replace("Ø", "Å~");

    /// <summary>Whether the folded form of a line can be read back: a folded letter standing alone ("(Ø)") cannot.</summary>
    public static bool CanFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('ø' or 'å' or 'æ' or 'Ø'))
                continue;
            var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!before && !after)
                return false;
        }
        return true;
    }

    public static bool HasDanishLetters(string text) => text.Any(c => c is 'æ' or 'ø' or 'å' or 'Æ' or 'Ø' or 'Å');

    /// <summary>Damages some lines in place (never tab-separated rows): mojibake or its folded form.</summary>
    public static void DamageLines(List<string> lines, DamageOptions options, Random rng, DamageReport report, Func<int, bool>? allowed = null)
    {
        if (options.Mojibake <= 0 && options.FoldedMojibake <= 0)
            return;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Contains('\t') || !HasDanishLetters(line) || (allowed is not null && !allowed(i)))
                continue;
            var roll = rng.NextDouble();
            if (roll < options.Mojibake)
            {
                lines[i] = Mojibake(line);
                report.MojibakeLines++;
            }
            else if (roll < options.Mojibake + options.FoldedMojibake && CanFold(line))
            {
                lines[i] = FoldedMojibake(line);
                report.FoldedLines++;
            }
        }
    }

    /// <summary>
    /// Wraps a paragraph at a column, as a PDF extraction prints it. A long lower-case word that does not fit may be
    /// hyphenated ("om-" / "råder"). A sentence that ends short of the column before a capitalised word keeps that
    /// word on its line, as justified print does.
    /// </summary>
    public static List<string> Wrap(string text, int width, double hyphenation, Random rng, DamageReport report)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new StringBuilder();
        foreach (var original in words)
        {
            var word = original;
            if (current.Length == 0)
            {
                current.Append(word);
                continue;
            }
            if (current.Length + 1 + word.Length <= width)
            {
                current.Append(' ').Append(word);
                continue;
            }
            var endsSentence = current.Length > 0 && ".!?:;".Contains(current[^1]);
            if (endsSentence && char.IsUpper(word[0]) && current.Length < width - 2 && word.Length <= 14)
            {
                current.Append(' ').Append(word);
                continue;
            }
            if (hyphenation > 0 && word.Length >= 10 && word.All(char.IsLower) && rng.NextDouble() < hyphenation)
            {
                var room = width - current.Length - 2;
                var cut = Math.Min(room, word.Length - 4);
                if (cut >= 3)
                {
                    var rest = word[cut..];
                    if (rest is not ("og" or "eller" or "samt" or "til"))
                    {
                        current.Append(' ').Append(word[..cut]).Append('-');
                        lines.Add(current.ToString());
                        current.Clear().Append(rest);
                        report.Hyphenations++;
                        continue;
                    }
                }
            }
            lines.Add(current.ToString());
            current.Clear().Append(word);
        }
        if (current.Length > 0)
            lines.Add(current.ToString());
        return lines;
    }

    /// <summary>
    /// Splits a one-line paragraph where a page break could fall inside a sentence: before a lower-case word, after a
    /// word that ends no sentence and no clause. Returns null when there is no such place.
    /// </summary>
    public static (string First, string Remainder)? SplitForPageBreak(string paragraph, Random rng)
    {
        var words = paragraph.Split(' ');
        var candidates = new List<int>();
        for (var i = 3; i < words.Length - 2; i++)
        {
            var previous = words[i - 1];
            if (words[i].Length > 0 && char.IsLower(words[i][0]) && previous.Length > 0 && char.IsLetter(previous[^1]))
                candidates.Add(i);
        }
        if (candidates.Count == 0)
            return null;
        var at = candidates[rng.Next(candidates.Count)];
        return (string.Join(' ', words.Take(at)), string.Join(' ', words.Skip(at)));
    }
}
