namespace Referat.Domain;

/// <summary>A municipal election term (valgperiode), such as 2026-2029.</summary>
public readonly record struct LegislativeTerm(int FirstYear, int LastYear)
{
    public static bool TryParse(string text, out LegislativeTerm term)
    {
        term = default;
        var parts = text.Trim().Split('-', '–');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var first) || !int.TryParse(parts[1], out var last))
            return false;
        if (first < 1900 || last < first || last - first > 8)
            return false;
        term = new LegislativeTerm(first, last);
        return true;
    }

    public bool Contains(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear;

    public override string ToString() => $"{FirstYear}-{LastYear}";
}
