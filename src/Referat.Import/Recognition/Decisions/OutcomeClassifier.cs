using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.Decisions;

/// <summary>Classifies a decision text by the words municipalities use for each outcome; the text itself is kept.</summary>
public static partial class OutcomeClassifier
{
    [GeneratedRegex(@"^\s*Ad\s+[\d\s,\-–og]+\)\s*")]
    private static partial Regex PointMarker();

    [GeneratedRegex(@"Ad\s+(?<from>\d+)(?:\s*[-–]\s*(?<to>\d+))?(?<more>(?:\s*(?:,|og)\s*\d+)*)\s*\)")]
    private static partial Regex PointRange();

    private static readonly (Regex Words, DecisionOutcome Outcome)[] Rules =
    [
        (Compiled("ikke godkendt|ikke anbefalet|afvist|forkastet|faldt|nedstemt"), DecisionOutcome.Rejected),
        (Compiled("udsat|sagen udsættes|udskudt|trukket"), DecisionOutcome.Postponed),
        (Compiled("anbefal"), DecisionOutcome.Recommended),
        (Compiled("godkend|vedtaget|bevilget|tiltrådt|besluttet"), DecisionOutcome.Approved),
        (Compiled("taget til efterretning|orientering givet|orienteringen|til orientering|til efterretning|orienteret"), DecisionOutcome.Noted),
        (Compiled("drøftet|drøftede|drøftelse"), DecisionOutcome.Discussed),
    ];

    private static Regex Compiled(string words) => new(words, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The outcome named first in the decision wins: "Godkendt, idet sagen anbefales …" is approved.</summary>
    public static DecisionOutcome Classify(string text)
    {
        var firstLine = text.Split('\n')[0];
        var head = PointMarker().Replace(firstLine, "").ToLowerInvariant();
        var best = DecisionOutcome.Other;
        var bestIndex = int.MaxValue;
        foreach (var (words, outcome) in Rules)
        {
            var match = words.Match(head);
            if (match.Success && match.Index < bestIndex)
            {
                best = outcome;
                bestIndex = match.Index;
            }
        }
        return best;
    }

    /// <summary>The recommendation points named by "Ad 1)", "Ad 1-4)", "Ad 2 og 3)".</summary>
    public static IReadOnlyList<int> Points(string text)
    {
        var points = new SortedSet<int>();
        foreach (Match match in PointRange().Matches(text))
        {
            var from = int.Parse(match.Groups["from"].Value);
            var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value) : from;
            for (var p = from; p <= Math.Min(to, from + 50); p++)
                points.Add(p);
            foreach (Match extra in Regex.Matches(match.Groups["more"].Value, @"\d+"))
                points.Add(int.Parse(extra.Value));
        }
        return points.ToList();
    }
}
