using Referat.Import.Lines;
using Referat.Import.Recognition;
using Referat.Import.Recognition.Decisions;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Normalisation;

/// <summary>
/// Cuts lines that hold several fields into one line per field, so that recognition sees the layout it knows:
/// <list type="bullet">
/// <item>a header line with two or more labels ("Dato: Onsdag den 24. april 2019 Tid: Kl. 17:30");</item>
/// <item>a label glued to its value ("BeslutningGodkendt.", "BilagIngen bilag.", "Fraværende- Bo Lund ()");</item>
/// <item>run-on text (a transcript's page, <see cref="Line.RunOn"/>): before every label with a colon ("Mødested:",
/// "Sagen afgøres i:", "Administrationens vurdering:"), before a decision header ("Beslutning i … den :"), before a
/// case number label ("Sagsnr", "J.nr"), before a section heading or field label without a colon where the text
/// before it ends a sentence or a field ("… efterretning. Beslutning 1. …", "… borgmesteren G Sagsfremstilling …"),
/// before a list of people ("Byrådssalen Medlemmer Carl Berg (cabe) V …"), and after a heading printed in
/// capitals ("TIL KOMMUNALBESTYRELSENS AFGØRELSE 562. Fjernvarme …").</item>
/// </list>
/// A section heading is put on its own line with its text on the next; a field label keeps its value on its line.
/// </summary>
public sealed class RunOnText(FieldLabels labels, SectionCatalog sections) : ILineStep
{
    public RunOnText() : this(FieldLabels.Default, SectionCatalog.Default)
    {
    }

    private readonly int _longestLabel = Math.Max(labels.All.Max(l => l.Printed.Split(' ').Length), sections.Headings.Max(h => h.Split(' ').Length));

    private enum Cut { Field, Heading, Decision }

    private readonly record struct Anchor(int At, Cut Kind, int ValueAt);

    public void Apply(LineDocument document)
    {
        var result = new List<Line>(document.Lines.Count + 16);
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                result.Add(line);
                continue;
            }
            var anchors = line.RunOn ? RunOnAnchors(line.Text) : HeaderAnchors(line.Text);
            var glued = Glued(line.Text);
            if (anchors.Count == 0 && glued is null)
            {
                result.Add(line);
                continue;
            }
            if (anchors.Count == 0 && glued is { } g)
                anchors = [new Anchor(0, g.Kind, g.ValueAt)];
            Emit(line, anchors, result);
        }
        document.Lines = result;
    }

    private void Emit(Line line, List<Anchor> anchors, List<Line> result)
    {
        var text = line.Text;
        var ordered = anchors.OrderBy(a => a.At).ToList();
        if (ordered[0].At > 0)
            ordered.Insert(0, new Anchor(0, Cut.Field, -1));
        for (var k = 0; k < ordered.Count; k++)
        {
            var start = ordered[k].At;
            var end = k + 1 < ordered.Count ? ordered[k + 1].At : text.Length;
            if (end <= start)
                continue;
            var piece = text[start..end].Trim();
            if (piece.Length == 0)
                continue;
            var valueAt = ordered[k].ValueAt - start;
            if (ordered[k].Kind is Cut.Heading or Cut.Decision && valueAt > 0 && valueAt < piece.Length)
            {
                var head = text[start..ordered[k].ValueAt].Trim();
                var rest = text[ordered[k].ValueAt..end].Trim();
                Add(line, head, result, k == 0);
                if (rest.Length > 0)
                    Add(line, ordered[k].Kind == Cut.Heading && rest.StartsWith(':') ? rest[1..].Trim() : rest, result, false);
                continue;
            }
            // "Fraværende- Bo Lund ()": a label glued to its list by a dash reads as "Fraværende: …".
            if (ordered[k].Kind == Cut.Field && ordered[k].ValueAt > start && text[..ordered[k].ValueAt].TrimEnd().EndsWith('-'))
                piece = text[start..ordered[k].ValueAt].Trim().TrimEnd('-', ' ') + ": " + text[ordered[k].ValueAt..end].Trim();
            Add(line, piece, result, k == 0);
        }
    }

    private static void Add(Line source, string text, List<Line> result, bool first)
    {
        var derived = source.Derive(text);
        derived.RunOn = source.RunOn;
        derived.PageStart = first && source.PageStart;
        result.Add(derived);
    }

    /// <summary>"Dato: … Tid: …": two or more field labels with colons on one line.</summary>
    private List<Anchor> HeaderAnchors(string text)
    {
        if (text.Length > 300 || text.IndexOf(':') < 0)
            return [];
        var anchors = ColonAnchors(text, fieldsOnly: true);
        return anchors.Count >= 1 && (anchors[0].At > 0 || anchors.Count >= 2) && StartsWithLabel(text, anchors) ? anchors : [];
    }

    private bool StartsWithLabel(string text, List<Anchor> anchors) =>
        anchors[0].At == 0 || labels.TryOpening(text[..anchors[0].At], out _, out _) && text.IndexOf(':') < anchors[0].At;

    /// <summary>Labels with a colon: the longest label ending at the colon, starting a word with a capital.</summary>
    private List<Anchor> ColonAnchors(string text, bool fieldsOnly)
    {
        var anchors = new List<Anchor>();
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            if (char.IsDigit(text[colon - 1]) && colon + 1 < text.Length && char.IsDigit(text[colon + 1]))
                continue;                                       // "17:30"
            var best = -1;
            var kind = Cut.Field;
            var wordStart = colon;
            for (var words = 0; words < _longestLabel; words++)
            {
                wordStart = PreviousWordStart(text, wordStart);
                if (wordStart < 0)
                    break;
                var candidate = text[wordStart..colon];
                if (!char.IsUpper(candidate.TrimStart()[0]))
                    continue;
                if (labels.TryWhole(candidate, out _))
                    (best, kind) = (wordStart, Cut.Field);
                else if (!fieldsOnly && sections.TryRecognise(candidate, out _, out _))
                    (best, kind) = (wordStart, Cut.Heading);
            }
            if (!fieldsOnly)
            {
                var decision = DecisionStart(text, colon);
                if (decision >= 0 && (best < 0 || decision < best))
                    (best, kind) = (decision, Cut.Decision);
            }
            if (best >= 0)
                anchors.Add(new Anchor(best, kind, colon + 1));
        }
        return anchors;
    }

    /// <summary>"Beslutning i Kultur- og Idrætsudvalget den :": the decision header that ends at this colon.</summary>
    private static int DecisionStart(string text, int colon)
    {
        var from = Math.Max(0, colon - 110);
        var at = text.LastIndexOf("Beslutning", colon, colon - from + 1, StringComparison.Ordinal);
        if (at < 0 || at > 0 && text[at - 1] != ' ')
            return -1;
        return DecisionHeaders.TryRead(text[at..(colon + 1)], out var header) && header.Rest.Length == 0 ? at : -1;
    }

    private static int PreviousWordStart(string text, int before)
    {
        var i = before - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        if (i < 0)
            return -1;
        while (i >= 0 && text[i] != ' ')
            i--;
        return i + 1;
    }

    private List<Anchor> RunOnAnchors(string text)
    {
        var anchors = ColonAnchors(text, fieldsOnly: false);
        var taken = anchors.Select(a => a.At).ToHashSet();
        var words = Words(text);
        for (var w = 0; w < words.Count; w++)
        {
            var (start, word) = words[w];
            if (start == 0 || taken.Contains(start) || !char.IsUpper(word[0]))
                continue;
            if (WeakAnchor(text, words, w, words[w - 1].Word) is { } anchor)
            {
                anchors.Add(anchor);
                taken.Add(anchor.At);
            }
        }
        // A heading in capitals over the text: "TIL KOMMUNALBESTYRELSENS AFGØRELSE 562. Fjernvarme …".
        for (var w = 2; w < words.Count; w++)
        {
            if (IsCaps(words[w - 1].Word) && IsCaps(words[w - 2].Word) && !taken.Contains(words[w].Start) && OpensText(words, w))
            {
                anchors.Add(new Anchor(words[w].Start, Cut.Field, -1));
                taken.Add(words[w].Start);
            }
        }
        return anchors;
    }

    private Anchor? WeakAnchor(string text, List<(int Start, string Word)> words, int w, string before)
    {
        var start = words[w].Start;
        // Multi-word headings and labels: "Økonomiske konsekvenser", "Sagen afgøres i", "Åben sag".
        for (var n = Math.Min(_longestLabel, words.Count - w); n >= 1; n--)
        {
            var end = w + n < words.Count ? words[w + n].Start : text.Length;
            var candidate = text[start..end].Trim();
            if (candidate.EndsWith(':'))
                continue;                                       // a colon label is found by ColonAnchors
            var next = w + n < words.Count ? words[w + n].Word : "";
            var opensValue = next.Length == 0 || char.IsUpper(next[0]) || char.IsDigit(next[0]);
            if (labels.TryWhole(candidate, out var label))
            {
                if (label.Role == FieldRole.CaseNumber)
                    return new Anchor(start, Cut.Field, end);
                if (label.Role == FieldRole.ItemFact && char.IsUpper(candidate[0]) && (Ends(before) || IsMarker(candidate)))
                    return new Anchor(start, Cut.Field, end);
                if (label.Role is FieldRole.Participants or FieldRole.Absent && NameFollows(words, w + n))
                    return new Anchor(start, Cut.Field, end);
                if (opensValue && Ends(before) && label.Role != FieldRole.Ignored)
                    return new Anchor(start, Cut.Field, end);
            }
            if (sections.TryRecognise(candidate, out _, out _) && opensValue && (Ends(before) || IsCategoryLetter(before) || IsLabelSegment(text, words, w)))
            {
                // "Beslutning Byrådet den" (its date lost): a decision header, kept whole up to the next anchor.
                if (candidate is "Beslutning" or "BESLUTNING" && NamesBody(next, w + n + 1 < words.Count ? words[w + n + 1].Word : ""))
                    return new Anchor(start, Cut.Field, -1);
                return new Anchor(start, Cut.Heading, end);
            }
        }
        return null;
    }

    /// <summary>"Beslutning Byrådet …", "Beslutning i Økonomiudvalget …": the words after "Beslutning" name a body.</summary>
    private static bool NamesBody(string next, string afterNext) =>
        next is "i" or "fra" ? BodyNames.LooksLikeBody(afterNext) : next.Length > 0 && char.IsUpper(next[0]) && BodyNames.LooksLikeBody(next);

    private static bool Ends(string before) => before.Length > 0 && before[^1] is '.' or '!' or '?' or ':' or ')' or ';';

    private static bool IsCategoryLetter(string before) => before.Length is 1 or 2 && before.All(char.IsUpper);

    private static bool IsMarker(string candidate) => candidate.StartsWith("Åben", StringComparison.Ordinal) || candidate.StartsWith("Lukket", StringComparison.Ordinal);

    /// <summary>The words before this one, back to the previous anchor, are a label without a value ("… Åben sag Beslutning").</summary>
    private bool IsLabelSegment(string text, List<(int Start, string Word)> words, int w)
    {
        for (var n = 1; n <= Math.Min(3, w); n++)
        {
            var candidate = text[words[w - n].Start..words[w].Start].Trim();
            if (labels.TryWhole(candidate, out var label) && label.Role == FieldRole.ItemFact)
                return true;
        }
        return false;
    }

    private static bool NameFollows(List<(int Start, string Word)> words, int w) =>
        w + 1 < words.Count && char.IsUpper(words[w].Word[0]) && char.IsUpper(words[w + 1].Word[0]) && words[w].Word.All(c => char.IsLetter(c) || c == '-')
        && !words[w].Word.All(char.IsUpper);

    /// <summary>After a heading in capitals: a word in ordinary case, or an item number before one ("562. Fjernvarme").</summary>
    private static bool OpensText(List<(int Start, string Word)> words, int w)
    {
        var word = words[w].Word;
        if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower))
            return true;
        return word.TrimEnd('.').All(char.IsDigit) && word.EndsWith('.') && w + 1 < words.Count && words[w + 1].Word is { Length: > 1 } next && char.IsUpper(next[0]) && next.Skip(1).Any(char.IsLower);
    }

    private static bool IsCaps(string word) => word.Count(char.IsLetter) >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static List<(int Start, string Word)> Words(string text)
    {
        var words = new List<(int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            var start = i;
            while (i < text.Length && text[i] != ' ')
                i++;
            if (i > start)
                words.Add((start, text[start..i]));
        }
        return words;
    }

    /// <summary>"BeslutningGodkendt.", "Fraværende- Bo Lund ()": a label glued to its value at the start of a line.</summary>
    private (Cut Kind, int ValueAt)? Glued(string text)
    {
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        if (trimmed.Length < 6 || !char.IsUpper(trimmed[0]))
            return null;
        var letters = 0;
        while (letters < trimmed.Length && char.IsLetter(trimmed[letters]))
            letters++;
        if (letters < 5 || letters >= trimmed.Length)
            return null;
        // The heading's last letter is lower case and the value's first is a capital: "BilagIngen".
        for (var k = letters - 1; k >= 5; k--)
        {
            if (!char.IsUpper(trimmed[k]) || !char.IsLower(trimmed[k - 1]))
                continue;
            if (sections.TryRecognise(trimmed[..k], out _, out _))
                return (Cut.Heading, offset + k);
        }
        if (trimmed[letters] == '-' && letters + 1 < trimmed.Length && trimmed[letters + 1] == ' ' && labels.TryWhole(trimmed[..letters], out var label)
            && label.Role is FieldRole.Absent or FieldRole.Participants)
            return (Cut.Field, offset + letters + 2);
        return null;
    }
}
