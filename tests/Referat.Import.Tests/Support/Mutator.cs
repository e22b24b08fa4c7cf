using System.Text;

namespace Referat.Import.Tests.Support;

/// <summary>
/// Deterministic mutations of a document's text, for robustness tests: line edits, block shuffles, truncation
/// and insertion of hostile characters (controls, lone surrogates, mojibake, bullets, form feeds, BiDi marks).
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly string[] Hostile =
    [
        "\0", "\u0001", "\u0007", "\b", "\u001B", "\u007F", "\u0085", "\f", "\v", "\t", "\r", "\r\n", "\u2028", "\u2029",
        "\uFEFF", "\u200B", "\u00AD", "\u00A0", "\u202E", "\u200F", "\uD800", "\uDC00", "\uFFFD", "\uF0B7", "•", "◦",
        "Ã¸", "Ã¥", "Ã¦", "Ã˜", "Å,", "Å¥", "Å|", "Å~", "Å...", "â€“", "â€", "Ã", "Å", "â",
        "(", ")", "(A)", "((", "Punkt 7: ", "Punkt 3", "Sag nr. 2", "Beslutning", "Bilag", ".....\t9", "\t-\t", "I alt\t1.000",
        "Ad 1-999999)", "Ad 3-)", "den 31. februar 2026", "d. 99-99-9999", "kl. 25:99", "2026-2029", "99.99.99-Å99-99999-99",
        "var fraværende", "I stedet for", "stemte imod", "For stemte:", "#", "**", "\\", "😀", "𝔄", "ǅ", "ß", "İ",
    ];

    public string Mutate(string text, int mutations)
    {
        var lines = text.Split('\n').ToList();
        for (var m = 0; m < mutations && lines.Count > 0; m++)
        {
            switch (random.Next(9))
            {
                case 0: // delete a run of lines
                {
                    var start = random.Next(lines.Count);
                    lines.RemoveRange(start, Math.Min(lines.Count - start, 1 + random.Next(20)));
                    break;
                }
                case 1: // duplicate a run of lines
                {
                    var start = random.Next(lines.Count);
                    var run = lines.GetRange(start, Math.Min(lines.Count - start, 1 + random.Next(30)));
                    lines.InsertRange(random.Next(lines.Count + 1), run);
                    break;
                }
                case 2: // swap two lines
                {
                    int a = random.Next(lines.Count), b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    break;
                }
                case 3: // insert hostile characters into a line
                {
                    var i = random.Next(lines.Count);
                    var line = lines[i];
                    var at = random.Next(line.Length + 1);
                    lines[i] = line[..at] + RandomHostile() + line[at..];
                    break;
                }
                case 4: // a line of random code points
                    lines.Insert(random.Next(lines.Count + 1), RandomString(1 + random.Next(80)));
                    break;
                case 5: // truncate
                {
                    var joined = string.Join("\n", lines);
                    lines = joined[..random.Next(joined.Length + 1)].Split('\n').ToList();
                    break;
                }
                case 6: // shuffle blocks of lines
                {
                    var size = 5 + random.Next(60);
                    var blocks = lines.Chunk(size).ToList();
                    for (var k = blocks.Count - 1; k > 0; k--)
                    {
                        var j = random.Next(k + 1);
                        (blocks[k], blocks[j]) = (blocks[j], blocks[k]);
                    }
                    lines = blocks.SelectMany(b => b).ToList();
                    break;
                }
                case 7: // mis-decode a stretch as Windows-1252 (mojibake)
                {
                    var i = random.Next(lines.Count);
                    lines[i] = Layouts.Mojibake(lines[i]);
                    break;
                }
                default: // join or split lines at random
                {
                    var i = random.Next(lines.Count);
                    if (random.Next(2) == 0 && i + 1 < lines.Count)
                    {
                        lines[i] += " " + lines[i + 1];
                        lines.RemoveAt(i + 1);
                    }
                    else if (lines[i].Length > 1)
                    {
                        var at = random.Next(1, lines[i].Length);
                        lines.Insert(i + 1, lines[i][at..]);
                        lines[i] = lines[i][..at];
                    }
                    break;
                }
            }
        }
        return string.Join("\n", lines);
    }

    public string RandomHostile()
    {
        var builder = new StringBuilder();
        for (var k = 1 + random.Next(3); k > 0; k--)
            builder.Append(Hostile[random.Next(Hostile.Length)]);
        return builder.ToString();
    }

    /// <summary>Random UTF-16 code units from all planes of interest, lone surrogates included.</summary>
    public string RandomString(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0x20, 0x7F),
                2 => (char)random.Next(0xA0, 0x250),
                3 => (char)random.Next(0x2000, 0x2070),
                4 => (char)random.Next(0xD800, 0xE000),
                _ => RandomHostile()[0],
            });
        }
        return builder.ToString();
    }

    /// <summary>Encodes the text the way a file might arrive: UTF-8 (with or without BOM), UTF-16 or Windows-1252.</summary>
    public byte[] Encode(string text) => random.Next(6) switch
    {
        0 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        1 => Encoding.Unicode.GetBytes(text),
        2 => Encoding.BigEndianUnicode.GetBytes(text),
        3 => Referat.Import.Decoding.TextDecoder.Windows1252.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };
}
