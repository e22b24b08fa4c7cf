namespace Referat.Generator;

/// <summary>
/// Our own word lists. Every name, place and phrase the generator prints comes from here or from
/// <see cref="Templates"/>; nothing is taken from real minutes.
/// </summary>
public static class WordLists
{
    public static readonly string[] TownStarts =
        ["Hvid", "Sten", "Egel", "Lyng", "Skov", "Bak", "Fjord", "Ravn", "Mølle", "Sol", "Kilde", "Hede", "Strand", "Birke", "Rønne", "Vester", "Øster", "Nørre", "Bøge", "Hassel"];

    public static readonly string[] TownEnds =
        ["bjerg", "lunde", "holm", "sted", "rup", "by", "løse", "vig", "ager", "høj", "dal", "skov", "bæk", "mose", "næs", "strup"];

    public static readonly string[] FirstNames =
        ["Anne", "Birthe", "Camilla", "Dorthe", "Ellen", "Frida", "Grethe", "Hanne", "Ida", "Jytte", "Karen", "Lene", "Maja", "Nanna", "Pernille", "Rikke", "Sofie", "Tove", "Ulla", "Vibeke",
         "Anders", "Bent", "Christian", "Dennis", "Erik", "Finn", "Gert", "Henning", "Jens", "Kasper", "Lars", "Mikkel", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben", "Ulrik", "Vagn", "Åge", "Øjvind"];

    public static readonly string[] MiddleNames = ["Marie", "Louise", "Juul", "Bach", "Holm", "Lund", "Krogh", "Dam", "Vestergaard", "Skov"];

    public static readonly string[] LastNames =
        ["Abildgaard", "Bjerregaard", "Carstensen", "Damgaard", "Egholm", "Fabricius", "Gormsen", "Hvidberg", "Iversen", "Juhl", "Kragelund", "Lauridsen", "Mortensen", "Nygaard", "Overgaard",
         "Pallesen", "Quist", "Rosendahl", "Skovbo", "Thygesen", "Ulstrup", "Vinther", "Winther", "Østergaard", "Aagesen", "Brandt-Møller", "Frost-Hansen", "Kjeldsen", "Lykkegaard", "Munk", "Nørgaard", "Rømer", "Sandholm", "Tranberg"];

    public static readonly string[] Parties = ["A", "B", "C", "F", "I", "O", "V", "Ø", "Å", "M"];

    /// <summary>Committee names in pairs: a name and the name it may take in a later term.</summary>
    public static readonly (string Name, string Renamed)[] Committees =
    [
        ("Børne- og Skoleudvalget", "Børne- og Ungeudvalget"),
        ("Teknik- og Miljøudvalget", "Klima- og Miljøudvalget"),
        ("Kultur- og Fritidsudvalget", "Kultur-, Idræts- og Fritidsudvalget"),
        ("Ældre- og Omsorgsudvalget", "Ældre- og Værdighedsudvalget"),
        ("Sundheds- og Psykiatriudvalget", "Sundheds- og Trivselsudvalget"),
        ("Arbejdsmarkeds- og Uddannelsesudvalget", "Job- og Uddannelsesudvalget"),
        ("Plan- og Boligudvalget", "By- og Planudvalget"),
        ("Familie- og Handicapudvalget", "Familie- og Inklusionsudvalget"),
        ("Trafik- og Vejudvalget", "Mobilitetsudvalget"),
        ("Erhvervs- og Turismeudvalget", "Vækst- og Erhvervsudvalget"),
        ("Natur- og Landdistriktsudvalget", "Landdistriktsudvalget"),
    ];

    public static readonly string[] Rooms =
        ["Mødelokale 2.14", "Byrådssalen", "Rådhusets mødesal", "Udvalgsværelse B", "Mødelokale Fjorden", "Lokale 1.07, Rådhuset", "Borgerhuset, sal 3", "Mødelokale Engen"];

    /// <summary>Subjects of cases, in the definite or indefinite form a title can take.</summary>
    public static readonly string[] Topics =
        ["skolestrukturen", "vejbelysningen", "den lokale klimaplan", "daginstitutionernes åbningstider", "busbetjeningen i landdistrikterne", "renoveringen af svømmehallen",
         "plejeboligkapaciteten", "ungdomsklubberne", "cykelstierne langs landevejene", "affaldssorteringen", "biblioteksbetjeningen", "sundhedshusets udvidelse",
         "integrationsindsatsen", "den kommunale tandpleje", "grønne områder i bymidten", "lokalplanen for havnearealet", "idrætsfaciliteternes vedligeholdelse",
         "hjemmeplejens tilrettelæggelse", "frivillighedspolitikken", "erhvervsfremmeindsatsen", "vandløbsvedligeholdelsen", "den digitale borgerservice", "madordningen på plejecentrene",
         "skolernes inklusionsindsats", "beskæftigelsesindsatsen for unge", "rekrutteringen til ældreplejen", "energirenoveringen af kommunale bygninger", "kulturhusets drift"];

    public static readonly string[] Documents =
        ["handleplan", "strategi", "kvalitetsstandard", "politik", "redegørelse", "tilsynsrapport", "evaluering", "statusrapport", "servicedeklaration", "samarbejdsaftale"];

    public static readonly string[] AttachmentTitles =
        ["Notat om {0}", "Høringssvar vedrørende {0}", "Tidsplan for {0}", "Økonomisk overblik", "Kortbilag", "Oversigt over indkomne forslag", "Udkast til {1}", "Præsentation fra forvaltningen",
         "Faktaark om {0}", "Referat fra dialogmøde", "Budgetskema", "Evaluering af forsøgsordning"];

    public static readonly string[] AppropriationLines =
        ["Driftsudgifter", "Anlægsudgifter", "Indtægter", "Lønudgifter", "Tilskud fra staten", "Vedligeholdelse", "Kompensation fra puljen", "Rådgivning"];

    public static readonly string[] Announcements =
        ["Orientering om dialogmøde med brugerrådene", "Status på rekruttering af ledere", "Invitation til temadag om bæredygtighed", "Orientering om ny lovgivning på området",
         "Opfølgning på borgerhenvendelser", "Status på byggeprojekter", "Orientering om ansøgte puljemidler", "Tilbagemelding fra netværksmøde"];

    public static readonly string[] ClosedTopics =
        ["Salg af kommunal grund", "Personalesag", "Udbud af rengøringsopgaven", "Erstatningssag", "Køb af ejendom", "Kontraktforhandling om busdrift"];
}
