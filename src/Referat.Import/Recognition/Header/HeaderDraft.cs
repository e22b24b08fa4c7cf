using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Header;

/// <summary>
/// The header as the rules have read it so far: the preamble's lines (with those a rule has claimed), each field
/// with the first reading of it (later readings of a field that is set are ignored), and where every reading came
/// from.
/// </summary>
public sealed class HeaderDraft(IReadOnlyList<Line> lines, List<FieldProvenance> provenance)
{
    /// <summary>The preamble's non-blank lines.</summary>
    public IReadOnlyList<Line> Lines { get; } = lines;

    /// <summary>Indexes into <see cref="Lines"/> that a rule has read as a field; later rules leave them alone.</summary>
    public HashSet<int> Claimed { get; } = [];

    public List<FieldProvenance> Provenance { get; } = provenance;

    public string? Committee { get; private set; }
    public LegislativeTerm? Term { get; private set; }
    public DateOnly? Date { get; private set; }
    public TimeOnly? Start { get; private set; }
    public TimeOnly? End { get; set; }
    public string? Location { get; private set; }
    public List<ListedPerson> Participants { get; } = [];
    public List<Absence> Absences { get; } = [];

    /// <summary>The lines no rule has claimed, with their indexes.</summary>
    public List<(Line Line, int Index)> Unclaimed() => Lines.Select((l, i) => (l, i)).Where(x => !Claimed.Contains(x.i)).ToList();

    public bool SetCommittee(string? value, Line first, Line last, double confidence, string reason) =>
        Set(Committee, value, v => Committee = v, "meeting.committee", first, last, confidence, reason, value);

    public bool SetTerm(LegislativeTerm? value, Line first, Line last, double confidence, string reason) =>
        Set(Term, value, v => Term = v, "meeting.term", first, last, confidence, reason, value?.ToString());

    public bool SetDate(DateOnly? value, Line first, Line last, double confidence, string reason, string printed) =>
        Set(Date, value, v => Date = v, "meeting.date", first, last, confidence, reason, printed);

    public bool SetStart(TimeOnly? value, Line first, Line last, double confidence, string reason, string printed) =>
        Set(Start, value, v => Start = v, "meeting.start", first, last, confidence, reason, printed);

    public bool SetLocation(string? value, Line first, Line last, double confidence, string reason) =>
        Set(Location, value is { Length: > 0 } ? value : null, v => Location = v, "meeting.location", first, last, confidence, reason, value);

    /// <summary>Adds absences, one per member: a later reading only adds a substitute the first lacked.</summary>
    public void AddAbsences(IEnumerable<Absence> absences)
    {
        foreach (var absence in absences)
        {
            var index = Absences.FindIndex(a => string.Equals(a.Member.Name, absence.Member.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                Absences.Add(absence);
            else if (Absences[index].Substitute is null && absence.Substitute is not null)
                Absences[index] = Absences[index] with { Substitute = absence.Substitute };
        }
    }

    public MeetingHeader ToHeader() => new()
    {
        Committee = Committee,
        Term = Term,
        Date = Date,
        Start = Start,
        End = End,
        Location = Location,
        Participants = Participants.Select(p => p.Member).ToValueList(),
        Absences = Absences.ToValueList(),
    };

    private bool Set<T>(T? current, T? value, Action<T> set, string field, Line first, Line last, double confidence, string reason, string? printed)
    {
        if (current is not null || value is null)
            return false;
        set(value);
        Provenance.Add(new(field, first.FirstLine, last.LastLine, confidence, printed, reason));
        return true;
    }
}

/// <summary>
/// One way a header says something about its meeting. Rules run in order and each reads into the
/// <see cref="HeaderDraft"/>; the first reading of a field wins. Extension point: a site's own header wording is a
/// rule (<see cref="Pipeline.MinutesPipelineBuilder.HeaderRules"/>).
/// </summary>
public interface IHeaderRule
{
    void Read(HeaderDraft draft);
}
