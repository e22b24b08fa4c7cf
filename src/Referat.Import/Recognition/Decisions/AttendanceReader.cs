using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Recognition.Labels;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Decisions;

/// <summary>What an attendance paragraph says: who was absent (with substitutes), and any decision text it ran into.</summary>
public sealed record AttendanceReading(IReadOnlyList<Absence> Absences, string Rest);

/// <summary>
/// Reads attendance in its common wordings, under an item or in a header:
/// <list type="bullet">
/// <item>a labelled list: "Fraværende: A (P)", "Afbud: A (Løsgænger).", "Ikke til stede: A (C)", "Fraværende- A ()";</item>
/// <item>absence sentences: "A (P), B (Q) og C (R) var fraværende under punktet.", "A (A) deltog ikke under dette
/// punkt.", "Der var afbud fra A (O) og B (C).", "Medlemmerne var til stede, undtagen: A (V).";</item>
/// <item>substitutions: "I stedet for C (R) deltog E (R).", "I stedet deltog D (P).", "E (F) deltog i mødet i stedet
/// for C (F)" (C is absent, E the substitute).</item>
/// </list>
/// </summary>
public static partial class AttendanceReader
{
    [GeneratedRegex(@"^(?<members>.+?)\s+(?:var|er|har været|blev meldt)\s+(?:fraværende|ikke til stede|forhindret)(?<note>[^.]*)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentSentence();

    [GeneratedRegex(@"^(?<members>.+?)\s+deltog\s+ikke(?<note>(?:\s+(?:under|i|ved|fra|efter)\b[^.]*)?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DidNotTakePart();

    [GeneratedRegex(@"^(?<members>.+?)\s+(?:havde\s+)?(?:meldt\s+)?(?:afbud|forfald)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SentApologies();

    [GeneratedRegex(@"^(?:Der\s+var\s+|Der\s+er\s+)?(?:afbud|forfald)\s+fra\s+(?<members>.+?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesFrom();

    [GeneratedRegex(@"undtagen\s*:?\s*(?<members>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AllPresentExcept();

    [GeneratedRegex(@"I\s+stedet\s+for\s+(?<absent>.+?)\s+deltog\s+(?<substitute>.+?)(?:\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstituteFor();

    [GeneratedRegex(@"^(?<substitute>.+?)\s+deltog\s+(?:i\s+mødet\s+|som\s+stedfortræder\s+)?i\s+stedet\s+for\s+(?<absent>.+?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TookPartInsteadOf();

    [GeneratedRegex(@"I\s+stedet\s+deltog\s+(?<substitute>.+?)(?:\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstituteOnly();

    /// <summary>Whether the paragraph is an attendance line (and nothing is read from it yet).</summary>
    public static bool IsAttendance(string paragraph, FieldLabels? labels = null) => TryRead(paragraph, out _, labels);

    /// <summary>A label that opens an absence list and holds no names itself: "Fraværende:" over a list of lines.</summary>
    public static bool IsEmptyAbsenceLabel(string paragraph, FieldLabels? labels = null) =>
        (labels ?? FieldLabels.Default).TryOpening(NormaliseDash(paragraph, labels), out var label, out var value) && label.Role == FieldRole.Absent && value.Length == 0;

    public static bool TryRead(string paragraph, out AttendanceReading reading, FieldLabels? labels = null)
    {
        reading = null!;
        labels ??= FieldLabels.Default;
        var text = NormaliseDash(paragraph.Trim(), labels);
        if (text.Length is < 5 or > 1500)
            return false;
        if (labels.TryOpening(text, out var label, out var value) && label.Role == FieldRole.Absent)
        {
            var list = PersonLists.Read(value);
            reading = new AttendanceReading(list.People.Select(ToAbsence).ToList(), list.Rest);
            return true;
        }
        // The cheap test: every sentence form names its verb.
        if (!ContainsAny(text, "fravær", "deltog", "afbud", "forfald", "til stede", "undtagen", "forhindret"))
            return false;
        var absences = new List<Absence>();
        var lastSentence = new List<int>();
        var any = false;
        foreach (var sentence in SplitSentences(text))
        {
            if (ReadSentence(sentence, absences, lastSentence))
                any = true;
            else if (any)
                break;
            else
                return false;
        }
        reading = new AttendanceReading(absences, "");
        return any;
    }

    /// <summary>Reads the absences in the given attendance paragraphs, in order; later paragraphs may name substitutes.</summary>
    public static List<Absence> Read(IEnumerable<string> paragraphs, FieldLabels? labels = null)
    {
        var absences = new List<Absence>();
        foreach (var paragraph in paragraphs)
        {
            var text = NormaliseDash(paragraph.Trim(), labels);
            if (SubstituteOnly().Match(text) is { Success: true } only && only.Index == 0 && absences.Count > 0)
            {
                var substitute = One(only.Groups["substitute"].Value);
                if (substitute is not null)
                    absences[^1] = absences[^1] with { Substitute = substitute };
                continue;
            }
            if (TryRead(text, out var reading, labels))
                Merge(absences, reading.Absences);
            else if (PersonLists.Read(text) is { Rest: "" } list && list.People.Count > 0)
                Merge(absences, list.People.Select(ToAbsence));            // a name on its own line under "Fraværende:"
        }
        return absences;
    }

    private static void Merge(List<Absence> absences, IEnumerable<Absence> more)
    {
        foreach (var absence in more)
        {
            var same = absences.FindIndex(a => SameName(a.Member, absence.Member));
            if (same < 0)
                absences.Add(absence);
            else if (absence.Substitute is not null && absences[same].Substitute is null)
                absences[same] = absences[same] with { Substitute = absence.Substitute };
        }
    }

    private static bool ReadSentence(string sentence, List<Absence> absences, List<int> lastSentence)
    {
        Match match;
        if ((match = TookPartInsteadOf().Match(sentence)).Success)
        {
            var absent = One(match.Groups["absent"].Value);
            var substitute = One(match.Groups["substitute"].Value);
            if (absent is null)
                return false;
            AddOrUpdate(absences, new Absence(absent, substitute, null));
            return true;
        }
        if ((match = SubstituteFor().Match(sentence)).Success)
        {
            var absent = One(match.Groups["absent"].Value);
            var substitute = One(match.Groups["substitute"].Value);
            if (absent is null)
                return false;
            AddOrUpdate(absences, new Absence(absent, substitute, null));
            return true;
        }
        if ((match = SubstituteOnly().Match(sentence)).Success && lastSentence.Count > 0)
        {
            var substitute = One(match.Groups["substitute"].Value);
            if (substitute is not null)
                absences[lastSentence[^1]] = absences[lastSentence[^1]] with { Substitute = substitute };
            return true;
        }
        foreach (var form in new[] { AbsentSentence(), DidNotTakePart(), ApologiesFrom(), SentApologies(), AllPresentExcept() })
        {
            match = form.Match(sentence);
            if (!match.Success)
                continue;
            var people = PersonLists.Read(match.Groups["members"].Value).People;
            if (people.Count == 0)
                continue;
            var note = match.Groups["note"].Success ? match.Groups["note"].Value.Trim().TrimEnd('.').Trim() : "";
            lastSentence.Clear();
            foreach (var person in people)
            {
                lastSentence.Add(absences.Count);
                absences.Add(new Absence(person.Member, null, note.Length == 0 ? null : note));
            }
            return true;
        }
        return false;
    }

    private static void AddOrUpdate(List<Absence> absences, Absence absence)
    {
        var index = absences.FindLastIndex(a => SameName(a.Member, absence.Member));
        if (index >= 0)
            absences[index] = absences[index] with { Substitute = absences[index].Substitute ?? absence.Substitute };
        else
            absences.Add(absence);
    }

    public static Absence ToAbsence(ListedPerson person) => new(person.Member, null, person.Notes.Count == 0 ? null : string.Join("; ", person.Notes));

    private static PartyMember? One(string text) => PersonLists.Read(text).People.FirstOrDefault()?.Member;

    private static bool SameName(PartyMember a, PartyMember b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Fraværende- A ()": a label glued to its list by a dash reads as "Fraværende: A ()".</summary>
    private static string NormaliseDash(string text, FieldLabels? labels)
    {
        var dash = text.IndexOf("- ", StringComparison.Ordinal);
        return dash is > 3 and < 25 && !text[..dash].Contains(' ') && (labels ?? FieldLabels.Default).TryWhole(text[..dash], out var label) && label.Role == FieldRole.Absent
            ? text[..dash] + ": " + text[(dash + 2)..]
            : text;
    }

    [GeneratedRegex(@"(?<=(?:\p{Ll}\p{Ll}|\))\.)\s+(?=I stedet|\p{Lu}\p{Ll}+\s+\p{Lu})")]
    private static partial Regex SentenceBreak();

    /// <summary>Splits at a full stop followed by a space and a capital, not at the dots of "Chr." or party letters.</summary>
    private static IEnumerable<string> SplitSentences(string paragraph) =>
        paragraph.Contains(". ") ? SentenceBreak().Split(paragraph).Where(s => s.Trim().Length > 0) : [paragraph];
}
