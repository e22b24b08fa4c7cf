namespace Referat.Domain;

/// <summary>The size classes of an item's largest amount, for the search facet: under 100.000 kr., 100.000 kr. to
/// 1 mio. kr., 1 to 10 mio. kr., and 10 mio. kr. or more.</summary>
public enum AmountSize
{
    Small,
    Medium,
    Large,
    VeryLarge,
}

public static class AmountSizes
{
    private static readonly long[] Limits = [100_000, 1_000_000, 10_000_000];

    public static AmountSize Of(long kr)
    {
        var size = Math.Abs(kr);
        var i = Array.FindIndex(Limits, limit => size < limit);
        return (AmountSize)(i < 0 ? Limits.Length : i);
    }

    public static string DanishName(this AmountSize size) => size switch
    {
        AmountSize.Small => "Under 100.000 kr.",
        AmountSize.Medium => "100.000 kr. til 1 mio. kr.",
        AmountSize.Large => "1 til 10 mio. kr.",
        _ => "10 mio. kr. og derover",
    };
}
