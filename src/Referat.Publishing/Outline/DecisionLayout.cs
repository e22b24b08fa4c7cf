using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>
/// Lays out one decision: the header line "&lt;Body&gt;, den 9. marts 2026" when both body and date are known, the
/// decision text paragraph by paragraph, then one attendance sentence per absence.
/// </summary>
internal static class DecisionLayout
{
    public static IEnumerable<OutlineBlock> Build(Decision decision)
    {
        if (HeaderLine(decision) is { } header)
            yield return new LineBlock(header);
        foreach (var paragraph in ItemLayout.Paragraphs(decision.Text))
            yield return paragraph;
        foreach (var absence in decision.Absences)
            yield return new ParagraphBlock(AttendanceSentence.Write(absence));
    }

    public static string? HeaderLine(Decision decision) =>
        string.IsNullOrWhiteSpace(decision.Body) || decision.Date is not { } date
            ? null
            : $"{ItemLabels.Clean(decision.Body)}, den {DanishFormat.LongDate(date)}";
}
