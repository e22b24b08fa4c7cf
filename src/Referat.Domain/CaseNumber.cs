using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// A case number in KLE form, "00.01.00-A30-10-25": KLE subject 00.01.00 (main group 00, group 01, subject 00),
/// handling facet A30, serial number 10 and the two-digit year 25 (2025) in which the case was opened.
/// </summary>
public sealed partial record CaseNumber(string Text, string Subject, string Facet, int Serial, int Year)
{
    public string MainGroup => Subject[..2];
    public string Group => Subject[..5];

    [GeneratedRegex(@"^(?<subject>\d{2}\.\d{2}\.\d{2})-(?<facet>[A-ZÆØÅ]\d{2})-(?<serial>\d{1,5})-(?<year>\d{2})$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out CaseNumber? caseNumber)
    {
        caseNumber = null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        var shortYear = int.Parse(match.Groups["year"].Value);
        caseNumber = new CaseNumber(
            match.Value,
            match.Groups["subject"].Value,
            match.Groups["facet"].Value,
            int.Parse(match.Groups["serial"].Value),
            shortYear < 70 ? 2000 + shortYear : 1900 + shortYear);
        return true;
    }

    public override string ToString() => Text;
}
