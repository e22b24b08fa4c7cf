using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Import.Recognition.People;

/// <summary>Reads members as the minutes name them, "Anna Holm (A)", alone or in lists joined by commas and "og".</summary>
public static partial class PartyMembers
{
    // A name word: initials ("H.C."), a short abbreviation ("Chr."), or a word that does not end in a full stop, so
    // that the sentence before a name ("… Anbefalet. Birthe Bach (M) stemte imod") does not become part of it.
    private const string NameWord = @"(?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{L}{0,3}\.|\p{Lu}(?:[\p{L}'’.\-]*[\p{L}'’\-])?)";

    public const string NamePattern = NameWord + @"(?:[ \t]+(?:" + NameWord + @"|von|van|de|la|af))*";
    public const string PartyPattern = @"[\p{Lu}]{1,3}";

    [GeneratedRegex(@"(?<name>" + NamePattern + @")\s*\((?<party>" + PartyPattern + @")\)")]
    private static partial Regex MemberWithParty();

    [GeneratedRegex(@"^\s*(?<name>" + NamePattern + @")\s*(?:\((?<party>" + PartyPattern + @")\))?\s*$")]
    private static partial Regex SingleMember();

    public static IReadOnlyList<PartyMember> FindAll(string text) =>
        MemberWithParty().Matches(text).Select(m => new PartyMember(m.Groups["name"].Value.Trim(), m.Groups["party"].Value)).ToList();

    /// <summary>Reads a list such as "A (B), C (V) og D (O)"; entries without a party are kept with Party null.</summary>
    public static IReadOnlyList<PartyMember> ParseList(string text)
    {
        var result = new List<PartyMember>();
        foreach (var part in SplitList(text))
        {
            var member = ParseOne(part);
            if (member is not null)
                result.Add(member);
        }
        return result;
    }

    public static PartyMember? ParseOne(string text)
    {
        var match = SingleMember().Match(text.Trim().TrimEnd('.', ','));
        if (!match.Success)
            return null;
        var party = match.Groups["party"].Success ? match.Groups["party"].Value : null;
        return new PartyMember(match.Groups["name"].Value.Trim(), party);
    }

    public static IEnumerable<string> SplitList(string text) =>
        Regex.Split(text, @",\s*|\s+og\s+|\s+samt\s+").Select(p => p.Trim()).Where(p => p.Length > 0);
}
