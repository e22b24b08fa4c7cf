namespace Referat.Domain;

/// <summary>Where a case goes next along its competence chain.</summary>
public static class CompetenceChain
{
    /// <summary>
    /// The body after <paramref name="body"/> in the chain when <paramref name="body"/> only recommends (the case
    /// continues), else null: a deciding body ends the chain, and a body not in the chain sends it nowhere.
    /// </summary>
    public static CompetenceStep? NextAfter(IReadOnlyList<CompetenceStep> chain, string body)
    {
        var key = Names.Normalise(CommitteeNames.Display(body));
        for (var i = 0; i < chain.Count - 1; i++)
        {
            if (chain[i].Body is not { } name || Names.Normalise(CommitteeNames.Display(name)) != key)
                continue;
            return chain[i].Role == CompetenceRole.Recommends ? chain[i + 1] : null;
        }
        return null;
    }
}
