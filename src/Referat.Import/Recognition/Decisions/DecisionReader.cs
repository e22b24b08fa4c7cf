using Referat.Domain;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Decisions;

/// <summary>
/// Reads the decisions of an item from the lines where they stand: split at each decision header line
/// ("Skoleudvalget, den 2. februar 2027"), attendance sentences taken out of the text and read as absences.
/// </summary>
public sealed class DecisionReader(ParagraphJoiner joiner)
{
    public List<(Decision Decision, int FirstLine, int LastLine)> Read(IReadOnlyList<Line> lines)
    {
        var decisions = new List<(Decision, int, int)>();
        var blockStart = 0;
        string? body = null;
        DateOnly? date = null;
        var headerLine = -1;

        void Close(int end)
        {
            var block = lines.Skip(blockStart).Take(end - blockStart).ToList();
            var decision = Build(block, body, date, headerLine);
            if (decision is not null)
                decisions.Add(decision.Value);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!DecisionHeaderLine.TryRead(lines[i].Text, out var nextBody, out var nextDate))
                continue;
            Close(i);
            body = nextBody;
            date = nextDate;
            headerLine = lines[i].FirstLine;
            blockStart = i + 1;
        }
        Close(lines.Count);
        return decisions;
    }

    private static bool IsBareLink(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.StartsWith("http://") || w.StartsWith("https://") || w.StartsWith("www."));

    private (Decision, int, int)? Build(List<Line> block, string? body, DateOnly? date, int headerLine)
    {
        var paragraphs = joiner.Join(block);
        var text = new List<string>();
        var attendance = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (AttendanceReader.IsAttendance(paragraph.Text))
                attendance.Add(paragraph.Text);
            else if (attendance.Count > 0 || IsBareLink(paragraph.Text))
                continue; // after the attendance lines comes other matter (a supplementary case description, link residue)
            else
                text.Add(paragraph.Text);
        }
        if (text.Count == 0 && body is null)
            return null;
        var joined = string.Join("\n", text);
        var first = headerLine > 0 ? headerLine : paragraphs.FirstOrDefault()?.FirstLine ?? 0;
        var last = paragraphs.LastOrDefault()?.LastLine ?? first;
        var decision = new Decision
        {
            Body = body,
            Date = date,
            Text = joined,
            Outcome = OutcomeClassifier.Classify(joined),
            Points = OutcomeClassifier.Points(joined).ToValueList(),
            Votes = VoteReader.Read(joined).ToValueList(),
            Absences = AttendanceReader.Read(attendance).ToValueList(),
        };
        return (decision, first, last);
    }
}
