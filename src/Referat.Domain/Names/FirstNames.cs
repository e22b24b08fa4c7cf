namespace Referat.Domain;

/// <summary>
/// Common Danish first names, male and female, as a reader of minutes knows them. Used as evidence where a list of
/// names has lost its separators ("… Hanne Hvid Lund Ib Isaksen"): a known first name after a word that is
/// not one starts the next person. Not a register: an unknown first name only means less evidence.
/// </summary>
public static class FirstNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Aage", "Adam", "Agnete", "Aksel", "Albert", "Alberte", "Alex", "Alexander", "Alf", "Alfred", "Ali", "Alice", "Allan", "Alma", "Amalie", "Amanda", "Anders", "Andreas", "Anette",
        "Anita", "Ann", "Anna", "Anne", "Annelise", "Annemette", "Annette", "Anni", "Anton", "Arne", "Asger", "Asta", "Astrid", "Axel", "Bent", "Benny", "Berit", "Bettina", "Birgit", "Birgitte",
        "Birte", "Birthe", "Bjarne", "Bjørn", "Bo", "Bodil", "Brian", "Britt", "Britta", "Bruno", "Bente", "Benjamin", "Camilla", "Carina", "Carl", "Carsten", "Casper", "Cathrine", "Cecilie",
        "Charlotte", "Christa", "Christian", "Christina", "Christine", "Christoffer", "Claus", "Connie", "Conny", "Dan", "Daniel", "David", "Dennis", "Ditte", "Dorit", "Dorrit", "Dorte", "Dorthe",
        "Ebbe", "Edith", "Egon", "Einar", "Ejner", "Elin", "Elisabeth", "Elise", "Ella", "Ellen", "Elmer", "Else", "Emil", "Emilie", "Emma", "Erik", "Erling", "Ernst", "Esben", "Esther", "Eva",
        "Ewald", "Finn", "Flemming", "Frank", "Frede", "Frederik", "Freja", "Frida", "Gerda", "Gert", "Gitte", "Grete", "Grethe", "Gunnar", "Gustav", "Hanna", "Hanne", "Hans", "Harald", "Heidi",
        "Helen", "Helena", "Helene", "Helge", "Helle", "Henning", "Henrik", "Henriette", "Herluf", "Holger", "Hugo", "Ib", "Ida", "Inge", "Inger", "Ingrid", "Ingvard", "Irene", "Iris", "Iver",
        "Ivan", "Jacob", "Jakob", "Jan", "Jane", "Janni", "Jannik", "Jens", "Jeanette", "Jeannette", "Jesper", "Jette", "Joachim", "Johan", "Johanne", "Johannes", "John", "Johnny", "Jonas",
        "Jonathan", "Josefine", "Julie", "Jytte", "Jørgen", "Jørn", "Kaj", "Karen", "Karin", "Karina", "Karl", "Karsten", "Kasper", "Katrine", "Keld", "Kenneth", "Kenn", "Kent", "Kim", "Kirsten",
        "Kirstine", "Kjeld", "Klaus", "Knud", "Kristian", "Kristina", "Kristine", "Kurt", "Lars", "Lasse", "Laura", "Laurids", "Lea", "Leif", "Lena", "Lene", "Lennart", "Lilly", "Line", "Linda",
        "Lis", "Lisa", "Lisbet", "Lisbeth", "Lise", "Lisette", "Lone", "Lotte", "Louise", "Lucas", "Lukas", "Maja", "Mads", "Magnus", "Maiken", "Malene", "Malthe", "Margit", "Margrethe", "Maria",
        "Marianne", "Marie", "Marika", "Marlene", "Marianna", "Martin", "Mathias", "Mette", "Michael", "Michala", "Mikael", "Mikkel", "Mogens", "Morten", "Nadia", "Nanna", "Natasja", "Niels",
        "Nikolaj", "Nicolaj", "Nina", "Nis", "Ninna", "Ole", "Oliver", "Oscar", "Otto", "Ove", "Palle", "Peder", "Per", "Pernille", "Peter", "Pia", "Poul", "Preben", "Rasmus", "Rene", "René",
        "Rikke", "Rita", "Robert", "Rune", "Ruth", "Sara", "Sarah", "Signe", "Simon", "Sofie", "Sonja", "Steen", "Sten", "Stig", "Stine", "Susanne", "Svend", "Søren", "Tage", "Tanja", "Thomas",
        "Thorkild", "Thyge", "Tina", "Tine", "Tobias", "Tom", "Tommy", "Tonny", "Torben", "Tove", "Trine", "Troels", "Turan", "Ulla", "Ulrik", "Uffe", "Vagn", "Valdemar", "Vibeke", "Victor",
        "Viggo", "Vilhelm", "Villy", "Vivi", "Willy", "Yvonne", "Åge", "Øjvind", "Jeppe", "Jimmy", "Jesper", "Marc", "Marcus", "Max", "Mona", "Naja", "Sabrina", "Sebastian", "Sejer", "Solveig",
        "Stefan", "Steffen", "Sune", "Sven", "Teis", "Theis", "Thor", "Tim", "Timo", "Ulf", "Verner", "Werner", "Birger", "Arnold", "Erwin", "Eivind", "Egil", "Kirstin", "Gaby", "Philip", "Ovidiu",
    };

    public static bool IsKnown(string word) => Known.Contains(word.TrimEnd('.', ',', ':'));
}
