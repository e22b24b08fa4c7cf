using Referat.Domain;

namespace Referat.Archive.Tests;

/// <summary>The refusionstrappe's arithmetic against sums worked out by hand.</summary>
public sealed class RefundLadderTests
{
    // 7.000 kr. a week is 1.000 kr. a day: the sums below are whole numbers to check by hand.
    private static readonly TargetGroup Group = new("Eksempel", 7_000m, 100m);

    [Fact]
    public void Five_weeks_cost_the_municipality_four_weeks_at_20_percent_and_one_at_60_percent()
    {
        var r = RefundCalculation.Of(Group, RefundLadder.Standard, days: 35, shorterBy: 7, cases: 10);
        // weeks 1-4: 28 days x 1.000 = 28.000, refund 80 % = 22.400, municipality 5.600
        // week 5:     7 days x 1.000 =  7.000, refund 40 % =  2.800, municipality 4.200
        Assert.Equal(9_800m, r.Expense);
        Assert.Equal(25_200m, r.Refund);
        Assert.Equal(5_600m, r.ShorterExpense);          // four weeks only
        Assert.Equal(4_200m, r.Saving);
        Assert.Equal([28, 7, 0, 0], r.Steps.Select(s => s.Days));
        Assert.Equal(42_000m, r.Saving * r.Cases);
    }

    [Fact]
    public void A_long_case_reaches_every_step_and_the_share_scales_the_expense()
    {
        var half = Group with { MunicipalSharePercent = 50m };
        var r = RefundCalculation.Of(half, RefundLadder.Standard, days: 400, shorterBy: 10, cases: 1);
        // 500 kr. a day: 28 d at 20 % = 2.800; 154 d at 60 % = 46.200; 182 d at 70 % = 63.700; 36 d at 80 % = 14.400
        Assert.Equal([28, 154, 182, 36], r.Steps.Select(s => s.Days));
        Assert.Equal(127_100m, r.Expense);
        Assert.Equal(200_000m - 127_100m, r.Refund);
        Assert.Equal(10 * 500m * 0.8m, r.Saving);         // the last ten days are all after week 52
    }

    [Fact]
    public void Steps_are_data_read_and_written_as_week_colon_percent()
    {
        Assert.True(RefundLadder.TryParse("4:80, 26:40, 52:30, *:20", out var standard, out _));
        Assert.Equal(RefundLadder.Standard, standard);
        Assert.Equal("4:80, 26:40, 52:30, *:20", RefundLadder.Standard.ToString());
        Assert.True(RefundLadder.TryParse("2:100; *:0", out var own, out _));
        Assert.Equal(14_000m - 0m, RefundCalculation.Of(Group, own, 21, 0, 1).Refund);   // two weeks refunded in full
        Assert.False(RefundLadder.TryParse("26:40, 4:80, *:20", out _, out var order));
        Assert.Contains("efter det forrige", order);
        Assert.False(RefundLadder.TryParse("4:80, 26:40", out _, out var open));
        Assert.Contains("*:20", open);
        Assert.False(RefundLadder.TryParse("fire:80", out _, out _));
    }
}
