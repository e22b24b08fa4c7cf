using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Header;

/// <summary>Labelled fields, in every layout <see cref="LabelledFields"/> reads ("Mødedato", "Sted", "Deltagere", "Afbud fra" …).</summary>
public sealed class LabelledFieldRule(FieldLabels labels) : IHeaderRule
{
    public void Read(HeaderDraft draft)
    {
        var fields = new LabelledFields(labels).Read(draft.Lines);
        draft.Claimed.UnionWith(fields.Consumed);
        foreach (var field in fields.Fields)
            Read(field, draft);
    }

    private void Read(LabelledField field, HeaderDraft draft)
    {
        var value = field.Value;
        var line = draft.Lines.First(l => l.FirstLine == field.FirstLine);
        var last = draft.Lines.Last(l => l.LastLine == field.LastLine);
        var reason = $"feltet \"{field.Label.Printed}\"";
        switch (field.Label.Role)
        {
            case FieldRole.Body when value.Length > 0:
                draft.SetCommittee(BodyNames.Display(value), line, last, 0.95, reason);
                break;
            case FieldRole.Date or FieldRole.Time when value.Length > 0:
                draft.SetDate(DanishDates.FindDate(value), line, last, 0.95, reason, value);
                draft.SetStart(DanishDates.FindAnyTime(value), line, last, 0.95, reason, value);
                draft.End ??= DanishDates.FindEndTime(value);
                break;
            case FieldRole.End when value.Length > 0:
                draft.End ??= DanishDates.FindAnyTime(value);
                break;
            case FieldRole.Location:
                // An empty Mødested is read as no place ("Lokation:" with nothing after it).
                draft.SetLocation(value, line, last, 0.95, reason);
                break;
            case FieldRole.Participants when value.Length > 0:
                var reading = PersonLists.Read(value);
                draft.Participants.AddRange(reading.People);
                draft.Provenance.Add(new("meeting.participants", field.FirstLine, field.LastLine, reading.Rest.Length == 0 ? 0.9 : 0.6,
                    string.Join(", ", reading.People), reading.Rest.Length == 0 ? reason : reason + $"; teksten efter listen er ikke læst: \"{Short(reading.Rest)}\""));
                break;
            case FieldRole.Absent when value.Length > 0:
                var absent = PersonLists.Read(value).People;
                draft.AddAbsences(absent.Select(AttendanceReader.ToAbsence));
                if (absent.Count > 0)
                    draft.Provenance.Add(new("meeting.absent", field.FirstLine, field.LastLine, 0.9, string.Join(", ", absent), reason));
                break;
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>
/// The title (<see cref="MeetingTitle"/>): a line naming the kind of document, or the first block of short lines
/// that together do ("Referat" / "til" / "mødet i Byrådet" / "den …").
/// </summary>
public sealed class TitleRule : IHeaderRule
{
    public void Read(HeaderDraft draft)
    {
        foreach (var (text, first, last) in Titles(draft.Unclaimed().Select(f => f.Line).ToList()))
        {
            if (MeetingTitle.Read(text) is not { } reading)
                continue;
            const string reason = "mødets titel";
            draft.SetCommittee(reading.Body, first, last, 0.9, reason);
            draft.SetTerm(reading.Term, first, last, 0.95, reason);
            draft.SetDate(reading.Date, first, last, 0.9, reason, reading.Date?.ToString("yyyy-MM-dd") ?? "");
            draft.SetStart(reading.Start, first, last, 0.9, reason, reading.Start?.ToString("HH:mm") ?? "");
            draft.SetLocation(reading.Location, first, last, 0.85, reason);
        }
    }

    private static IEnumerable<(string Text, Line First, Line Last)> Titles(List<Line> free)
    {
        var block = free.TakeWhile((l, k) => k < 8 && l.Trimmed.Length <= 60 && (k == 0 || !l.PageStart)).ToList();
        if (block.Count >= 2 && MeetingTitle.IsTitle(block[0].Trimmed) && block.Skip(1).Any(l => char.IsLower(l.Trimmed[0])))
        {
            var joined = block.TakeWhile((l, k) => k == 0 || char.IsLower(l.Trimmed[0]) || DanishDates.FindDate(l.Trimmed) is not null).ToList();
            yield return (string.Join(' ', joined.Select(l => l.Trimmed)), joined[0], joined[^1]);
        }
        foreach (var line in free)
            if (MeetingTitle.IsTitle(line.Trimmed))
                yield return (line.Trimmed, line, line);
    }
}

/// <summary>
/// Unlabelled lines: a body with a date ("Byrådet - 25-05-2023", "Økonomiudvalget, Mandag den 08-04-2013"), a date
/// line with its time and place ("Den 09.01.2020 kl. 13:00 i Mødelokale 2"), a body alone ("Byrådet"), a place next
/// to them ("Byrådssalen, Rådhuset, …"), and attendance sentences ("Der var afbud fra …").
/// </summary>
public sealed class UnlabelledLineRule(FieldLabels labels) : IHeaderRule
{
    public void Read(HeaderDraft draft)
    {
        var free = draft.Unclaimed();
        for (var k = 0; k < free.Count; k++)
            Read(free, k, draft);
    }

    private void Read(List<(Line Line, int Index)> free, int k, HeaderDraft draft)
    {
        var line = free[k].Line;
        var text = line.Trimmed;
        if (AttendanceReader.TryRead(text, out var attendance, labels) && attendance.Absences.Count > 0)
        {
            draft.AddAbsences(attendance.Absences);
            draft.Provenance.Add(new("meeting.absent", line.FirstLine, line.LastLine, 0.85, string.Join(", ", attendance.Absences.Select(a => a.Member)), "en sætning om fravær"));
            return;
        }
        if (MeetingTitle.IsTitle(text))
            return;
        if (DanishDates.FindDateMatch(text) is { } d && text.Length <= 90)
        {
            var before = text[..d.Index].Trim().TrimEnd('-', '–', ',').Trim();
            var bodyPart = string.Join(' ', before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsDateWord(w)));
            if (bodyPart.Length > 0 && BodyNames.LooksLikeBody(bodyPart))
                draft.SetCommittee(BodyNames.Display(bodyPart), line, line, 0.85, "en linje med organ og dato");
            if (bodyPart.Length == 0 || BodyNames.LooksLikeBody(bodyPart) || text.Length <= 60)
            {
                var after = text[(d.Index + d.Length)..];
                if (draft.SetDate(d.Date, line, line, 0.8, "en linje med en dato i hovedet", text))
                {
                    draft.SetStart(DanishDates.FindAnyTime(after), line, line, 0.8, "klokkeslættet efter hovedets dato", text);
                    draft.SetLocation(MeetingTitle.PlaceAfterDate(after), line, line, 0.8, "stedet efter hovedets dato");
                }
            }
            return;
        }
        if (text.Length <= 60 && BodyNames.LooksLikeBody(text))
        {
            draft.SetCommittee(BodyNames.Display(text), line, line, 0.8, "en linje med et organs navn");
            return;
        }
        if (PlaceNames.LooksLikePlace(text) && !BodyNames.LooksLikeBody(text) && Near(free, k))
            draft.SetLocation(text, line, line, 0.6, "en linje der ligner et sted, ved hovedets dato");
    }

    private static bool Near(List<(Line Line, int Index)> free, int k)
    {
        for (var j = Math.Max(0, k - 2); j <= Math.Min(free.Count - 1, k + 2); j++)
        {
            if (j == k)
                continue;
            var text = free[j].Line.Trimmed;
            if (DanishDates.FindDate(text) is not null || text.Length <= 60 && BodyNames.LooksLikeBody(text))
                return true;
        }
        return false;
    }

    private static bool IsDateWord(string word)
    {
        var w = word.Trim(',', '.').ToLowerInvariant();
        return w is "den" or "d" || DanishDates.WeekdayPattern.Split('|').Contains(w);
    }
}

/// <summary>Members the list itself marks as absent ("(Orlov)", "var fraværende"), and those a substitute stands in for.</summary>
public sealed class ListedAbsenceRule : IHeaderRule
{
    public void Read(HeaderDraft draft)
    {
        foreach (var person in draft.Participants.Where(p => p.MarkedAbsent))
            draft.AddAbsences([new Absence(person.Member, null, string.Join("; ", person.Notes))]);
        foreach (var substitute in draft.Participants.Where(p => p.SubstituteFor is not null))
        {
            var replaced = draft.Participants.FirstOrDefault(p => string.Equals(p.Name, substitute.SubstituteFor, StringComparison.OrdinalIgnoreCase));
            var member = replaced?.Member ?? PersonLists.Read(substitute.SubstituteFor!).People.FirstOrDefault()?.Member;
            if (member is not null)
                draft.AddAbsences([new Absence(member, substitute.Member, null)]);
        }
    }
}
