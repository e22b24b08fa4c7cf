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
    public bool TryWhole(string text, out FieldLabel label) => TryWhole(text.AsSpan(), out label);

    private bool TryWhole(ReadOnlySpan<char> text, out FieldLabel label)
    {
        label = default;
        var key = text.Trim().TrimEnd(':').TrimEnd();
        if (key.Length is 0 or > 40 || !char.IsLetter(key[0]))
            return false;
        if (!Lookup(key, out var printed, out var role))
            return false;
        label = new FieldLabel(printed, role);
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
        var span = text.AsSpan().TrimStart();
        if (span.Length == 0 || !char.IsLetter(span[0]))
            return false;
        var colon = span.IndexOf(':');
        if (colon > 0 && colon <= 40 && TryWhole(span[..colon], out label))
        {
            value = span[(colon + 1)..].Trim().ToString();
            return true;
        }
        // Without a colon: the first one to four words.
        Span<int> ends = stackalloc int[_longestWords];
        var count = WordEnds(span, ends);
        for (var k = count - 1; k >= 0; k--)
        {
            var end = ends[k];
            if (end > 40 || !Lookup(span[..end], out var printed, out var role))
                continue;
            var rest = span[end..].TrimStart(" \t:");
            if (rest.Length > 0 && !(char.IsUpper(rest[0]) || char.IsDigit(rest[0])))
                continue;
            label = new FieldLabel(printed, role);
            value = rest.Trim().ToString();
            return true;
        }
        return false;
    }

    /// <summary>Looks a label up as printed; runs of spaces inside it count as one.</summary>
    private bool Lookup(ReadOnlySpan<char> key, out string printed, out FieldRole role)
    {
        var lookup = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
        if (key.IndexOf("  ") < 0 && key.IndexOf('\t') < 0)
        {
            var found = lookup.TryGetValue(key, out printed!, out role);
            return found;
        }
        return lookup.TryGetValue(Key(key.ToString()), out printed!, out role);
    }

    private static int WordEnds(ReadOnlySpan<char> text, Span<int> ends)
    {
        var count = 0;
        var i = 0;
        while (count < ends.Length && i < text.Length)
        {
            while (i < text.Length && text[i] is not (' ' or '\t' or ':'))
                i++;
            ends[count++] = i;
            while (i < text.Length && text[i] is ' ' or '\t')
                i++;
            if (i < text.Length && text[i] == ':')
                break;
        }
        return count;
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
