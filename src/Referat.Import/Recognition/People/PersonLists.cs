using System.Text;
using Referat.Domain;

namespace Referat.Import.Recognition.People;

/// <summary>What a list of people held, and the text after it where the list ended inside a sentence or a run.</summary>
public sealed record PersonListReading(IReadOnlyList<ListedPerson> People, string Rest);

/// <summary>
/// Reads the lists of people that minutes print, whatever separates them: commas, "og", semicolons, line breaks,
/// bullets, or nothing but the closing parenthesis of a party ("A (A) B (O)") or the party letter after login
/// initials ("Carl Berg (cabe) V Ole Orm (olor) Ø"). Roles ("Formand:"), notes and substitutions in
/// parentheses are kept apart from the name. The list ends where a sentence that is not a name begins
/// ("… Per Prip- Hansen. Til behandling forelå: …", "… Jens Juul Godkendt."): that text is the rest.
/// Where separators were lost, a known first name after a word that is not one starts the next person.
/// </summary>
public static class PersonLists
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Formand", "Næstformand", "Borgmester", "Viceborgmester", "Overborgmester", "Rådmand", "Medlem", "Medlemmer", "Udvalgsformand", "Kasserer", "Sekretær",
    };

    private static readonly HashSet<string> Particles = ["von", "van", "de", "la", "af", "di", "du", "le", "del", "da", "der", "den", "ten", "el", "al", "bin"];

    /// <summary>Words that open a decision, not a name: where a list of absentees runs into the decision text.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "Godkendt", "Godkendes", "Anbefales", "Anbefalet", "Anbefaler", "Vedtaget", "Vedtages", "Tiltrådt", "Tiltrædes", "Taget", "Tages", "Indstilles", "Udsat", "Udsættes", "Drøftet",
        "Drøftes", "Orienteringen", "Ingen", "Sagen", "Udvalget", "Byrådet", "Kommunalbestyrelsen", "Der", "Det", "Den", "Punktet", "Beslutning", "Til", "Bemærkninger", "Side", "Mødet",
    };

    public static PersonListReading Read(string text)
    {
        var people = new List<ListedPerson>();
        var entry = new Entry();
        var tokens = Tokenizer.Split(text);
        var restStart = -1;
        for (var t = 0; t < tokens.Count && restStart < 0; t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Separator:
                    entry.Finish(people);
                    break;
                case TokenKind.Colon:
                    // A colon after a name is not part of a list: "Eva di Bella: Spørgsmål om …".
                    if (entry.Words.Count > 0)
                        restStart = token.Start;
                    break;
                case TokenKind.Paren when entry.Words.Count == 0 && people.Count > 0:
                    people[^1] = Attach(people[^1], token.Text);       // "Lene Lind (lel) Ø (orlov til 1. maj)"
                    break;
                case TokenKind.Paren:
                    entry.AddParen(token.Text);
                    break;
                case TokenKind.Word:
                    restStart = ReadWord(tokens, ref t, entry, people);
                    break;
            }
        }
        entry.Finish(people);
        var split = SplitRunTogether(people);
        var rest = restStart >= 0 ? text[restStart..].Trim() : "";
        return new PersonListReading(split, rest);
    }

    /// <summary>Reads one word into the entry; returns where the rest of the text starts when the list ends here, else -1.</summary>
    private static int ReadWord(List<Token> tokens, ref int t, Entry entry, List<ListedPerson> people)
    {
        var token = tokens[t];
        var word = token.Text;
        if (word is "og" or "samt" or "&")
        {
            entry.Finish(people);
            return -1;
        }
        if (entry.AfterParen)
        {
            if (entry.Party is null && IsPartyLetters(word))
            {
                entry.Party = word;                                      // "Carl Berg (cabe) V"
                return -1;
            }
            if (!char.IsUpper(word[0]))
            {
                entry.Remark = true;                                     // "Rasmus Ravn (O) ved afbud"
                entry.RemarkWords.Add(word);
                return -1;
            }
            entry.Finish(people);                                        // "Anna Holm Bech (A) Sofie Storm (O)"
        }
        var bare = word.TrimEnd(':');
        var colonFollows = word.EndsWith(':') || t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Colon;
        if (entry.Words.Count == 0 && colonFollows && Roles.Contains(bare))
        {
            entry.Role = bare;                                           // "Formand: Anna Holm Bech (A)"
            if (!word.EndsWith(':'))
                t++;
            return -1;
        }
        if (entry.Words.Count > 0 && SentenceOpeners.Contains(word.TrimEnd('.', ',', ':')))
            return token.Start;                                          // "… Jens Juul Godkendt."
        if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !Particles.Contains(word))
        {
            if (entry.Words.Count == 0 && people.Count == 0)
                return token.Start;                                      // not a list at all
            entry.Remark = true;                                         // "Anne Holm ved afbud", "Bo Lund (V) deltog"
            entry.RemarkWords.Add(word);
            return -1;
        }
        if (entry.Remark)
        {
            entry.RemarkWords.Add(word);
            return -1;
        }
        if (entry.Words.Count > 0 && entry.Words[^1].Length > 1 && entry.Words[^1].EndsWith('-'))
        {
            entry.Words[^1] += word;                                     // "Per Prip- Hansen"
            return -1;
        }
        entry.Words.Add(word);
        // "Chr. Vindum": a first word with a dot is an abbreviated first name, not the end of a sentence.
        if (entry.Words.Count >= 2 && EndsSentence(word) && t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(tokens[t + 1].Text[0]))
        {
            entry.Finish(people);                                        // "… Per Prip- Hansen. Til behandling forelå:"
            return tokens[t + 1].Start;
        }
        return -1;
    }

    /// <summary>Only the people; the list is expected to be the whole text.</summary>
    public static IReadOnlyList<ListedPerson> People(string text) => Read(text).People;

    /// <summary>A period that ends a sentence, not an initial ("H.C.", "A.") or an abbreviation.</summary>
    private static bool EndsSentence(string word) =>
        word.EndsWith('.') && word.Length > 3 && !word[..^1].Contains('.') && word.Count(char.IsUpper) <= 1;

    private static bool IsPartyLetters(string word) => word.Length is >= 1 and <= 3 && word.All(c => char.IsUpper(c) || c == 'Ø' || c == 'Å');

    private static ListedPerson Attach(ListedPerson person, string paren)
    {
        var (party, note, substituteFor) = ClassifyParen(paren);
        return person with
        {
            Party = person.Party ?? party,
            Notes = note is null ? person.Notes : [.. person.Notes, note],
            SubstituteFor = person.SubstituteFor ?? substituteFor,
        };
    }

    internal static (string? Party, string? Note, string? SubstituteFor) ClassifyParen(string content)
    {
        var text = content.Trim();
        if (text.Length == 0)
            return (null, null, null);
        if (IsPartyLetters(text))
            return (text, null, null);
        foreach (var prefix in new[] { "stedfortræder for ", "suppleant for ", "i stedet for ", "stedfortræder for: ", "vikar for " })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return (null, null, text[prefix.Length..].Trim());
        return (null, text, null);
    }

    /// <summary>
    /// A list whose separators were lost ("Rådssalen Gorm Gregersen Holm", "Hanne Hvid Lund Ib Isaksen"): an entry
    /// of four or more words is cut before a known first name that follows a word that is not one.
    /// </summary>
    private static List<ListedPerson> SplitRunTogether(List<ListedPerson> people)
    {
        var result = new List<ListedPerson>(people.Count);
        foreach (var person in people)
        {
            var words = person.Name.Split(' ');
            if (words.Length < 4)
            {
                result.Add(person);
                continue;
            }
            var cuts = new List<int>();
            for (var w = 2; w < words.Length - 1; w++)
                if (FirstNames.IsKnown(words[w]) && !FirstNames.IsKnown(words[w - 1]))
                    cuts.Add(w);
            if (cuts.Count == 0)
            {
                result.Add(person);
                continue;
            }
            var start = 0;
            foreach (var cut in cuts.Append(words.Length))
            {
                var name = string.Join(' ', words[start..cut]);
                result.Add(cut == words.Length ? person with { Name = name } : new ListedPerson(name, null, start == 0 ? person.Role : null, [], null));
                start = cut;
            }
        }
        return result;
    }

    private sealed class Entry
    {
        public List<string> Words { get; } = [];
        public string? Party { get; set; }
        public string? Role { get; set; }
        public List<string> Notes { get; } = [];
        public string? SubstituteFor { get; set; }
        public bool AfterParen { get; private set; }
        public bool Remark { get; set; }
        public List<string> RemarkWords { get; } = [];

        public void AddParen(string content)
        {
            var (party, note, substituteFor) = ClassifyParen(content);
            if (party is not null && Party is null)
                Party = party;
            else if (party is not null)
                Notes.Add(party);
            if (note is not null)
                Notes.Add(note);
            SubstituteFor ??= substituteFor;
            AfterParen = true;
        }

        public void Finish(List<ListedPerson> people)
        {
            if (Words.Count == 0 && Notes.Count == 0 && RemarkWords.Count == 0 && Party is null && Role is null && SubstituteFor is null && !AfterParen && !Remark)
                return;
            // Dots stay inside a name ("Chr. Vindum", "Jens A. Juul", "H.C. Lund"); the last word loses the
            // full stop of a sentence.
            var words = Words.Select((w, i) => i < Words.Count - 1 || IsInitials(w) ? w.TrimEnd(',', ';', ':') : w.Trim('.', ',', ';', ':'))
                .Where(w => w.Length > 0).ToList();
            if (RemarkWords.Count > 0)
                Notes.Add(string.Join(' ', RemarkWords).TrimEnd('.', ',', ';'));
            if (words.Count > 0 && words.Count <= 7 && char.IsUpper(words[0][0]) && !(words.Count == 1 && IsPartyLetters(words[0])))
                people.Add(new ListedPerson(string.Join(' ', words), Party, Role, Notes.ToList(), SubstituteFor));
            Words.Clear();
            Notes.Clear();
            Party = null;
            Role = null;
            SubstituteFor = null;
            AfterParen = false;
            Remark = false;
            RemarkWords.Clear();
        }

        private static bool IsInitials(string word)
        {
            var core = word.TrimEnd(',', ';', ':');
            return core.EndsWith('.') && core.Length <= 5 && core.Count(char.IsUpper) >= 1 && core.Count(char.IsLower) == 0;
        }
    }

    private enum TokenKind { Word, Paren, Separator, Colon }

    private readonly record struct Token(TokenKind Kind, string Text, int Start);

    private static class Tokenizer
    {
        public static List<Token> Split(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is '\n' or ',' or ';' or '•' or '\t' || c == '-' && (i == 0 || text[i - 1] is '\n' or ' ') && i + 1 < text.Length && text[i + 1] == ' ' && LineStart(text, i))
                {
                    tokens.Add(new Token(TokenKind.Separator, c.ToString(), i));
                    i++;
                    continue;
                }
                if (c == ':')
                {
                    tokens.Add(new Token(TokenKind.Colon, ":", i));
                    i++;
                    continue;
                }
                if (c == '(')
                {
                    var close = text.IndexOf(')', i + 1);
                    if (close < 0)
                        close = text.Length;
                    tokens.Add(new Token(TokenKind.Paren, text[(i + 1)..close], i));
                    i = Math.Min(text.Length, close + 1);
                    continue;
                }
                if (char.IsWhiteSpace(c) || c == ')')
                {
                    i++;
                    continue;
                }
                var start = i;
                var word = new StringBuilder();
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or ';' or '(' or ')' or ':' or '•'))
                    word.Append(text[i++]);
                // "Fraværende:" keeps its colon as a token of its own.
                tokens.Add(new Token(TokenKind.Word, word.ToString(), start));
            }
            return tokens;
        }

        private static bool LineStart(string text, int i)
        {
            var j = i - 1;
            while (j >= 0 && text[j] == ' ')
                j--;
            return j < 0 || text[j] == '\n';
        }
    }
}
