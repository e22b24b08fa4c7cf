using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Decisions;

namespace Referat.Import.Recognition;

/// <summary>
/// Reads the meeting header that precedes the items: "REFERAT &lt;committee&gt; &lt;term&gt; d. &lt;date&gt;", labelled
/// lines (Mødedato, Mødested, Mødedeltagere, Fraværende …), or a bare committee line over a bare date line.
/// </summary>
public sealed partial class HeaderReader
{
    [GeneratedRegex(@"^(?:REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL|PROTOKOL)\s+(?:for\s+)?(?<committee>.+?)(?:\s+(?<term>\d{4}\s*[-–]\s*\d{4}))?(?:\s+(?:d\.|den)\s+(?<date>" + DanishDates.DatePattern + @"))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?<label>Mødedato|Dato|Mødetidspunkt|Tidspunkt|Mødested|Sted|Mødelokale|Mødedeltagere|Deltagere|Medlemmer|Fraværende|Afbud|Mødet\s+(?:sluttede|hævet|afsluttet))(?![\p{L}\d])\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^(?:d\.|den)\s+(?<date>" + DanishDates.DatePattern + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^" + "(?:" + DanishDates.DatePattern + @")$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"undtagen\s*:?\s*(?<members>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AllPresentExcept();

    public MeetingHeader Read(IReadOnlyList<Line> lines, List<FieldProvenance> provenance)
    {
        string? committee = null;
        LegislativeTerm? term = null;
        DateOnly? date = null;
        TimeOnly? start = null, end = null;
        string? location = null;
        var participants = new List<PartyMember>();
        var absences = new List<Absence>();

        var content = lines.Where(l => !l.IsBlank).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var text = line.Trimmed;
            var title = TitleLine().Match(text);
            if (title.Success && committee is null)
            {
                committee = title.Groups["committee"].Value.Trim();
                provenance.Add(new("meeting.committee", line.FirstLine, line.LastLine, 0.95, committee));
                if (title.Groups["term"].Success && LegislativeTerm.TryParse(title.Groups["term"].Value.Replace(" ", ""), out var t))
                {
                    term = t;
                    provenance.Add(new("meeting.term", line.FirstLine, line.LastLine, 0.95, t.ToString()));
                }
                if (title.Groups["date"].Success)
                    date = DanishDates.FindDate(title.Groups["date"].Value);
                continue;
            }
            var dateLine = DateOnlyLine().Match(text);
            if (dateLine.Success)
            {
                date ??= DanishDates.FindDate(dateLine.Groups["date"].Value);
                continue;
            }
            var labelled = LabelledLine().Match(text);
            if (labelled.Success)
            {
                var value = labelled.Groups["value"].Value.Trim();
                switch (labelled.Groups["label"].Value.ToLowerInvariant())
                {
                    case "mødedato" or "dato" or "mødetidspunkt" or "tidspunkt":
                        date = DanishDates.FindDate(value) ?? date;
                        start = DanishDates.FindTime(value) ?? start;
                        end = DanishDates.FindEndTime(value) ?? end;
                        provenance.Add(new("meeting.date", line.FirstLine, line.LastLine, 0.95, value));
                        break;
                    case "mødested" or "sted" or "mødelokale":
                        location = value.Length > 0 ? value : null;
                        provenance.Add(new("meeting.location", line.FirstLine, line.LastLine, 0.95, location));
                        break;
                    case "mødedeltagere" or "deltagere" or "medlemmer":
                        participants.AddRange(PartyMembers.FindAll(value));
                        provenance.Add(new("meeting.participants", line.FirstLine, line.LastLine, 0.9, string.Join(", ", participants)));
                        var except = AllPresentExcept().Match(value);
                        if (except.Success)
                            absences.AddRange(PartyMembers.FindAll(except.Groups["members"].Value).Select(m => new Absence(m)));
                        break;
                    case "fraværende" or "afbud":
                        absences.AddRange(PartyMembers.FindAll(value).Select(m => new Absence(m)));
                        provenance.Add(new("meeting.absent", line.FirstLine, line.LastLine, 0.9, value));
                        break;
                    default:
                        end = DanishDates.FindTime(value) ?? end;
                        break;
                }
                continue;
            }
            // A bare committee line over a bare date line: the running header of some PDF layouts.
            if (committee is null && i + 1 < content.Count && BareDate().IsMatch(content[i + 1].Trimmed) && LooksLikeBody(text))
            {
                committee = text;
                date ??= DanishDates.FindDate(content[i + 1].Trimmed);
                provenance.Add(new("meeting.committee", line.FirstLine, content[i + 1].LastLine, 0.8, committee));
                i++;
            }
        }

        return new MeetingHeader
        {
            Committee = committee,
            Term = term,
            Date = date,
            Start = start,
            End = end,
            Location = location,
            Participants = participants,
            Absences = absences,
        };
    }

    private static bool LooksLikeBody(string text) =>
        DecisionHeaderLine.TryRead(text + " den 1. januar 2000", out _, out _);
}
