namespace Referat.Domain;

/// <summary>
/// The delegation plan as data: which bodies treat a kind of case, in which order and in which role. A rule matches
/// an item by a word of its title or one of its type tags ("bevilling", "lokalplan"); an item no rule matches is
/// decided by the committee itself. The step body <see cref="TheCommittee"/> stands for the item's own committee.
/// </summary>
public sealed record DelegationPlan(ValueList<DelegationRule> Rules, ValueList<DelegationStep> Otherwise)
{
    public const string TheCommittee = "udvalget";

    /// <summary>Appropriations, budgets, plans and rates go through the finance committee to the council.</summary>
    public static DelegationPlan Default { get; } = new(
        [
            new("bevilling", ThroughTheCouncil), new("budget", ThroughTheCouncil), new("lokalplan", ThroughTheCouncil),
            new("kommuneplan", ThroughTheCouncil), new("takst", ThroughTheCouncil), new("regnskab", ThroughTheCouncil),
        ],
        [new(TheCommittee, CompetenceRole.Decides)]);

    private static ValueList<DelegationStep> ThroughTheCouncil =>
        [new(TheCommittee, CompetenceRole.Recommends), new("Økonomiudvalget", CompetenceRole.Recommends), new("Kommunalbestyrelsen", CompetenceRole.Decides)];

    /// <summary>The competence chain proposed for a new item of a committee (Beslutningskompetence).</summary>
    public ValueList<CompetenceStep> Propose(string committee, string title, IEnumerable<string> types)
    {
        var words = Names.Normalise(title + " " + string.Join(' ', types));
        var rule = Rules.FirstOrDefault(r => words.Contains(Names.Normalise(r.Kind), StringComparison.Ordinal));
        var steps = (rule?.Chain ?? Otherwise)
            .Select(s => s.Body == TheCommittee ? s with { Body = CommitteeNames.Display(committee) } : s)
            .DistinctBy(s => Names.Normalise(s.Body))   // the finance committee's own item does not go to itself again
            .ToList();
        return steps.Select(s => new CompetenceStep($"{s.Body} {s.Role.DanishName()}.", s.Body, s.Role)).ToList();
    }
}

/// <summary>A kind of case and the bodies it goes through.</summary>
public sealed record DelegationRule(string Kind, ValueList<DelegationStep> Chain);

/// <summary>One body of a delegation rule and its role.</summary>
public sealed record DelegationStep(string Body, CompetenceRole Role);
