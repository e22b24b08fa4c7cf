using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition;


/// <summary>
/// Reads rename statements from an item's section text, generically (no committee is named in the code):
/// <list type="bullet">
/// <item><c>navneændring-liste</c>: "ændring af navnene: A samt B til i stedet at være: C samt D" (pairwise).</item>
/// <item><c>omdøbning</c>: "A omdøbes til B", "A skifter navn til B", "A ændrer navn til B", "A hedder fremover B",
/// "A ændres til B".</item>
/// <item><c>tidligere-udvalg</c>: a line naming a committee followed by "Udvalget er (i udgangspunktet) det tidligere
/// C"; a merger ("en sammenlægning af …") is not a rename and is skipped.</item>
/// <item><c>navn-i-parentes</c>: a line that is only "A (B)" with two committee names: one committee, two names.</item>
/// </list>
/// "eventuel(t)" in the sentence lowers the confidence: the minutes announce a proposal, not a decision.
/// </summary>
public static partial class RenameStatements
{
    private const string C = CommitteeNames.Pattern;

    [GeneratedRegex(@"(?:ændring(?:en)?\s+af|ændre|ændres|nye)\s+(?:de\s+)?\w*navne(?:ne)?\s*:?\s*(?<old>.+?)\s+til\s+(?:i\s+stedet\s+)?(?:at\s+være\s*)?:?\s*(?<new>.+?)(?:\.(?:\s|$)|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameList();

    [GeneratedRegex(@"(?<old>" + C + @")\s+(?:omdøbes|skifter\s+navn|ændrer\s+navn|ændres|får\s+(?:det\s+)?nyt\s+navn)\s+til\s+(?:at\s+hedde\s+)?(?<new>" + C + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Renamed();

    [GeneratedRegex(@"(?<old>" + C + @")\s+hedder\s+(?:nu|fremover|fra\s+\S+\s+\S+)\s+(?<new>" + C + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NowCalled();

    [GeneratedRegex(@"^Udvalget\s+er\s+(?:i\s+udgangspunktet\s+|i\s+det\s+væsentlige\s+|reelt\s+|fortsat\s+)?(?:det\s+)?tidligere\s+(?<old>" + C + ")", RegexOptions.CultureInvariant)]
    private static partial Regex FormerCommittee();

    [GeneratedRegex(@"^(?<name>" + C + @")(?:\s*\((?<alt>" + C + @")\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(C, RegexOptions.CultureInvariant)]
    private static partial Regex Committee();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÆØÅ])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\beventuel[t]?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tentative();

    /// <summary>Every rename statement in the sections of a document's items, each with the item and section it stands in.</summary>
    public static IReadOnlyList<RenameStatement> In(MinutesDocument minutes) =>
        minutes.Items.SelectMany(item => item.Sections.SelectMany(section =>
            Find(section.PlainText).Select(s => s with { Place = $"punkt {item.Number}, {section.Heading}" }))).ToList();

    public static IReadOnlyList<RenameStatement> Find(string text)
    {
        var found = new List<RenameStatement>();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        string? heading = null;
        foreach (var line in lines)
        {
            if (line.Length == 0)
                continue;
            if (HeadingLine().Match(line) is { Success: true } h)
            {
                heading = h.Groups["name"].Value;
                if (h.Groups["alt"].Success && Differ(heading, h.Groups["alt"].Value))
                    found.Add(new RenameStatement(heading, h.Groups["alt"].Value, "navn-i-parentes", line, 0.7));
                continue;
            }
            if (heading is not null && FormerCommittee().Match(line) is { Success: true } former && Differ(former.Groups["old"].Value, heading))
                found.Add(new RenameStatement(former.Groups["old"].Value, heading, "tidligere-udvalg", $"{heading}: {Cut(line)}", 0.8));

            foreach (var sentence in SentenceBreak().Split(line))
            {
                var confidence = Tentative().IsMatch(sentence) ? 0.7 : 0.9;
                if (NameList().Match(sentence) is { Success: true } list)
                {
                    var before = Committee().Matches(list.Groups["old"].Value).Select(m => m.Value).ToList();
                    var after = Committee().Matches(list.Groups["new"].Value).Select(m => m.Value).ToList();
                    if (before.Count > 0 && before.Count == after.Count)
                        for (var i = 0; i < before.Count; i++)
                            if (Differ(before[i], after[i]))
                                found.Add(new RenameStatement(before[i], after[i], "navneændring-liste", Cut(sentence), confidence));
                }
                foreach (Match m in Renamed().Matches(sentence))
                    if (Differ(m.Groups["old"].Value, m.Groups["new"].Value))
                        found.Add(new RenameStatement(m.Groups["old"].Value, m.Groups["new"].Value, "omdøbning", Cut(sentence), confidence));
                foreach (Match m in NowCalled().Matches(sentence))
                    if (Differ(m.Groups["old"].Value, m.Groups["new"].Value))
                        found.Add(new RenameStatement(m.Groups["old"].Value, m.Groups["new"].Value, "omdøbning", Cut(sentence), confidence));
            }
        }
        return found;
    }

    private static bool Differ(string a, string b) => CommitteeNames.Key(a) != CommitteeNames.Key(b);

    private static string Cut(string sentence) => sentence.Length <= 400 ? sentence : sentence[..397] + "…";
}
