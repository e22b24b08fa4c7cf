namespace Referat.Domain;

/// <summary>A target group for the refusionstrappe: a benefit per week and the share of it the municipality pays
/// before the state's refund (100 % for kontanthjælp; lower where others pay part of the benefit).</summary>
public sealed record TargetGroup(string Name, decimal WeeklyBenefit, decimal MunicipalSharePercent);

/// <summary>What one step of the ladder costs in a case: the days spent on it, the municipality's gross expense, the
/// state's refund and what the municipality pays in the end.</summary>
public sealed record StepCost(RefundStep Step, int FromWeek, int Days, decimal Gross, decimal Refund)
{
    public decimal Net => Gross - Refund;
}

/// <summary>
/// One case of <see cref="Days"/> days on support, and the same case <see cref="ShorterBy"/> days shorter, for
/// <see cref="Cases"/> cases: the municipality's expense after the refund, the refund, and the saving. A day costs a
/// seventh of the weekly benefit times the municipality's share; day d lies in week (d − 1) / 7 + 1.
/// </summary>
public sealed record RefundCalculation(TargetGroup Group, RefundLadder Ladder, int Days, int ShorterBy, int Cases,
    IReadOnlyList<StepCost> Steps, IReadOnlyList<StepCost> ShorterSteps)
{
    public decimal Expense => Steps.Sum(s => s.Net);
    public decimal Refund => Steps.Sum(s => s.Refund);
    public decimal ShorterExpense => ShorterSteps.Sum(s => s.Net);
    public decimal Saving => Expense - ShorterExpense;

    public static RefundCalculation Of(TargetGroup group, RefundLadder ladder, int days, int shorterBy, int cases)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfNegative(cases);
        shorterBy = Math.Clamp(shorterBy, 0, days);
        return new RefundCalculation(group, ladder, days, shorterBy, cases, Costs(group, ladder, days), Costs(group, ladder, days - shorterBy));
    }

    private static List<StepCost> Costs(TargetGroup group, RefundLadder ladder, int days)
    {
        var perDay = group.WeeklyBenefit / 7m * group.MunicipalSharePercent / 100m;
        var costs = new List<StepCost>();
        var fromWeek = 1;
        foreach (var step in ladder.Steps)
        {
            var firstDay = (fromWeek - 1) * 7 + 1;
            var lastDay = step.ThroughWeek is { } w ? Math.Min(days, w * 7) : days;
            var inStep = Math.Max(0, lastDay - firstDay + 1);
            var gross = perDay * inStep;
            costs.Add(new StepCost(step, fromWeek, inStep, gross, gross * step.Percent / 100m));
            if (step.ThroughWeek is not { } through)
                break;
            fromWeek = through + 1;
        }
        return costs;
    }
}
