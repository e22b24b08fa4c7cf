using Referat.Import.Lines;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Where an agenda item starts: its number as printed ("" where the document prints none), the raw title (tags still
/// attached), the lines it took, and how sure the outline is of it, with the evidence as words.
/// </summary>
public sealed record ItemHeading(string Number, string RawTitle, int StartIndex, int EndIndex, double Confidence = 1.0, string Reason = "")
{
    /// <summary>The item is known only from the table of contents or a list: it has no body in this document.</summary>
    public bool ListOnly { get; init; }
}

/// <summary>
/// A line that may open an agenda item, as one rule read it: the number, the title, the lines it spans, and the
/// printed form ("Punkt N:", "• N", "N.", …) so that the outline can prefer the form the document uses throughout.
/// </summary>
public sealed record ItemCandidate(string Number, string Title, int StartIndex, int EndIndex, string Form, double FormWeight)
{
    /// <summary>The number's value and suffix, for ordering: "8a" is (8, "a").</summary>
    public (int Value, string Suffix) Order { get; } = ItemNumbers.Order(Number);

    public ItemHeading ToHeading(double confidence, string reason) => new(Number, Title, StartIndex, EndIndex, confidence, reason);
}

/// <summary>
/// One way minutes mark the start of an agenda item. Every rule is asked about every line; the
/// <see cref="ItemOutline"/> chooses among the candidates by what agrees across the document.
/// Extension point: a new printed form is a new rule, not a branch in the parser.
/// </summary>
public interface IItemHeadingRule
{
    ItemCandidate? TryMatch(IReadOnlyList<Line> lines, int index);
}

public static class ItemNumbers
{
    /// <summary>"08" → "8", "12a" stays; the printed form without leading zeros.</summary>
    public static string Clean(string number)
    {
        var trimmed = number.Trim().TrimEnd('.');
        var digits = 0;
        while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
            digits++;
        if (digits == 0)
            return trimmed;
        var value = trimmed[..digits].TrimStart('0');
        return (value.Length == 0 ? "0" : value) + trimmed[digits..];
    }

    public static (int Value, string Suffix) Order(string number)
    {
        var digits = 0;
        while (digits < number.Length && char.IsDigit(number[digits]))
            digits++;
        return digits == 0 ? (-1, number) : (int.Parse(number[..digits]), number[digits..]);
    }

    /// <summary>Whether <paramref name="next"/> comes after <paramref name="previous"/> in an agenda.</summary>
    public static bool Follows((int Value, string Suffix) previous, (int Value, string Suffix) next) =>
        next.Value > previous.Value || next.Value == previous.Value && string.CompareOrdinal(next.Suffix, previous.Suffix) > 0;
}
