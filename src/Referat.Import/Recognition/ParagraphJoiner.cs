using System.Text;
using System.Text.RegularExpressions;
using Referat.Import.Lines;

namespace Referat.Import.Recognition;

/// <summary>
/// Joins lines into paragraphs: lines wrapped at the layout's column, sentences broken by a page break, and words
/// hyphenated at a line end ("om-" + "råder"), while real hyphens ("Ringkøbing-Skjern", "A-kasserne", "Social- og")
/// stay. Table rows (tab-separated) and list entries are never joined to their neighbours.
/// </summary>
public sealed partial class ParagraphJoiner(LayoutProfile layout)
{
    // "1. marts" is a date, not a list entry.
    [GeneratedRegex(@"^(?:•\s|\d{1,2}[.)]\s(?!(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b)|[a-z][.)]\s|Ad\s+\d)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[.!?:;]['""”’)]?$")]
    private static partial Regex TerminalPunctuation();

    [GeneratedRegex(@"(?:^|\s)(?:vedr|bl\.a|mv|m\.v|mm|pkt|jf|kr|ca|evt|inkl|ekskl|hhv|dvs|fx|f\.eks|nr|stk|pga|iht|mht|ift|o\.lign|fsva|tlf|kl)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    /// <param name="joinAcrossBlanks">Whether a sentence may continue after a blank line (a page break). Off for lists of titles.</param>
    public List<TextParagraph> Join(IEnumerable<Line> lines, bool joinAcrossBlanks = true)
    {
        var result = new List<TextParagraph>();
        StringBuilder? current = null;
        int first = 0, last = 0;
        var currentHasTabs = false;
        string? glyph = null;
        var blankSince = false;
        var previousLine = "";

        void Flush()
        {
            if (current is not null)
                result.Add(new TextParagraph(currentHasTabs ? current.ToString().Trim(' ') : current.ToString().Trim(), first, last, currentHasTabs, glyph));
            current = null;
        }

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankSince = true;
                continue;
            }
            var text = line.Text.Trim(' ');
            var hasTabs = text.Contains('\t');
            if (current is not null && !hasTabs && !currentHasTabs && Continues(previousLine, text, blankSince, joinAcrossBlanks))
            {
                AppendJoined(current, text);
                last = line.LastLine;
            }
            else
            {
                Flush();
                current = new StringBuilder(text);
                first = line.FirstLine;
                last = line.LastLine;
                currentHasTabs = hasTabs;
                glyph = line.Glyph;
            }
            previousLine = text;
            blankSince = false;
        }
        Flush();
        return result;
    }

    /// <param name="previous">The previous physical line, as printed.</param>
    private bool Continues(string previous, string next, bool afterBlank, bool joinAcrossBlanks)
    {
        if (ListMarker().IsMatch(next))
            return false;
        previous = previous.TrimEnd();
        if (previous.Length == 0)
            return false;
        var endsSentence = TerminalPunctuation().IsMatch(previous) && !Abbreviation().IsMatch(previous);
        var startsLower = char.IsLower(next[0]);
        if (afterBlank)
            return joinAcrossBlanks && !endsSentence && startsLower && !previous.EndsWith(',');
        // Sentences rarely start with a small letter or a digit that is not a list number: such a line continues.
        var continuesSentence = startsLower || char.IsDigit(next[0]);
        if (!layout.HardWrapped)
            return !endsSentence && continuesSentence;
        if (continuesSentence)
            return true;
        if (endsSentence)
            return previous.Length >= layout.WrapWidth - 5;
        // No punctuation and a capital next: joined only if the next word would not have fitted on this line.
        var nextWord = next.Split(' ', 2)[0];
        return previous.Length + 1 + nextWord.Length > layout.WrapWidth - 10;
    }

    /// <summary>Appends a wrapped line, undoing end-of-line hyphenation where the hyphen was only a break.</summary>
    public static void AppendJoined(StringBuilder current, string next)
    {
        var end = current.Length;
        while (end > 0 && current[end - 1] == ' ')
            end--;
        current.Length = end;
        if (end > 1 && current[end - 1] == '-' && char.IsLetter(current[end - 2]) && next.Length > 0)
        {
            var word = LastWord(current);
            var nextWord = next.Split(' ', 2)[0];
            if (IsConjunction(nextWord))
            {
                current.Append(' ').Append(next);       // "Social- og Sundhedsudvalget"
                return;
            }
            if (char.IsLower(next[0]) && !IsAbbreviation(word))
            {
                current.Length--;                          // "om-" + "råder"
                current.Append(next);
                return;
            }
            current.Append(next);                          // "Ringkøbing-" + "Skjern", "A-" + "kasserne"
            return;
        }
        if (end > 1 && current[end - 1] == '-' && char.IsDigit(current[end - 2]) && next.Length > 0 && char.IsDigit(next[0]))
        {
            current.Append(next);                          // "2015-" + "17"
            return;
        }
        current.Append(' ').Append(next);
    }

    private static bool IsConjunction(string word) => word is "og" or "eller" or "samt" or "til" or "/";

    /// <summary>"A-", "EU-", "KL-": a hyphen after capitals is part of the word.</summary>
    private static bool IsAbbreviation(string wordWithHyphen)
    {
        var stem = wordWithHyphen.TrimEnd('-');
        return stem.Length > 0 && stem.All(c => char.IsUpper(c) || char.IsDigit(c));
    }

    private static string LastWord(StringBuilder current)
    {
        var i = current.Length - 1;
        while (i >= 0 && current[i] != ' ')
            i--;
        return current.ToString(i + 1, current.Length - i - 1);
    }
}
