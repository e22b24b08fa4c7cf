namespace Referat.Domain;

/// <summary>
/// One line of an appropriation table (bevillingsmæssige ændringer): its text, the committee and activity area it is
/// booked on, whether it is service and permanent where the table says so, the price level, and an amount in kroner
/// per year.
/// </summary>
public sealed record AppropriationLine(
    string Text, string? Committee, string? Activity, bool? Service, bool? Permanent, int? PriceLevel, ValueList<YearAmount> Amounts);

/// <summary>An amount in whole kroner booked on a year.</summary>
public readonly record struct YearAmount(int Year, long Kr);

/// <summary>An appropriation table read as data: its lines, and what its printed totals say that the lines do not.</summary>
public sealed record AppropriationTable(ValueList<AppropriationLine> Lines, ValueList<string> Warnings);

/// <summary>
/// Where an appropriation stands: proposed (on the agenda), recommended (a body before the deciding one said yes), or
/// granted (the body with competence by the item's chain approved it).
/// </summary>
public enum AppropriationStatus
{
    Proposed,
    Recommended,
    Granted,
}
