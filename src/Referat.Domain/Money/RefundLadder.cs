using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>One step of the refusionstrappe: the state refunds <see cref="Percent"/> of the municipality's expense in
/// the weeks up to and including <see cref="ThroughWeek"/> (null: every week after the step before).</summary>
public sealed record RefundStep(int? ThroughWeek, decimal Percent);

/// <summary>
/// The refusionstrappe: the state's refund of a municipality's expense for a citizen on public support falls with the
/// weeks the citizen has been on it. The steps are data; <see cref="Standard"/> is the ladder in force since 2016
/// (weeks 1–4: 80 %, 5–26: 40 %, 27–52: 30 %, after week 52: 20 %). Written and read as "4:80, 26:40, 52:30, *:20".
/// </summary>
public sealed partial record RefundLadder(ValueList<RefundStep> Steps)
{
    public static RefundLadder Standard { get; } = new([new(4, 80), new(26, 40), new(52, 30), new(null, 20)]);

    [GeneratedRegex(@"^\s*(?<week>\d{1,4}|\*)\s*:\s*(?<percent>\d{1,3}(?:[,.]\d+)?)\s*%?\s*$")]
    private static partial Regex StepText();

    /// <summary>The refund percentage in a week, counted from 1.</summary>
    public decimal PercentIn(int week) => Steps.First(s => s.ThroughWeek is null || week <= s.ThroughWeek).Percent;

    public override string ToString() => string.Join(", ", Steps.Select(s =>
        $"{(s.ThroughWeek is { } w ? w.ToString(CultureInfo.InvariantCulture) : "*")}:{s.Percent.ToString("0.##", CultureInfo.GetCultureInfo("da-DK"))}"));

    /// <summary>Reads "4:80, 26:40, 52:30, *:20": rising weeks, percentages 0–100, the last step open ("*").</summary>
    public static bool TryParse(string text, out RefundLadder ladder, out string error)
    {
        ladder = Standard;
        var steps = new List<RefundStep>();
        foreach (var part in text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = StepText().Match(part);
            if (!m.Success)
            {
                error = $"Trinnet «{part}» skal skrives som uge:procent, fx 4:80 (det sidste trin *:20).";
                return false;
            }
            var percent = decimal.Parse(m.Groups["percent"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            int? week = m.Groups["week"].Value == "*" ? null : int.Parse(m.Groups["week"].Value, CultureInfo.InvariantCulture);
            if (percent > 100 || steps.Count > 0 && (steps[^1].ThroughWeek is null || week is { } w && w <= steps[^1].ThroughWeek))
            {
                error = $"Trinnet «{part}» skal ligge efter det forrige og have en procent mellem 0 og 100.";
                return false;
            }
            steps.Add(new RefundStep(week, percent));
        }
        if (steps.Count == 0 || steps[^1].ThroughWeek is not null)
        {
            error = "Det sidste trin skal gælde resten af forløbet: skriv fx *:20.";
            return false;
        }
        ladder = new RefundLadder(steps.ToValueList());
        error = "";
        return true;
    }
}
