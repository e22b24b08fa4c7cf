using Referat.Import.Lines;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Header;

/// <summary>One labelled field of the header, its value as printed (lines joined) and the lines it came from.</summary>
public sealed record LabelledField(FieldLabel Label, string Value, int FirstLine, int LastLine);

/// <summary>
/// Reads the labelled fields of a header in whichever layout prints them: "Label: value" and "Label value" on one
/// line, the label over its value ("Dato:" / "Torsdag, 25 maj, 2023 - 18:30", "STED" / "Mødesalen - Filsø"),
/// a list under its label (one person per line, bullets, or a comma list wrapped over lines), and the layout of a
/// table read column by column, where the labels come first and the values after them in one run ("Mødested:
/// Deltagere: Fraværende: Referent: Rådhuset, Mødesalen Gorm Gregersen Holm, …"): the run is cut where one value
/// ends and the next begins (<see cref="ValueRun"/>). A value is taken from the next line only when it fits the
/// label: a date for a date, people for a list of people.
/// </summary>
public sealed class LabelledFields(FieldLabels labels)
{
    public sealed record Reading(List<LabelledField> Fields, HashSet<int> Consumed);

    public Reading Read(IReadOnlyList<Line> content)
    {
        var fields = new List<LabelledField>();
        var consumed = new HashSet<int>();
        var pending = new List<(FieldLabel Label, int Index)>();
        for (var i = 0; i < content.Count; i++)
        {
            var text = content[i].Trimmed;
            if (!labels.TryOpening(text, out var label, out var value))
            {
                pending.Clear();
                continue;
            }
            consumed.Add(i);
            if (value.Length > 0)
            {
                if (pending.Count > 0 && pending[^1].Index == i - 1 && Distribute(pending, label, value, content[i], fields))
                {
                    pending.Clear();
                    continue;
                }
                pending.Clear();
                fields.Add(new LabelledField(label, value, content[i].FirstLine, content[i].LastLine));
                continue;
            }
            var (taken, last) = ValueBelow(content, i, label.Role);
            if (taken is not null)
            {
                fields.Add(new LabelledField(label, taken, content[i].FirstLine, content[last].LastLine));
                for (var j = i + 1; j <= last; j++)
                    consumed.Add(j);
                i = last;
                pending.Clear();
                continue;
            }
            fields.Add(new LabelledField(label, "", content[i].FirstLine, content[i].LastLine));
            pending.Add((label, i));
        }
        return new Reading(fields, consumed);
    }

    /// <summary>The value printed under a label alone on its line, if the next lines fit it.</summary>
    private (string? Value, int Last) ValueBelow(IReadOnlyList<Line> content, int i, FieldRole role)
    {
        if (i + 1 >= content.Count || IsLabelLine(content[i + 1].Trimmed))
            return (null, i);
        if (role is FieldRole.Participants or FieldRole.Absent or FieldRole.Staff)
        {
            // The longest run of lines that reads as people: a name wrapped over a line break is whole only with
            // the next line ("… Dorte Dahl Friis, Erik" / "Eskildsen, Frida Fisker, …").
            var lines = new List<string>();
            var (best, last) = ((string?)null, i);
            for (var j = i + 1; j < content.Count && lines.Count < 60 && !IsLabelLine(content[j].Trimmed) && !char.IsDigit(content[j].Trimmed[0]); j++)
            {
                lines.Add(content[j].Trimmed);
                var joined = Join(lines);
                if (PeopleOnly(joined))
                    (best, last) = (joined, j);
            }
            return best is null ? (null, i) : (best, last);
        }
        var next = content[i + 1].Trimmed;
        return Fits(role, next) ? (next, i + 1) : (null, i);
    }

    /// <summary>A comma list wrapped over lines joins with spaces; a list of one name per line keeps its breaks.</summary>
    private static string Join(List<string> lines) =>
        lines.Count(l => l.Contains(',')) * 2 >= lines.Count && lines.Count > 1 ? string.Join(' ', lines) : string.Join('\n', lines);

    private bool IsLabelLine(string text) =>
        labels.TryWhole(text, out _) || text.IndexOf(':') is > 0 and <= 40 && labels.TryOpening(text, out _, out _);

    private static bool Fits(FieldRole role, string text) => role switch
    {
        FieldRole.Date or FieldRole.Time or FieldRole.End => DanishDates.FindDate(text) is not null || DanishDates.FindAnyTime(text) is not null,
        FieldRole.Body => text.Length <= 80 && char.IsUpper(text[0]) && DanishDates.FindDate(text) is null,
        FieldRole.Location => text.Length <= 140 && DanishDates.FindDate(text) is null,
        FieldRole.CaseNumber => Items.CaseNumberLine.IsMatch(text),
        FieldRole.Ignored => text.Length <= 60 && (DanishDates.FindDate(text) is not null || !text.Contains(' ') || text.Split(' ').Length <= 3),
        _ => false,
    };

    /// <summary>The text is a list of people and nothing else: every entry two names or more, or a name with its party.</summary>
    public static bool PeopleOnly(string text)
    {
        if (DanishDates.FindDate(text) is not null)
            return false;
        var reading = PersonLists.Read(text);
        return reading.Rest.Length == 0 && reading.People.Count > 0
               && reading.People.All(p => (p.Name.Contains(' ') || p.Party is not null) && !BodyNames.LooksLikeBody(p.Name));
    }

    /// <summary>Labels first, values after: cuts the run into one value per label, or leaves it to the last label.</summary>
    private static bool Distribute(List<(FieldLabel Label, int Index)> pending, FieldLabel last, string run, Line line, List<LabelledField> fields)
    {
        var labelsInOrder = pending.Select(p => p.Label).Append(last).ToList();
        var values = ValueRun.Split(run, labelsInOrder.Select(l => l.Role).ToList());
        if (values is null)
            return false;
        // The empty fields added for the pending labels are replaced by their values.
        fields.RemoveAll(f => f.Value.Length == 0 && pending.Any(p => p.Label.Printed == f.Label.Printed));
        for (var k = 0; k < labelsInOrder.Count; k++)
            if (values[k].Length > 0)
                fields.Add(new LabelledField(labelsInOrder[k], values[k], line.FirstLine, line.LastLine));
        return true;
    }
}
