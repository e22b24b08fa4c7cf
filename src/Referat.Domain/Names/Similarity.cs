namespace Referat.Domain;

/// <summary>String distances for name rules.</summary>
public static class Similarity
{
    /// <summary>Levenshtein distance: insertions, deletions and substitutions, each costing 1.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    public static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>Edit distance relative to the longer string: 0 equal, 1 nothing in common.</summary>
    public static double Ratio(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? 0 : (double)EditDistance(a, b) / Math.Max(a.Length, b.Length);
}
