using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.Decisions;

/// <summary>
/// Reads attendance sentences: "A (P), B (Q) og C (R) var fraværende under punktet.", "I stedet deltog D (P).",
/// "I stedet for C (R) deltog E (R).", "Fraværende: A (P)".
/// </summary>
public static partial class AttendanceReader
{
    [GeneratedRegex(@"^(?<members>.+?)\s+(?:var|er|har været)\s+fraværende(?<note>[^.]*)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentSentence();

    [GeneratedRegex(@"I\s+stedet\s+for\s+(?<absent>.+?)\s+deltog\s+(?<substitute>.+?)(?:\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstituteFor();

    [GeneratedRegex(@"I\s+stedet\s+deltog\s+(?<substitute>.+?)(?:\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstituteOnly();

    [GeneratedRegex(@"^(?:Fraværende|Afbud(?:\s+fra)?)\s*:\s*(?<members>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentList();

    public static bool IsAttendance(string paragraph) =>
        AbsentSentence().IsMatch(paragraph) && PartyMembers.ParseList(AbsentSentence().Match(paragraph).Groups["members"].Value).Count > 0
        || paragraph.StartsWith("I stedet for ", StringComparison.OrdinalIgnoreCase) && paragraph.Contains(" deltog ")
        || paragraph.StartsWith("I stedet deltog ", StringComparison.OrdinalIgnoreCase)
        || AbsentList().IsMatch(paragraph);

    /// <summary>Reads the absences in the given attendance paragraphs, in order; later paragraphs may name substitutes.</summary>
    public static List<Absence> Read(IEnumerable<string> paragraphs)
    {
        var absences = new List<Absence>();
        foreach (var paragraph in paragraphs)
        {
            var listMatch = AbsentList().Match(paragraph);
            if (listMatch.Success)
            {
                absences.AddRange(PartyMembers.ParseList(listMatch.Groups["members"].Value).Select(m => new Absence(m)));
                continue;
            }
            var lastSentence = new List<int>();
            foreach (var sentence in SplitSentences(paragraph))
            {
                var absent = AbsentSentence().Match(sentence);
                if (absent.Success && sentence.Contains("fravær", StringComparison.OrdinalIgnoreCase))
                {
                    var note = absent.Groups["note"].Value.Trim().TrimEnd('.').Trim();
                    lastSentence.Clear();
                    foreach (var member in PartyMembers.ParseList(absent.Groups["members"].Value))
                    {
                        lastSentence.Add(absences.Count);
                        absences.Add(new Absence(member, null, note.Length == 0 ? null : note));
                    }
                    continue;
                }
                var substituteFor = SubstituteFor().Match(sentence);
                if (substituteFor.Success)
                {
                    var absentMember = PartyMembers.ParseOne(substituteFor.Groups["absent"].Value);
                    var substitute = PartyMembers.ParseOne(substituteFor.Groups["substitute"].Value);
                    var index = absentMember is null ? -1 : absences.FindLastIndex(a => SameName(a.Member, absentMember));
                    if (index >= 0 && substitute is not null)
                        absences[index] = absences[index] with { Substitute = substitute };
                    continue;
                }
                var substituteOnly = SubstituteOnly().Match(sentence);
                if (substituteOnly.Success && lastSentence.Count > 0)
                {
                    var substitute = PartyMembers.ParseOne(substituteOnly.Groups["substitute"].Value);
                    var index = lastSentence[^1];
                    if (substitute is not null)
                        absences[index] = absences[index] with { Substitute = substitute };
                }
            }
        }
        return absences;
    }

    private static bool SameName(PartyMember a, PartyMember b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits at a full stop followed by a space and a capital, not at the dots of "Chr." or party letters.</summary>
    private static IEnumerable<string> SplitSentences(string paragraph) =>
        Regex.Split(paragraph, @"(?<=(?:\p{Ll}\p{Ll}|\))\.)\s+(?=I stedet|\p{Lu}\p{Ll}+\s+\p{Lu})").Where(s => s.Trim().Length > 0);
}
