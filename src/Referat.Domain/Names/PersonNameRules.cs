namespace Referat.Domain;

/// <summary>What a name rule says about two spellings: the same person (merge), maybe (review), or nothing.</summary>
public enum VerdictKind
{
    None,
    Merge,
    Review,
}

/// <summary>A rule's verdict with its name, confidence (0–1), the reason it is not sure, and the evidence.</summary>
public sealed record NameVerdict(VerdictKind Kind, string Rule, double Confidence, string Reason, string Detail)
{
    public static readonly NameVerdict None = new(VerdictKind.None, "", 0, "", "");
}

/// <summary>
/// When two spellings of a person's name are one person. The rules, each named; the first that applies decides.
/// <list type="bullet">
/// <item><c>samme-navn</c>: the same spelling (normalised) is the same person, whatever the party; a new party is
/// recorded as <c>samme-navn-andet-parti</c> and gives a second membership.</item>
/// <item><c>efternavn-stavevariant</c>: same first name(s), the last name differs by one edit (5+ letters) or by at
/// most 3 edits that are at most a third of its length after a common beginning of 4+ letters; same party; the two
/// spellings are not in one list. Otherwise, or when the party differs or is unknown, the pair goes to review.</item>
/// <item><c>mellemnavn-udeladt</c>: same first and last name, one spelling has extra middle names; same party, not in
/// one list. Otherwise review.</item>
/// <item><c>lignende-navn</c>: review only: the whole names are within a quarter of their length of each other
/// ("Anne Holm" / "Anna Holm").</item>
/// </list>
/// </summary>
public static class PersonNameRules
{
    public const double MergeThreshold = 0.6;

    /// <param name="seen">The spelling met now, with its party.</param>
    /// <param name="knownSpelling">A spelling seen before, normalised (<see cref="Names.Normalise"/>).</param>
    /// <param name="knownParty">The party seen with it (or with its person).</param>
    /// <param name="inSameList">Whether both stand in one list (then they are different people).</param>
    public static NameVerdict Evaluate(PartyMember seen, string knownSpelling, string? knownParty, bool inSameList)
    {
        var a = Tokens(Names.Normalise(seen.Name));
        var b = Tokens(knownSpelling);
        if (a.Length == 0 || b.Length == 0)
            return NameVerdict.None;
        var party = seen.Party;
        var reasons = new List<string>();
        if (inSameList)
            reasons.Add("optræder i samme liste");
        if (party is not null && knownParty is not null && party != knownParty)
            reasons.Add($"forskelligt parti ({party}/{knownParty})");
        else if (party is null || knownParty is null)
            reasons.Add("parti ukendt");

        if (a.Length == b.Length && a.Length >= 2 && a[..^1].SequenceEqual(b[..^1]) && a[^1] != b[^1])
        {
            string x = a[^1], y = b[^1];
            var d = Similarity.EditDistance(x, y);
            var length = Math.Max(x.Length, y.Length);
            var prefix = Similarity.CommonPrefix(x, y);
            var detail = $"samme fornavn(e); efternavn {x} / {y}: afstand {d} af {length} tegn, fælles begyndelse {prefix}";
            var close = d == 1 && length >= 5 || d <= 3 && d <= length * 0.34 && prefix >= 4;
            var confidence = Math.Round(1 - (double)d / length, 2);
            if (close && reasons.Count == 0)
                return new NameVerdict(VerdictKind.Merge, "efternavn-stavevariant", confidence, "", detail);
            if (close || d <= length * 0.5 && prefix >= 2)
                return new NameVerdict(VerdictKind.Review, "efternavn-stavevariant", confidence,
                    string.Join("; ", reasons.Count == 0 ? ["afstand på grænsen"] : reasons), detail);
        }
        if (a[0] == b[0] && a[^1] == b[^1] && a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (shorter.All(longer.Contains))
            {
                const string detail = "samme fornavn og efternavn; mellemnavn kun i den ene stavemåde";
                return reasons.Count == 0
                    ? new NameVerdict(VerdictKind.Merge, "mellemnavn-udeladt", 0.8, "", detail)
                    : new NameVerdict(VerdictKind.Review, "mellemnavn-udeladt", 0.6, string.Join("; ", reasons), detail);
            }
        }
        var whole = Similarity.Ratio(string.Join(' ', a), string.Join(' ', b));
        if (whole <= 0.25)
        {
            if (a[0] != b[0])
                reasons.Insert(0, "forskellige fornavne");
            return new NameVerdict(VerdictKind.Review, "lignende-navn", Math.Round(1 - whole, 2),
                string.Join("; ", reasons.Count == 0 ? ["navnene ligner hinanden"] : reasons), $"navneafstand {whole:0.00}");
        }
        return NameVerdict.None;
    }

    public static string[] Tokens(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
