using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Recognition.People;

namespace Referat.Import.Recognition.Decisions;

/// <summary>Reads votes from decision text: "Anne Jeremiassen (I) stemte imod.", "For stemte: V og I", "Imod stemte: A".</summary>
public static partial class VoteReader
{
    [GeneratedRegex(@"(?<who>(?:" + PartyMembers.NamePattern + @"\s*\(\p{Lu}{1,3}\)(?:\s*,\s*|\s+og\s+)?)+)\s+(?<how>stemte\s+(?:imod|for|ikke)|undlod\s+at\s+stemme)")]
    private static partial Regex MemberVote();

    [GeneratedRegex(@"(?<how>For|Imod|Undlod\s+at\s+stemme|Undlader)\s+stemte\s*:?\s*(?<who>[^.\n]+)|(?<how>For|Imod|Undlod\s+at\s+stemme)\s*:\s*(?<who>[^.\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupVote();

    public static IReadOnlyList<Vote> Read(string text)
    {
        var votes = new List<Vote>();
        foreach (Match match in MemberVote().Matches(text))
        {
            var position = Position(match.Groups["how"].Value);
            votes.AddRange(PartyMembers.FindAll(match.Groups["who"].Value).Select(m => new Vote(position, m, m.Party)));
        }
        foreach (Match match in GroupVote().Matches(text))
        {
            var position = Position(match.Groups["how"].Value);
            foreach (var voter in PartyMembers.SplitList(match.Groups["who"].Value))
            {
                var member = PartyMembers.FindAll(voter).FirstOrDefault();
                if (member is not null)
                    votes.Add(new Vote(position, member, member.Party));
                else if (Regex.IsMatch(voter, @"^\p{Lu}{1,3}$"))
                    votes.Add(new Vote(position, null, voter));
            }
        }
        return votes;
    }

    private static VotePosition Position(string how)
    {
        how = how.ToLowerInvariant();
        if (how.Contains("imod")) return VotePosition.Against;
        if (how.Contains("undl") || how.Contains("ikke")) return VotePosition.Abstained;
        return VotePosition.For;
    }
}
