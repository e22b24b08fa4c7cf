namespace Referat.Import.Recognition.Toc;

/// <summary>
/// The headings that group an agenda into open and closed items or by competence ("Åbne dagsordenspunkter",
/// "Lukkede dagsordenspunkter", "SAGER TIL EFTERRETNING"): part of the layout, never an item or a title.
/// </summary>
public static class GroupHeadings
{
    private static readonly string[] Phrases =
    [
        "åbne dagsordenspunkter", "lukkede dagsordenspunkter", "åbne punkter", "lukkede punkter", "åbent møde", "lukket møde", "åbne sager", "lukkede sager",
        "sager til efterretning", "sager til orientering", "til kommunalbestyrelsens afgørelse", "til byrådets afgørelse", "til udvalgets afgørelse", "sager til beslutning",
        "beslutningssager", "orienteringssager", "åben dagsorden", "lukket dagsorden", "indholdsfortegnelse", "punkter", "dagsordenspunkter", "til behandling forelå",
    ];

    private static readonly HashSet<string> Set = new(Phrases, StringComparer.OrdinalIgnoreCase);
    private static readonly int Longest = Phrases.Max(p => p.Length);

    public static bool IsGroupHeading(string text)
    {
        var key = text.AsSpan().Trim().TrimEnd(':').TrimEnd();
        return key.Length > 0 && key.Length <= Longest && char.IsLetter(key[0]) && Set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    /// <summary>Removes group headings that stand inside a run of text ("… område 28 Lukkede dagsordenspunkter 17 …").</summary>
    public static string Remove(string text)
    {
        foreach (var phrase in Phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || text[at - 1] == ' ') && (at + phrase.Length == text.Length || text[at + phrase.Length] is ' ' or ':'))
                text = (text[..at] + text[(at + phrase.Length)..].TrimStart(':')).Replace("  ", " ").Trim();
        }
        return text;
    }

    public static bool IsTocKeyword(string text)
    {
        var key = text.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        return key is "indholdsfortegnelse" or "indhold" or "punkter" or "dagsordenspunkter" or "dagsorden" or "oversigt over punkter";
    }
}

/// <summary>Where an agenda is grouped into open and closed items: which lines fall under a closed group.</summary>
public static class Grouping
{
    private static readonly string[] Closed = ["lukkede dagsordenspunkter", "lukkede punkter", "lukket møde", "lukkede sager", "lukket dagsorden"];
    private static readonly string[] Open = ["åbne dagsordenspunkter", "åbne punkter", "åbent møde", "åbne sager", "åben dagsorden"];

    /// <summary>For every line, whether the nearest group heading above it says "closed".</summary>
    public static bool[] ClosedLines(IReadOnlyList<Lines.Line> lines)
    {
        var closed = new bool[lines.Count];
        var state = false;
        for (var i = 0; i < lines.Count; i++)
        {
            closed[i] = state;
            if (lines[i].IsBlank || !GroupHeadings.IsGroupHeading(lines[i].Text))
                continue;
            var key = lines[i].Trimmed.TrimEnd(':').Trim().ToLowerInvariant();
            if (Array.IndexOf(Closed, key) >= 0)
                state = true;
            else if (Array.IndexOf(Open, key) >= 0)
                state = false;
        }
        return closed;
    }
}
