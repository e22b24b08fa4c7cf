namespace Referat.Import.Recognition.Labels;

/// <summary>What a labelled field of a minutes document holds.</summary>
public enum FieldRole
{
    /// <summary>A label the parser knows but does not read: "Dannet den", "Dagsorden publiceret", "Bemærkninger".</summary>
    Ignored,
    Body,
    Date,
    Time,
    End,
    Location,
    Participants,
    Absent,
    /// <summary>Staff and minute-takers: "Referent", "Fra administrationen". Not members.</summary>
    Staff,
    CaseNumber,
    /// <summary>Other facts printed with an item: "Dok.nr.", "Initialer", "Sagen afgøres i".</summary>
    ItemFact,
}

/// <summary>A label as printed and what it holds.</summary>
public readonly record struct FieldLabel(string Printed, FieldRole Role);

/// <summary>
/// The labels of Danish minutes' header and item fields, in their common wordings ("Mødedato", "Sted", "Afbud fra",
/// "Sagsid."), each with the role of its value. One home for every label: the header reader, the item reader and the
/// splitter of run-on text all ask here. Extension point: <see cref="With"/> adds a site's own wording.
/// </summary>
public sealed class FieldLabels
{
    private readonly Dictionary<string, FieldRole> _labels;
    private readonly int _longestWords;

    private FieldLabels(Dictionary<string, FieldRole> labels)
    {
        _labels = labels;
        _longestWords = labels.Keys.Max(k => k.Split(' ').Length);
    }

    public static FieldLabels Default { get; } = new(Build());

    private static Dictionary<string, FieldRole> Build()
    {
        var labels = new Dictionary<string, FieldRole>(StringComparer.OrdinalIgnoreCase);
        void Add(FieldRole role, params string[] wordings)
        {
            foreach (var wording in wordings)
                labels[wording] = role;
        }
        Add(FieldRole.Body, "Udvalg", "Udvalget", "Forum", "Organ", "Mødeforum");
        Add(FieldRole.Date, "Mødedato", "Dato", "Mødedag", "Møde dato", "Dato for møde");
        Add(FieldRole.Time, "Mødetidspunkt", "Tidspunkt", "Tid", "Starttidspunkt", "Starttidspunkt for møde", "Mødestart", "Start", "Mødetid", "Klokkeslæt");
        Add(FieldRole.End, "Sluttidspunkt", "Mødet sluttede", "Mødet hævet", "Mødet afsluttet", "Mødeafslutning", "Mødet slut", "Slut");
        Add(FieldRole.Location, "Mødested", "Sted", "Lokale", "Mødelokale", "Lokation", "Adresse", "Mødelokation");
        Add(FieldRole.Participants, "Deltagere", "Mødedeltagere", "Medlemmer", "Tilstede", "Til stede", "Til stede var", "Deltog", "Indkaldte", "Indkaldelse", "Udvalgsmedlemmer", "Deltagende medlemmer");
        Add(FieldRole.Absent, "Fraværende", "Afbud", "Afbud fra", "Fraværende med afbud", "Fravær", "Ikke til stede", "Forfald", "Fraværende var", "Ikke mødt", "Meldt afbud");
        Add(FieldRole.Staff, "Referent", "Sekretær", "Mødesekretær", "Protokolfører", "Fra administrationen", "Fra forvaltningen", "Øvrige deltagere", "Administrationen", "Embedsmænd", "Mødeleder");
        Add(FieldRole.CaseNumber, "Sagsnr", "Sagsnr.", "Sagsnummer", "Sagsid", "Sagsid.", "Sags-id", "Sags id", "J.nr", "J.nr.", "Jnr.", "Journalnr", "Journalnr.", "Journalnummer", "Jour.nr.");
        Add(FieldRole.ItemFact, "Dok.nr", "Dok.nr.", "Dokumentnr.", "Dokumentnummer", "Initialer", "Sagsinitialer", "Sagsbehandler", "Ansvarlig", "Sagen afgøres i", "Sagen afgøres af", "Afgøres i",
            "Forventet sagsgang", "Beslutningsniveau", "Åben sag", "Lukket sag", "Åbent", "Lukket", "Åbent punkt", "Lukket punkt", "Sagstype", "Emne");
        Add(FieldRole.Ignored, "Møde", "Møde nr", "Møde nr.", "Mødenr.", "Dannet den", "Dagsorden publiceret", "Referat publiceret", "Publiceret", "Bemærkninger", "Hent som fil", "Mødetype", "Status",
            "Sag nr. Side", "Punkt nr. Side", "Pkt. Tekst Side", "Pkt.", "Tekst", "Side");
        return labels;
    }

    public FieldLabels With(string printed, FieldRole role) =>
        new(new Dictionary<string, FieldRole>(_labels, StringComparer.OrdinalIgnoreCase) { [printed] = role });

    /// <summary>The label that is the whole of <paramref name="text"/> ("Mødested:", "STED", "Afbud fra :").</summary>
    public bool TryWhole(string text, out FieldLabel label)
    {
        var key = Key(text);
        label = default;
        if (key.Length == 0 || key.Length > 40 || !_labels.TryGetValue(key, out var role))
            return false;
        label = new FieldLabel(key, role);
        return true;
    }

    /// <summary>
    /// The label that opens <paramref name="text"/>, with the value after it: "Mødested: Byrådssalen",
    /// "Mødedato Mandag d. 9. marts 2026". Without a colon the label must be followed by a capital or a digit, so that
    /// "Dato for næste møde aftales" is not a field. The longest label wins ("Afbud fra" over "Afbud").
    /// </summary>
    public bool TryOpening(string text, out FieldLabel label, out string value)
    {
        label = default;
        value = "";
        text = text.TrimStart();
        if (text.Length == 0 || !char.IsLetter(text[0]))
            return false;
        var colon = text.IndexOf(':');
        if (colon > 0 && colon <= 40 && TryWhole(text[..colon], out label))
        {
            value = text[(colon + 1)..].Trim();
            return true;
        }
        // Without a colon: the first one to four words.
        var ends = WordEnds(text, _longestWords);
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var end = ends[k];
            if (!_labels.TryGetValue(Key(text[..end]), out var role))
                continue;
            var rest = text[end..].TrimStart(' ', '\t', ':');
            if (rest.Length > 0 && !(char.IsUpper(rest[0]) || char.IsDigit(rest[0])))
                continue;
            label = new FieldLabel(Key(text[..end]), role);
            value = rest.Trim();
            return true;
        }
        return false;
    }

    private static List<int> WordEnds(string text, int maxWords)
    {
        var ends = new List<int>(maxWords);
        var i = 0;
        while (ends.Count < maxWords && i < text.Length)
        {
            while (i < text.Length && text[i] is not (' ' or '\t' or ':'))
                i++;
            ends.Add(i);
            while (i < text.Length && text[i] is ' ' or '\t')
                i++;
            if (i < text.Length && text[i] == ':')
                break;
        }
        return ends;
    }

    /// <summary>The lookup form: trimmed, no colon, single spaces.</summary>
    public static string Key(string text)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        return trimmed.Contains("  ") || trimmed.Contains('\t') ? string.Join(' ', trimmed.Split((char[]?)[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)) : trimmed;
    }

    /// <summary>All labels, for the splitter of run-on text.</summary>
    public IEnumerable<FieldLabel> All => _labels.Select(l => new FieldLabel(l.Key, l.Value));
}
