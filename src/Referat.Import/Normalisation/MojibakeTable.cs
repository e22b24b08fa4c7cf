using System.Text;
using Referat.Import.Decoding;

namespace Referat.Import.Normalisation;

/// <summary>
/// The sequences that UTF-8 text turns into when it is read as Windows-1252 or Latin-1 ("Ã¸" for "ø"), and the
/// ASCII-folded form of those sequences that some export chains produce ("Å," for "ø": the lead byte shown as "Å"
/// and the trail byte's glyph folded to its ASCII look-alike). Built from the encodings, not listed by hand.
/// </summary>
public static class MojibakeTable
{
    private const string RepairableLetters = "æøåÆØÅéèêëüöäóáíúÉÜÖÄ–—“”‘’…•";

    private static readonly Dictionary<char, string> AsciiFolds = new()
    {
        ['¸'] = ",", ['¦'] = "|", ['˜'] = "~", ['…'] = "...", ['‚'] = ",", ['„'] = ",,", ['‹'] = "<", ['›'] = ">",
        ['´'] = "'", ['¨'] = "\"", ['¯'] = "-", ['·'] = ".",
    };

    public static IReadOnlyList<KeyValuePair<string, string>> Entries { get; } = Build();

    private static List<KeyValuePair<string, string>> Build()
    {
        var latin1 = Encoding.Latin1;
        var entries = new Dictionary<string, string>();
        foreach (var letter in RepairableLetters)
        {
            var bytes = Encoding.UTF8.GetBytes(letter.ToString());
            foreach (var wrong in new[] { TextDecoder.Windows1252.GetString(bytes), latin1.GetString(bytes) })
            {
                if (wrong.Any(char.IsControl))
                    continue;
                entries.TryAdd(wrong, letter.ToString());
                if (wrong[0] == 'Ã')
                    entries.TryAdd("Å" + string.Concat(wrong[1..].Select(c => AsciiFolds.GetValueOrDefault(c, c.ToString()))), letter.ToString());
            }
        }
        // Longest first, so that "Å..." wins over any shorter prefix.
        return entries.Where(e => e.Key != e.Value).OrderByDescending(e => e.Key.Length).ToList();
    }
}
