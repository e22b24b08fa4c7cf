using Referat.Domain;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Decisions;

/// <summary>
/// Reads the decisions of an item from the lines where they stand: split at each decision header line
/// (<see cref="DecisionHeaders"/>), attendance paragraphs taken out of the text and read as absences. Attendance may
/// stand before the decision text or after it; after it, what follows is other matter (a supplementary case
/// description, link residue) and not part of the decision.
/// </summary>
public sealed class DecisionReader(ParagraphJoiner joiner, Labels.FieldLabels labels)
{
    public sealed record Read(Decision Decision, int FirstLine, int LastLine, DecisionHeader? Header);

    /// <param name="opening">The header line that opened the region, when it was not a bare "Beslutning" heading.</param>
    public List<Read> ReadAll(IReadOnlyList<Line> lines, DecisionHeader? opening, int openingLine)
    {
        var decisions = new List<Read>();
        var blockStart = 0;
        var header = opening;
        var headerLine = openingLine;

        void Close(int end)
        {
            var decision = Build(lines.Skip(blockStart).Take(end - blockStart).ToList(), header, headerLine);
            if (decision is not null)
                decisions.Add(decision);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || !DecisionHeaders.TryRead(lines[i].Text, out var next))
                continue;
            Close(i);
            header = next;
            headerLine = lines[i].FirstLine;
            blockStart = i + 1;
        }
        Close(lines.Count);
        return decisions;
    }

    private static bool IsBareLink(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.StartsWith("http://") || w.StartsWith("https://") || w.StartsWith("www."));

    private Read? Build(List<Line> block, DecisionHeader? header, int headerLine)
    {
        var paragraphs = joiner.Join(block);
        var text = new List<string>();
        if (header is { Rest.Length: > 0 })
            text.Add(header.Rest);
        var attendance = new List<string>();
        var inAbsenceList = false;
        var attendanceAfterText = false;
        foreach (var paragraph in paragraphs)
        {
            if (inAbsenceList && LooksLikeAbsenceEntry(paragraph.Text, labels))
            {
                attendance.Add(paragraph.Text);
                continue;
            }
            inAbsenceList = false;
            if (AttendanceReader.TryRead(paragraph.Text, out var reading, labels))
            {
                attendanceAfterText |= text.Count > 0;
                attendance.Add(paragraph.Text);
                inAbsenceList = AttendanceReader.IsEmptyAbsenceLabel(paragraph.Text, labels);
                if (reading.Rest.Length > 0)
                    text.Add(reading.Rest);                    // "Fraværende: A, B Godkendt."
                continue;
            }
            if (attendanceAfterText || IsBareLink(paragraph.Text))
                break;
            text.Add(paragraph.Printed);
        }
        if (text.Count == 0 && header is null && attendance.Count == 0)
            return null;
        var joined = string.Join("\n", text);
        var first = headerLine > 0 ? headerLine : paragraphs.FirstOrDefault()?.FirstLine ?? 0;
        var last = paragraphs.LastOrDefault()?.LastLine ?? first;
        var decision = new Decision
        {
            Body = header?.Body,
            Date = header?.Date,
            Text = joined,
            Outcome = OutcomeClassifier.Classify(joined),
            Points = OutcomeClassifier.Points(joined).ToValueList(),
            Votes = VoteReader.Read(joined).ToValueList(),
            Absences = AttendanceReader.Read(attendance, labels).ToValueList(),
        };
        return new Read(decision, first, last, header);
    }

    /// <summary>Under "Fraværende:": a name on its own line, or a substitution sentence.</summary>
    private static bool LooksLikeAbsenceEntry(string text, Labels.FieldLabels labels) =>
        AttendanceReader.TryRead(text, out _, labels) || People.PersonLists.Read(text) is { Rest: "", People.Count: > 0 } list && list.People.All(p => p.Name.Split(' ').Length <= 5);
}
