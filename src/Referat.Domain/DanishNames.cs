namespace Referat.Domain;

/// <summary>
/// The one Danish name of each of the domain's enumerations, as the portal, the API, the CLI and the exports print it.
/// </summary>
public static class DanishNames
{
    /// <summary>"Godkendt", "Anbefalet", "Taget til efterretning" …; an unclassified decision is "Besluttet".</summary>
    public static string DanishName(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => "Godkendt",
        DecisionOutcome.Recommended => "Anbefalet",
        DecisionOutcome.Noted => "Taget til efterretning",
        DecisionOutcome.Discussed => "Drøftet",
        DecisionOutcome.Postponed => "Udsat",
        DecisionOutcome.Rejected => "Afvist",
        _ => "Besluttet",
    };

    /// <summary>The verb of the competence chain: "anbefaler", "beslutter", "orienteres"; "" when not stated.</summary>
    public static string DanishName(this CompetenceRole role) => role switch
    {
        CompetenceRole.Recommends => "anbefaler",
        CompetenceRole.Decides => "beslutter",
        CompetenceRole.IsInformed => "orienteres",
        _ => "",
    };

    public static string DanishName(this MeetingState state) => state switch
    {
        MeetingState.Planned => "Planlagt",
        MeetingState.AgendaPublished => "Dagsorden offentliggjort",
        MeetingState.Held => "Afholdt",
        MeetingState.MinutesApproved => "Referat godkendt",
        MeetingState.MinutesPublished => "Referat offentliggjort",
        _ => "Aflyst",
    };

    public static string DanishName(this MembershipRole role) => role switch
    {
        MembershipRole.Chair => "formand",
        MembershipRole.ViceChair => "næstformand",
        MembershipRole.Substitute => "stedfortræder",
        _ => "medlem",
    };

    public static string DanishName(this AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Til stede",
        AttendanceStatus.Absent => "Fraværende",
        _ => "Stedfortræder",
    };

    public static string DanishName(this VotePosition position) => position switch
    {
        VotePosition.For => "For",
        VotePosition.Against => "Imod",
        _ => "Undlod at stemme",
    };

    public static string DanishName(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Council => "Kommunalbestyrelse",
        OrganizationKind.FinanceCommittee => "Økonomiudvalg",
        OrganizationKind.Committee => "Udvalg",
        _ => "Andet organ",
    };

    public static string DanishName(this ClosedItemTitles rule) => rule switch
    {
        ClosedItemTitles.Published => "titler vises",
        _ => "titler vises ikke",
    };

    public static string DanishName(this AccountRole role) => role switch
    {
        AccountRole.Administrator => "administrator",
        AccountRole.Secretary => "sekretær",
        _ => "medlem",
    };

    public static string DanishName(this AppropriationStatus status) => status switch
    {
        AppropriationStatus.Granted => "bevilget",
        AppropriationStatus.Recommended => "anbefalet",
        _ => "foreslået",
    };

    public static string DanishName(this BudgetMeasure measure) => measure switch
    {
        BudgetMeasure.AdoptedBudget => "vedtaget budget",
        BudgetMeasure.CorrectedBudget => "korrigeret budget",
        BudgetMeasure.Accounts => "regnskab",
        BudgetMeasure.ExpectedAccounts => "forventet regnskab",
        BudgetMeasure.Deviation => "afvigelse",
        _ => "overførsel",
    };

    public static string DanishName(this AmountKind kind) => kind switch
    {
        AmountKind.SupplementaryAppropriation => "tillægsbevilling",
        AmountKind.CapitalAppropriation => "anlægsbevilling",
        AmountKind.Income => "indtægt",
        _ => "udgift",
    };
}
