using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// Finds personal data in the texts Referat would publish: CPR numbers in their written forms (the date and the
/// century digit must agree), e-mail addresses at private mail providers, phone numbers (eight digits, +45) not
/// beside a public figure or an authority, a street address beside a private person's name, and sentences with a
/// sensitive term. Public figures (<see cref="PublicFigures"/>) keep their details. Each rule says why it fired.
/// </summary>
public sealed partial class PersonalDataScanner(PublicFigures figures, IReadOnlyCollection<string> sensitiveTerms)
{
    /// <summary>Mail providers whose addresses belong to private persons.</summary>
    public static readonly IReadOnlySet<string> PrivateMailDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk", "live.dk", "live.com",
        "msn.com", "yahoo.com", "yahoo.dk", "icloud.com", "me.com", "mac.com", "mail.dk", "jubii.dk", "post.tele.dk",
        "stofanet.dk", "webspeed.dk", "privat.dk", "youmail.dk", "protonmail.com", "proton.me", "gmx.com", "aol.com",
    };

    /// <summary>Words that put a phone number in an authority's or an organisation's mouth.</summary>
    private static readonly string[] AuthorityWords =
    [
        "kommune", "forvaltning", "rådhus", "borgerservice", "sekretariat", "afdeling", "center", "centret", "skole",
        "politi", "region", "styrelse", "ministeri", "døgntelefon", "hotline", "vagt", "forening", "institution", "kl ",
    ];

    public PersonalDataScanner() : this(PublicFigures.None, SensitiveTerms.Default) { }

    public IReadOnlyList<PersonalDataFinding> Scan(IEnumerable<PublishedText> texts)
    {
        var found = new List<PersonalDataFinding>();
        var seen = new HashSet<(PersonalDataKind, string, string)>();
        foreach (var text in texts)
            foreach (var finding in Scan(text))
                if (seen.Add((finding.Kind, finding.Value, finding.Location)))
                    found.Add(finding);
        return found;
    }

    public IEnumerable<PersonalDataFinding> Scan(PublishedText published)
    {
        var text = published.Text;
        if (string.IsNullOrWhiteSpace(text))
            yield break;
        foreach (Match m in Cpr().Matches(text))
            if (CprReason(m) is { } reason)
                yield return Finding(PersonalDataKind.Cpr, published, m, reason);
        foreach (Match m in Email().Matches(text))
            if (EmailReason(m) is { } reason)
                yield return Finding(PersonalDataKind.Email, published, m, reason);
        foreach (Match m in Phone().Matches(text))
            if (PhoneReason(text, m) is { } reason)
                yield return Finding(PersonalDataKind.Phone, published, m, reason);
        foreach (Match m in Address().Matches(text))
            if (AddressReason(m) is { } reason)
                yield return Finding(PersonalDataKind.Address, published, m, reason);
        foreach (var (start, length, term) in SensitiveSentences(text))
            yield return new PersonalDataFinding(PersonalDataKind.SensitiveTerm, text.Substring(start, length), published.Location,
                $"sætningen indeholder det følsomme ord \"{term}\"", Context(text, start, length));
    }

    private static PersonalDataFinding Finding(PersonalDataKind kind, PublishedText published, Match m, string reason) =>
        new(kind, m.Value, published.Location, reason, Context(published.Text, m.Index, m.Length));

    // DDMMYY-XXXX, DDMMYYXXXX, "DD MM YY XXXX", "DD.MM.YY-XXXX": the same separator between the date's parts.
    [GeneratedRegex(@"(?<![\w.,/+-])(?<date>\d{2}(?<sep>[. ]?)\d{2}\k<sep>\d{2})(?:[ ]?[-–][ ]?|[ .]?)(?<serial>\d{4})(?!\w|[.,]\d)")]
    private static partial Regex Cpr();

    private static string? CprReason(Match m)
    {
        var digits = string.Concat(m.Groups["date"].Value.Where(char.IsAsciiDigit)) + m.Groups["serial"].Value;
        if (CprNumber.BirthDate(digits) is not { } born)
            return null;
        var check = CprNumber.PassesModulus11(digits)
            ? "modulus 11-kontrollen stemmer"
            : "modulus 11-kontrollen stemmer ikke, hvad mange gyldige numre heller ikke gør";
        return $"ti cifre i CPR-nummerets form; datoen {born.Day}. {born.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"))} findes, og løbenummerets første ciffer passer til århundredet; {check}";
    }

    [GeneratedRegex(@"(?<![\w.+-])(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]*)@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")]
    private static partial Regex Email();

    private string? EmailReason(Match m)
    {
        var domain = m.Groups["domain"].Value;
        if (!PrivateMailDomains.Contains(domain))
            return null;
        if (figures.OwnsMailbox(m.Groups["local"].Value))
            return null;
        return $"en adresse hos den private udbyder {domain.ToLowerInvariant()}, og navnet foran @ er ikke en person, arkivet kender";
    }

    // Eight digits as Danes write them ("12345678", "12 34 56 78", "1234 5678"), +45 or 0045 before.
    [GeneratedRegex(@"(?<![\w+.,-])(?<prefix>(?:\+|00)45[ ]?)?(?<number>[2-9]\d(?:\d{6}|[ ]\d{2}[ ]\d{2}[ ]\d{2}|\d{2}[ ]\d{4}))(?!\w|[.,]\d|[ ]\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?i)(?:tlf|telefon\w*|mobil\w*|mob|ring\w*|sms|kontakt\w*)\.?(?:nr\.?)?[ :]*$")]
    private static partial Regex PhoneCue();

    private string? PhoneReason(string text, Match m)
    {
        var before = text[Math.Max(0, m.Index - 25)..m.Index];
        var prefixed = m.Groups["prefix"].Success;
        var cued = PhoneCue().IsMatch(before);
        var pairs = m.Groups["number"].Value.Count(c => c == ' ') == 3;
        if (!prefixed && !cued && !pairs)
            return null;   // eight digits alone are as often a number of something else
        // the sentence, and the lines just above (a letterhead prints the office's name over its number)
        var sentence = SentenceAround(text, m.Index, m.Length) + " " + text[Math.Max(0, m.Index - 80)..m.Index];
        if (figures.NamedIn(sentence) is not null)
            return null;
        var lower = sentence.ToLowerInvariant();
        if (AuthorityWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
            return null;
        var why = prefixed ? "et dansk nummer med +45" : cued ? "otte cifre efter et ord som \"tlf.\"" : "otte cifre i par som et telefonnummer";
        return $"{why}, og sætningen nævner hverken en person, arkivet kender, eller en myndighed";
    }

    [GeneratedRegex(@"(?<name>\b[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+){1,3})(?:,[ ]*|[ ]+(?:bosat[ ]på|bor[ ]på|boende)[ ]+|[ ]*\([ ]*)(?<street>[A-ZÆØÅ][a-zæøåé]*(?:vej|gade|allé|alle|stræde|vænge|vænget|plads|torv|boulevard|parken|bakken|bakke|toften|haven|høj|højen|stien|løkke|vang|vangen|strand|dal|dalen|lund|hegn|mark|marken)[ ]\d{1,4}[A-Za-z]?(?:,?[ ]\d{1,2}\.?[ ]?(?:th|tv|mf|sal)\.?)?(?:,?[ ]\d{4}[ ][A-ZÆØÅ][a-zæøå]+(?:[ ][A-ZÆØÅ][a-zæøå]+)?)?)\)?")]
    private static partial Regex Address();

    private string? AddressReason(Match m)
    {
        var name = m.Groups["name"].Value;
        var first = name.Split([' ', '-'])[0];
        if (!FirstNames.IsKnown(first))
            return null;
        if (figures.IsKnown(name))
            return null;
        return $"en gadeadresse ({m.Groups["street"].Value}) lige efter navnet {name}, som ikke er en person, arkivet kender";
    }

    private IEnumerable<(int Start, int Length, string Term)> SensitiveSentences(string text)
    {
        var done = new HashSet<int>();
        foreach (var term in sensitiveTerms)
        {
            var at = 0;
            while ((at = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
                if (startsWord)
                {
                    var (start, length) = SentenceBounds(text, at, term.Length);
                    if (done.Add(start))
                        yield return (start, length, term);
                }
                at += term.Length;
            }
        }
    }

    private static string SentenceAround(string text, int index, int length)
    {
        var (start, len) = SentenceBounds(text, index, length);
        return text.Substring(start, len);
    }

    /// <summary>
    /// The sentence holding the span. A sentence ends at ".", "!" or "?" before a capital letter, and at a blank line; a
    /// single line break does not end it (printed minutes wrap their lines), nor does an abbreviation ("tlf. 12 …").
    /// </summary>
    private static (int Start, int Length) SentenceBounds(string text, int index, int length)
    {
        // a "sentence" of a table or a list without full stops is cut at 200 characters either side
        var start = index;
        while (start > 0 && start > index - 200 && !EndsSentence(text, start))
            start--;
        var end = index + length;
        while (end < text.Length && end < index + length + 200 && !EndsSentence(text, end))
            end++;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end - start);
    }

    /// <summary>Whether a sentence ends just before <paramref name="at"/>: after its punctuation and the space before the next.</summary>
    private static bool EndsSentence(string text, int at)
    {
        if (at >= 2 && text[at - 1] == '\n' && text[at - 2] == '\n')
            return true;
        var i = at;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        if (i == at || i == 0 || !".!?".Contains(text[i - 1]))
            return false;
        return at < text.Length && char.IsUpper(text[at]);
    }

    private static string Context(string text, int index, int length)
    {
        var start = Math.Max(0, index - 50);
        var end = Math.Min(text.Length, index + length + 50);
        return (start > 0 ? "…" : "") + Names.Clean(text[start..end]) + (end < text.Length ? "…" : "");
    }
}
