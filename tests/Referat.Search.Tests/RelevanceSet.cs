namespace Referat.Search.Tests;

/// <summary>
/// A judged query: what a citizen or journalist would type, the hits that answer it (short ids: "000:10" is item 10
/// of seed 000; "case:…", "person:…" are used as is; the first listed is the best answer) and why.
/// </summary>
public sealed record JudgedQuery(string Query, string[] Relevant, string Why);

/// <summary>The relevance set over the five seeds, written by hand from reading them.</summary>
public static class RelevanceSet
{
    public static readonly JudgedQuery[] Queries =
    [
        new("kvalitetsstandard misbrug", ["000:10"], "the revised quality standards for the addiction area"),
        new("kvalitetsstandarderne", ["000:10"], "inflected compound: the item speaks of the quality standards"),
        new("misbrugsbehandling", ["000:10", "000:13"], "addiction treatment: the standards item and the Torvehuset satisfaction survey"),
        new("stofmisbrug", ["000:10"], "the quality standard for treatment of drug abuse"),
        new("bevilling godtgørelse aktivering", ["004:4", "003:4"], "the guidelines for granting compensation in activation, decided 2019 and followed up"),
        new("ekstra bevilling Ungeløftet", ["000:11"], "the extra grant from STAR for Ungeløftet"),
        new("udgiftsbevilling", ["000:11"], "the item asks for an income and expenditure appropriation"),
        new("tillægsbevilling", ["000:2", "002:1"], "supplementary appropriations in the 2025 accounts and the 2015 estimated accounts"),
        new("Novo Nordisk opsagte medarbejdere", ["000:8"], "effort for laid-off Novo Nordisk employees"),
        new("varslingspulje", ["000:8"], "the notification pool the Novo Nordisk item applies for"),
        new("37-timers arbejdspligt", ["001:2"], "choice of model for the 37-hour work obligation"),
        new("arbejdspligt", ["001:2"], "the work obligation item"),
        new("negativ social kontrol", ["001:6"], "preparedness on negative social control and honour-related conflicts"),
        new("æresrelaterede konflikter ekstremisme", ["001:6"], "same item, by its other topics"),
        new("magtanvendelser", ["001:10"], "the annual report on use of force"),
        new("mødekalender 2025", ["001:8"], "the committee's meeting calendar for 2025"),
        new("Barnets lov", ["001:14"], "orientation on the Children's Act"),
        new("Headspace halvårsrapport", ["000:12"], "the half-year report from Headspace"),
        new("Torvehuset tilfredshed", ["000:13"], "the satisfaction survey at Torvehuset"),
        new("beredskabsplanlægning", ["000:14"], "status on emergency planning in Center for Social Indsats"),
        new("forretningsorden", ["000:5"], "the committee's rules of procedure"),
        new("delegationsplan", ["000:6"], "delegation plans after the new committee structure"),
        new("veteranstrategi", ["002:6"], "the veteran strategy after consultation"),
        new("veteraner", ["002:6"], "veterans: the strategy item is about them"),
        new("turismestrategi handleplan", ["002:3"], "final action plan 2015 for the tourism strategy"),
        new("iværksættere", ["002:4"], "satisfaction measurement of the entrepreneur offer"),
        new("jobsamtaler a-kasser", ["002:5"], "joint job interviews with the unemployment funds"),
        new("psykologisk rådgivning unge", ["002:8"], "psychological counselling offer for young people under 25"),
        new("regional uddannelsesstrategi høring", ["002:10"], "consultation on the regional education strategy"),
        new("socialt frikort", ["004:5"], "the social free card"),
        new("satspuljemidler", ["004:3"], "distribution of rate-adjustment pool funds 2019"),
        new("ungestrategi", ["003:7"], "involving young people in the municipality's youth strategy"),
        new("Plads til alle", ["003:5"], "status on the project Plads til alle"),
        new("tværfagligt indsatsteam", ["003:6", "004:6"], "status on, and citizens' evaluation of, the interdisciplinary team"),
        new("budget 2020 omprioritering", ["004:2"], "topics for reprioritisation in budget 2020"),
        new("27.00.00-A00-5-26", ["000:10", "case:27.00.00-A00-5-26"], "a full case number: the quality standards case"),
        new("15.40.15", ["001:2", "case:15.40.15-P00-1-22"], "a KLE subject prefix: the work obligation case"),
        new("Bodil Kornbek", ["person:bodil-kornbek"], "a council member by name"),
        new("Gitte Kjær-Westermann", ["person:gitte-kjaer-westermann"], "a hyphenated name"),
        new("title:regnskab", ["000:2", "002:1"], "field search in titles: the accounts items"),
        new("handleplan udsatte unge", ["000:7"], "action plan for the specialised social area, vulnerable youth"),
        new("ledelsesinformation beskæftigelse", ["001:3"], "management information on the employment area"),
    ];
}
