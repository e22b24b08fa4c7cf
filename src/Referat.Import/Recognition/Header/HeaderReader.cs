using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Header;

/// <summary>
/// Reads the meeting header that precedes the items. Labelled fields come first (<see cref="LabelledFields"/>:
/// "Mødedato", "Sted", "Deltagere", "Afbud fra" …); then the title (<see cref="MeetingTitle"/>); then unlabelled
/// lines: a body with a date ("Byrådet - 25-05-2023", "Økonomiudvalget, Mandag den 08-04-2013"), a body alone
/// ("Byrådet"), a date line ("onsdag den 30. november 2022 kl. 17:00"), a place next to them ("Byrådssalen,
/// Rådhuset, …"), and attendance sentences ("Der var afbud fra …", "Medlemmerne var til stede, undtagen: …").
/// The first reading of each field wins in that order. A member the list marks as on leave ("(Orlov)") or replaced
/// ("Stedfortræder for …") is absent.
/// </summary>
public sealed class HeaderReader(FieldLabels labels)
{
    public HeaderReader() : this(FieldLabels.Default)
    {
    }

    private sealed class Draft
    {
        public string? Committee;
        public LegislativeTerm? Term;
        public DateOnly? Date;
        public TimeOnly? Start;
        public TimeOnly? End;
        public string? Location;
        public readonly List<ListedPerson> Participants = [];
        public readonly List<Absence> Absences = [];
    }

    public MeetingHeader Read(IReadOnlyList<Line> lines, List<FieldProvenance> provenance)
    {
        var content = lines.Where(l => !l.IsBlank).ToList();
        var draft = new Draft();
        var fields = new LabelledFields(labels).Read(content);
        foreach (var field in fields.Fields)
            ReadField(field, draft, provenance);

        var free = content.Select((l, i) => (Line: l, Index: i)).Where(x => !fields.Consumed.Contains(x.Index)).ToList();
        foreach (var title in Titles(free.Select(f => f.Line).ToList()))
            ReadTitle(title, draft, provenance);
        for (var k = 0; k < free.Count; k++)
            ReadFreeLine(free, k, draft, provenance);

        AbsentFromList(draft);
        return new MeetingHeader
        {
            Committee = draft.Committee,
            Term = draft.Term,
            Date = draft.Date,
            Start = draft.Start,
            End = draft.End,
            Location = draft.Location,
            Participants = draft.Participants.Select(p => p.Member).ToValueList(),
            Absences = draft.Absences.ToValueList(),
        };
    }

    private static void ReadField(LabelledField field, Draft draft, List<FieldProvenance> provenance)
    {
        var value = field.Value;
        var reason = $"feltet \"{field.Label.Printed}\"";
        switch (field.Label.Role)
        {
            case FieldRole.Body when value.Length > 0 && draft.Committee is null:
                draft.Committee = BodyNames.Display(value);
                provenance.Add(new("meeting.committee", field.FirstLine, field.LastLine, 0.95, draft.Committee, reason));
                break;
            case FieldRole.Date or FieldRole.Time when value.Length > 0:
                if (draft.Date is null && DanishDates.FindDate(value) is { } date)
                {
                    draft.Date = date;
                    provenance.Add(new("meeting.date", field.FirstLine, field.LastLine, 0.95, value, reason));
                }
                if (draft.Start is null && DanishDates.FindAnyTime(value) is { } start)
                {
                    draft.Start = start;
                    provenance.Add(new("meeting.start", field.FirstLine, field.LastLine, 0.95, value, reason));
                }
                draft.End ??= DanishDates.FindEndTime(value);
                break;
            case FieldRole.End when value.Length > 0:
                draft.End ??= DanishDates.FindAnyTime(value);
                break;
            case FieldRole.Location when draft.Location is null:
                // An empty Mødested is read as no place ("Lokation:" with nothing after it).
                if (value.Length > 0)
                {
                    draft.Location = value;
                    provenance.Add(new("meeting.location", field.FirstLine, field.LastLine, 0.95, value, reason));
                }
                break;
            case FieldRole.Participants when value.Length > 0:
                var reading = PersonLists.Read(value);
                draft.Participants.AddRange(reading.People);
                provenance.Add(new("meeting.participants", field.FirstLine, field.LastLine, reading.Rest.Length == 0 ? 0.9 : 0.6,
                    string.Join(", ", reading.People), reading.Rest.Length == 0 ? reason : reason + $"; teksten efter listen er ikke læst: \"{Short(reading.Rest)}\""));
                break;
            case FieldRole.Absent when value.Length > 0:
                var absent = PersonLists.Read(value).People;
                AddAbsences(draft, absent.Select(AttendanceReader.ToAbsence));
                if (absent.Count > 0)
                    provenance.Add(new("meeting.absent", field.FirstLine, field.LastLine, 0.9, string.Join(", ", absent), reason));
                break;
        }
    }

    /// <summary>Title lines: a line naming the kind of document, or the first block of short lines that together do ("Referat" / "til" / "mødet i Byrådet" / "den …").</summary>
    private static IEnumerable<(string Text, int FirstLine, int LastLine)> Titles(List<Line> free)
    {
        var block = free.TakeWhile((l, k) => k < 8 && l.Trimmed.Length <= 60 && (k == 0 || !l.PageStart)).ToList();
        if (block.Count >= 2 && MeetingTitle.IsTitle(block[0].Trimmed) && block.Skip(1).Any(l => char.IsLower(l.Trimmed[0])))
        {
            var joined = block.TakeWhile((l, k) => k == 0 || char.IsLower(l.Trimmed[0]) || DanishDates.FindDate(l.Trimmed) is not null).ToList();
            yield return (string.Join(' ', joined.Select(l => l.Trimmed)), joined[0].FirstLine, joined[^1].LastLine);
        }
        foreach (var line in free)
            if (MeetingTitle.IsTitle(line.Trimmed))
                yield return (line.Trimmed, line.FirstLine, line.LastLine);
    }

    private static void ReadTitle((string Text, int FirstLine, int LastLine) title, Draft draft, List<FieldProvenance> provenance)
    {
        if (MeetingTitle.Read(title.Text) is not { } reading)
            return;
        const string reason = "mødets titel";
        if (draft.Committee is null && reading.Body is not null)
        {
            draft.Committee = reading.Body;
            provenance.Add(new("meeting.committee", title.FirstLine, title.LastLine, 0.9, reading.Body, reason));
        }
        if (draft.Term is null && reading.Term is not null)
        {
            draft.Term = reading.Term;
            provenance.Add(new("meeting.term", title.FirstLine, title.LastLine, 0.95, reading.Term.ToString(), reason));
        }
        if (draft.Date is null && reading.Date is not null)
        {
            draft.Date = reading.Date;
            provenance.Add(new("meeting.date", title.FirstLine, title.LastLine, 0.9, reading.Date.Value.ToString("yyyy-MM-dd"), reason));
        }
        if (draft.Start is null && reading.Start is not null)
        {
            draft.Start = reading.Start;
            provenance.Add(new("meeting.start", title.FirstLine, title.LastLine, 0.9, reading.Start.Value.ToString("HH:mm"), reason));
        }
        if (draft.Location is null && reading.Location is not null)
        {
            draft.Location = reading.Location;
            provenance.Add(new("meeting.location", title.FirstLine, title.LastLine, 0.85, reading.Location, reason));
        }
    }

    private void ReadFreeLine(List<(Line Line, int Index)> free, int k, Draft draft, List<FieldProvenance> provenance)
    {
        var line = free[k].Line;
        var text = line.Trimmed;
        if (AttendanceReader.TryRead(text, out var attendance, labels) && attendance.Absences.Count > 0)
        {
            AddAbsences(draft, attendance.Absences);
            provenance.Add(new("meeting.absent", line.FirstLine, line.LastLine, 0.85, string.Join(", ", attendance.Absences.Select(a => a.Member)), "en sætning om fravær"));
            return;
        }
        if (MeetingTitle.IsTitle(text))
            return;
        var date = DanishDates.FindDateMatch(text);
        if (date is { } d && text.Length <= 90)
        {
            // "Byrådet - 25-05-2023", "Økonomiudvalget, Mandag den 08-04-2013", "Kommunalbestyrelsen 29. januar 2009".
            var before = text[..d.Index].Trim().TrimEnd('-', '–', ',').Trim();
            var weekday = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bodyPart = string.Join(' ', weekday.Where(w => !IsDateWord(w)));
            if (draft.Committee is null && bodyPart.Length > 0 && BodyNames.LooksLikeBody(bodyPart))
            {
                draft.Committee = BodyNames.Display(bodyPart);
                provenance.Add(new("meeting.committee", line.FirstLine, line.LastLine, 0.85, draft.Committee, "en linje med organ og dato"));
            }
            if (draft.Date is null && (bodyPart.Length == 0 || BodyNames.LooksLikeBody(bodyPart) || text.Length <= 60))
            {
                draft.Date = d.Date;
                provenance.Add(new("meeting.date", line.FirstLine, line.LastLine, 0.8, text, "en linje med en dato i hovedet"));
                var after = text[(d.Index + d.Length)..];
                if (draft.Start is null && DanishDates.FindAnyTime(after) is { } start)
                {
                    draft.Start = start;
                    provenance.Add(new("meeting.start", line.FirstLine, line.LastLine, 0.8, text, "klokkeslættet efter hovedets dato"));
                }
                // "Den 09.01.2020 kl. 13:00 i Mødelokale 2".
                if (draft.Location is null && MeetingTitle.PlaceAfterDate(after) is { } place)
                {
                    draft.Location = place;
                    provenance.Add(new("meeting.location", line.FirstLine, line.LastLine, 0.8, place, "stedet efter hovedets dato"));
                }
            }
            return;
        }
        if (draft.Committee is null && text.Length <= 60 && BodyNames.LooksLikeBody(text))
        {
            draft.Committee = BodyNames.Display(text);
            provenance.Add(new("meeting.committee", line.FirstLine, line.LastLine, 0.8, draft.Committee, "en linje med et organs navn"));
            return;
        }
        // An unlabelled place next to the header's date or body line: "Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing".
        if (draft.Location is null && PlaceNames.LooksLikePlace(text) && !BodyNames.LooksLikeBody(text) && Near(free, k))
        {
            draft.Location = text;
            provenance.Add(new("meeting.location", line.FirstLine, line.LastLine, 0.6, text, "en linje der ligner et sted, ved hovedets dato"));
        }
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

    /// <summary>Members the list itself marks as absent: "(Orlov)", and those a substitute stands in for.</summary>
    private static void AbsentFromList(Draft draft)
    {
        foreach (var person in draft.Participants.Where(p => p.MarkedAbsent))
            AddAbsences(draft, [new Absence(person.Member, null, string.Join("; ", person.Notes))]);
        foreach (var substitute in draft.Participants.Where(p => p.SubstituteFor is not null))
        {
            var replaced = draft.Participants.FirstOrDefault(p => string.Equals(p.Name, substitute.SubstituteFor, StringComparison.OrdinalIgnoreCase));
            var member = replaced?.Member ?? PersonLists.Read(substitute.SubstituteFor!).People.FirstOrDefault()?.Member;
            if (member is not null)
                AddAbsences(draft, [new Absence(member, substitute.Member, null)]);
        }
    }

    private static void AddAbsences(Draft draft, IEnumerable<Absence> absences)
    {
        foreach (var absence in absences)
        {
            var index = draft.Absences.FindIndex(a => string.Equals(a.Member.Name, absence.Member.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                draft.Absences.Add(absence);
            else if (draft.Absences[index].Substitute is null && absence.Substitute is not null)
                draft.Absences[index] = draft.Absences[index] with { Substitute = absence.Substitute };
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
