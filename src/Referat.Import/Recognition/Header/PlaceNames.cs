namespace Referat.Import.Recognition.Header;

/// <summary>
/// Whether an unlabelled header line names a place: a room or building word ("Byrådssalen", "Mødelokale 1",
/// "Rådhuset") or a street address ("Ved Fjorden 6"). Used only next to the header's date and body lines.
/// </summary>
public static class PlaceNames
{
    private static readonly string[] Words =
        ["sal", "salen", "rådhus", "rådhuset", "lokale", "lokalet", "mødelokale", "værelse", "værelset", "kontor", "kontoret", "huset", "centret", "centeret", "skole", "skolen",
         "hallen", "biblioteket", "borgerhuset", "kulturhuset", "mødecenter", "vej", "vejen", "gade", "gaden", "plads", "pladsen", "allé", "torv", "torvet", "stue", "stuen", "teams", "online", "virtuelt"];

    public static bool LooksLikePlace(string text)
    {
        if (text.Length is < 3 or > 140 || text.EndsWith(':'))
            return false;
        foreach (var raw in text.Split(' ', ',', '/', '-'))
        {
            var word = raw.Trim('.', '(', ')').ToLowerInvariant();
            if (word.Length < 3)
                continue;
            foreach (var place in Words)
                if (word == place || word.EndsWith(place, StringComparison.Ordinal) && word.Length > place.Length + 2)
                    return true;
        }
        return false;
    }
}
