namespace Referat.Generator;

/// <summary>Sentence and title templates. {t} topic, {d} document kind, {c} committee, {m} municipality, {y} year, {n} a number.</summary>
public static class Templates
{
    public static readonly string[] Titles =
    [
        "Godkendelse af {d} for {t}", "Status på {t}", "Høring om {t}", "Tillægsbevilling til {t}", "Evaluering af {t}", "Principper for {t}",
        "Ny {d} for {t} {y}-{y3}", "Opfølgning på {t}", "Anlægsbevilling til {t}", "Orientering om {t}", "Drøftelse af {t}", "Prioritering af midler til {t}",
    ];

    public static readonly string[] Resume =
    [
        "Forvaltningen fremlægger med denne sag et forslag vedrørende {t}, som udvalget anmodede om på et tidligere møde.",
        "Sagen handler om {t} og om, hvordan kommunen kan fastholde et ensartet serviceniveau i de kommende år.",
        "{c} skal med denne sag tage stilling til den videre retning for {t}.",
        "Der fremlægges en {d}, som samler erfaringerne fra de seneste års arbejde med {t}.",
    ];

    public static readonly string[] Body =
    [
        "Forvaltningen har i samarbejde med de berørte institutioner gennemgået {t} og vurderet behovet for justeringer i lyset af den demografiske udvikling.",
        "Gennemgangen viser, at efterspørgslen er steget med omkring {n} procent siden {y0}, mens de økonomiske rammer stort set er uændrede.",
        "Der har været afholdt dialogmøder med brugerrepræsentanter, medarbejdere og lokale foreninger, og deres input indgår i det fremlagte materiale.",
        "Det er forvaltningens vurdering, at en samlet løsning vil give bedre sammenhæng for borgerne og samtidig gøre det lettere at prioritere ressourcerne.",
        "Forslaget bygger videre på de principper, som {c} fastlagde i forbindelse med budgetlægningen for {y}.",
        "Erfaringerne fra andre kommuner peger på, at en trinvis indfasning giver de bedste resultater og mindsker risikoen for forsinkelser.",
        "Der er i alt modtaget {n} henvendelser fra borgere og foreninger, som overvejende er positive over for forslaget, men som peger på behovet for klar kommunikation.",
        "Den nuværende ordning blev indført for flere år siden og har siden kun været justeret i mindre omfang, selv om opgaverne har ændret karakter.",
        "Forvaltningen anbefaler, at der fastsættes tydelige mål for indsatsen, og at resultaterne følges op én gang årligt over for udvalget.",
        "En række af de konkrete tiltag kan gennemføres inden for den eksisterende ramme, mens andre forudsætter en særskilt bevilling.",
        "Sagen har været drøftet i de relevante samarbejdsfora, hvor der var bred opbakning til den foreslåede tilgang.",
        "Hvis forslaget godkendes, vil de første ændringer kunne træde i kraft fra {m1} {y}, og en samlet status forelægges efter et år.",
    ];

    public static readonly string[] Problem =
    [
        "Der er behov for at afklare, hvordan {t} fremover skal organiseres, så opgaverne løses effektivt og med den fornødne kvalitet.",
        "Den nuværende model for {t} er presset af stigende udgifter og et voksende antal opgaver.",
    ];

    public static readonly string[] Solutions =
    [
        "Forvaltningen har beskrevet to modeller: en videreførelse af den nuværende ordning med mindre justeringer og en samlet omlægning over to år.",
        "Den anbefalede løsning indebærer, at indsatsen samles i ét team med fælles ledelse og fælles faglige retningslinjer.",
    ];

    public static readonly string[] Strategy =
    [
        "Sagen understøtter kommunens vision om et sammenhængende lokalsamfund med gode rammer for alle aldersgrupper.",
        "Forslaget ligger i forlængelse af kommunens strategi for bæredygtig udvikling {y}-{y3}.",
    ];

    public static readonly string[] NextSteps =
    [
        "Efter udvalgets behandling orienteres de berørte parter, og forvaltningen igangsætter implementeringen.",
        "Forvaltningen forelægger en status for udvalget, når de første erfaringer foreligger.",
    ];

    public static readonly string[] LegalBasis =
    [
        "Lov om kommunernes styrelse.",
        "Sagen behandles efter reglerne i serviceloven og den kommunale styrelseslov.",
    ];

    public static readonly string[] EconomyNone =
    [
        "Sagen har ingen økonomiske konsekvenser.",
        "Udgifterne afholdes inden for udvalgets eksisterende budgetramme.",
    ];

    public static readonly string[] EconomyTable =
    [
        "De bevillingsmæssige konsekvenser fremgår af tabellen nedenfor.",
        "Forslaget medfører følgende ændringer i budgettet, opgjort i 1.000 kr.",
    ];

    public static readonly string[] RecommendationPoints =
    [
        "den fremlagte {d} godkendes", "orienteringen om {t} tages til efterretning", "der gives en tillægsbevilling på {a} kr. til {t}",
        "forvaltningen bemyndiges til at igangsætte arbejdet", "sagen oversendes til videre behandling", "tidsplanen for {t} godkendes",
    ];

    public static readonly string[] DecisionRemarks =
    [
        "med den bemærkning, at forvaltningen udarbejder en status til udvalgets møde i {m1}",
        "idet udvalget ønsker, at de lokale foreninger inddrages i det videre arbejde",
        "med den tilføjelse, at økonomien følges tæt",
    ];

    public static readonly string[] AttachmentPart =
    [
        "Dette notat beskriver baggrunden for {t} og de vigtigste forudsætninger for forvaltningens anbefaling.",
        "Oversigten er udarbejdet på grundlag af de seneste tal fra kommunens egne systemer og opdateres løbende.",
        "Der tages forbehold for ændringer som følge af den kommende budgetlægning.",
    ];
}
