namespace Referat.Domain;

/// <summary>
/// A municipal election term (valgperiode), such as 2026-2029: four years from 1 January after the November election.
/// </summary>
/// <remarks>
/// A value type: the default value is not a term (its <see cref="FirstYear"/> is 0); every constructed term runs forward
/// from a year after 1900 for at most nine years (the printed terms of older minutes vary). Equality is by the years.
/// </remarks>
public readonly record struct LegislativeTerm
{
    /// <summary>The first calendar year of the term of the current cycle (2010-2013, 2014-2017, …).</summary>
    private const int CycleStart = 2010;

    public int FirstYear { get; }
    public int LastYear { get; }

    public LegislativeTerm(int firstYear, int lastYear)
    {
        if (firstYear < 1900 || lastYear < firstYear || lastYear - firstYear > 8)
            throw new ArgumentOutOfRangeException(nameof(lastYear), $"{firstYear}-{lastYear} is not a legislative term");
        (FirstYear, LastYear) = (firstYear, lastYear);
    }

    /// <summary>The term the date falls in by the Danish cycle: the term the minutes mean when they print none.</summary>
    public static LegislativeTerm Containing(DateOnly date)
    {
        var first = date.Year - ((date.Year - CycleStart) % 4 + 4) % 4;
        return new LegislativeTerm(first, first + 3);
    }

    /// <summary>Reads "2026-2029" (or with an en dash); false for anything else.</summary>
    public static bool TryParse(string text, out LegislativeTerm term)
    {
        term = default;
        var parts = text.Trim().Split('-', '–');
        if (parts.Length != 2 || !int.TryParse(parts[0].Trim(), out var first) || !int.TryParse(parts[1].Trim(), out var last))
            return false;
        if (first < 1900 || last < first || last - first > 8)
            return false;
        term = new LegislativeTerm(first, last);
        return true;
    }

    public DateOnly Start => new(FirstYear, 1, 1);
    public DateOnly End => new(LastYear, 12, 31);

    public bool Contains(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>The term's number in the four-year cycle: adjacent terms differ by one.</summary>
    public int CycleIndex => (int)Math.Floor((FirstYear - CycleStart) / 4.0);

    public override string ToString() => $"{FirstYear}-{LastYear}";
}
