using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>The meeting header: title line, then Mødedato, Mødested, Mødedeltagere and Fraværende lines.</summary>
internal static class HeaderLayout
{
    /// <summary>Minutes with items of which none has a decision yet are an agenda (dagsorden).</summary>
    public static bool IsAgenda(MinutesDocument minutes) => minutes.Items.Count > 0 && minutes.Items.All(i => i.Decisions.Count == 0);

    public static List<OutlineBlock> Build(MeetingHeader meeting, bool agenda = false)
    {
        var blocks = new List<OutlineBlock> { new TitleBlock(Title(meeting, agenda)) };
        var when = When(meeting);
        if (when.Length > 0)
            blocks.Add(new FieldBlock("Mødedato", when));
        else if (meeting.End is { } onlyEnd)
            blocks.Add(new FieldBlock("Mødet sluttede", "kl. " + DanishFormat.Time(onlyEnd)));
        if (!string.IsNullOrWhiteSpace(meeting.Location))
            blocks.Add(new FieldBlock("Mødested", meeting.Location.Trim()));
        if (meeting.Participants.Count > 0)
            blocks.Add(new FieldBlock("Mødedeltagere", string.Join(", ", meeting.Participants)));
        if (meeting.Absences.Count > 0)
            blocks.Add(new FieldBlock("Fraværende:", string.Join(", ", meeting.Absences.Select(a => a.Member))));
        return blocks;
    }

    /// <summary>
    /// "REFERAT Økonomiudvalget 2026-2029 d. 04-02-2027", or "DAGSORDEN …" for an agenda (items, none decided yet);
    /// parts that are not known are left out.
    /// </summary>
    public static string Title(MeetingHeader meeting, bool agenda = false)
    {
        var parts = new List<string> { agenda ? "DAGSORDEN" : "REFERAT" };
        if (!string.IsNullOrWhiteSpace(meeting.Committee))
        {
            parts.Add(meeting.Committee.Trim());
            if (meeting.Term is { } term)
                parts.Add(term.ToString());
            if (meeting.Date is { } date)
                parts.Add("d. " + DanishFormat.NumericDate(date));
        }
        return string.Join(" ", parts);
    }

    /// <summary>"Mandag d. 9. marts 2026 kl. 16:00-18:00".</summary>
    private static string When(MeetingHeader meeting)
    {
        var parts = new List<string>();
        if (meeting.Date is { } date)
            parts.Add($"{DanishFormat.Weekday(date)} d. {DanishFormat.LongDate(date)}");
        if (meeting.Start is { } start)
            parts.Add("kl. " + DanishFormat.Time(start) + (meeting.End is { } end ? "-" + DanishFormat.Time(end) : ""));
        return string.Join(" ", parts);
    }
}
