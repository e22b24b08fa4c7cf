using System.Text;
using System.Text.RegularExpressions;

namespace Referat.Search;

/// <summary>
/// The query language, what a citizen types: words (all must match), "a phrase", OR, AND, NOT or -word, +word,
/// (groups), prefix*, and field:word or field:"phrase" for title: (titel:), decision: (beslutning:),
/// committee: (udvalg:), text: (tekst:), case: (sag:), person: (navn:), type:. A case number or its beginning
/// ("00.01.00-A30", "27.00.00-A00-5-26") is matched on the case number.
/// </summary>
public static partial class QueryLanguage
{
    public abstract record Node;
    public sealed record Word(string? Field, string Text, bool Prefix) : Node;
    public sealed record Phrase(string? Field, string Text) : Node;
    public sealed record And(IReadOnlyList<Node> Children) : Node;
    public sealed record Or(IReadOnlyList<Node> Children) : Node;
    public sealed record Not(Node Child) : Node;

    public static readonly IReadOnlyDictionary<string, string> FieldNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["titel"] = "title", ["overskrift"] = "title",
        ["decision"] = "decision", ["beslutning"] = "decision",
        ["committee"] = "committee", ["udvalg"] = "committee",
        ["text"] = "text", ["tekst"] = "text",
        ["case"] = "case", ["sag"] = "case", ["sagsnummer"] = "case", ["sagsnr"] = "case",
        ["person"] = "person", ["navn"] = "person",
        ["type"] = "type",
        ["bilag"] = "attachment", ["attachment"] = "attachment",
    };

    [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(-[A-ZÆØÅa-zæøå](\d{2}(-\d{1,5}(-\d{2})?)?)?)?)?)?-?$")]
    private static partial Regex CaseNumberPrefix();

    /// <summary>"00.01", "00.01.00-A30", "27.00.00-A00-5-26": a case number or its beginning (at least main group and group).</summary>
    public static bool LooksLikeCaseNumber(string text) => text.Length >= 5 && text.Contains('.') && CaseNumberPrefix().IsMatch(text);

    private enum TokenKind { Word, Phrase, LParen, RParen, And, Or, Not, Must }

    private readonly record struct Token(TokenKind Kind, string Text, string? Field);

    /// <summary>The parsed query; null when it holds nothing to search for. Never throws on user input.</summary>
    public static Node? Parse(string query, out bool hasOperators)
    {
        var tokens = Tokenize(query ?? "");
        hasOperators = tokens.Any(t => t.Kind is TokenKind.And or TokenKind.Or or TokenKind.Not or TokenKind.LParen);
        var at = 0;
        return ParseOr(tokens, ref at, 0);
    }

    private static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new(TokenKind.LParen, "(", null)); i++; continue; }
            if (c == ')') { tokens.Add(new(TokenKind.RParen, ")", null)); i++; continue; }
            if (c is '"' or '“' or '”' or '„')
            {
                var end = query.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0) end = query.Length;
                tokens.Add(new(TokenKind.Phrase, query[(i + 1)..end], null));
                i = end + 1;
                continue;
            }
            if ((c == '-' || c == '+') && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && (i == 0 || char.IsWhiteSpace(query[i - 1]) || query[i - 1] == '('))
            {
                tokens.Add(new(c == '-' ? TokenKind.Not : TokenKind.Must, c.ToString(), null));
                i++;
                continue;
            }
            var sb = new StringBuilder();
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not '(' and not ')' and not '"' and not '“' and not '”')
                sb.Append(query[i++]);
            var word = sb.ToString();
            var colon = word.IndexOf(':');
            if (colon > 0 && FieldNames.TryGetValue(word[..colon], out var field))
            {
                var rest = word[(colon + 1)..];
                if (rest.Length > 0)
                    tokens.Add(new(TokenKind.Word, rest, field));
                else if (i < query.Length && query[i] is '"' or '“' or '„')
                {
                    var end = query.IndexOfAny(['"', '“', '”'], i + 1);
                    if (end < 0) end = query.Length;
                    tokens.Add(new(TokenKind.Phrase, query[(i + 1)..end], field));
                    i = end + 1;
                }
                else if (i < query.Length && query[i] == '(')
                {
                    // field:(a b): apply the field to each word of the group
                    var end = query.IndexOf(')', i);
                    if (end < 0) end = query.Length;
                    var inner = Tokenize(query[(i + 1)..end]);
                    tokens.Add(new(TokenKind.LParen, "(", null));
                    tokens.AddRange(inner.Select(t => t.Kind is TokenKind.Word or TokenKind.Phrase && t.Field is null ? t with { Field = field } : t));
                    tokens.Add(new(TokenKind.RParen, ")", null));
                    i = end + 1;
                }
                continue;
            }
            tokens.Add(word switch
            {
                "AND" or "OG" or "&&" => new(TokenKind.And, word, null),
                "OR" or "ELLER" or "||" => new(TokenKind.Or, word, null),
                "NOT" or "IKKE" => new(TokenKind.Not, word, null),
                _ => new(TokenKind.Word, word, null),
            });
        }
        return tokens;
    }

    private static Node? ParseOr(List<Token> tokens, ref int at, int depth)
    {
        var children = new List<Node>();
        var first = ParseAnd(tokens, ref at, depth);
        if (first is not null) children.Add(first);
        while (at < tokens.Count && tokens[at].Kind == TokenKind.Or)
        {
            at++;
            var next = ParseAnd(tokens, ref at, depth);
            if (next is not null) children.Add(next);
        }
        return children.Count switch { 0 => null, 1 => children[0], _ => new Or(children) };
    }

    private static Node? ParseAnd(List<Token> tokens, ref int at, int depth)
    {
        var children = new List<Node>();
        while (at < tokens.Count)
        {
            var t = tokens[at];
            if (t.Kind == TokenKind.Or)
                break;
            if (t.Kind == TokenKind.RParen)
            {
                if (depth > 0) break;
                at++; // a stray ")" is ignored
                continue;
            }
            if (t.Kind is TokenKind.And or TokenKind.Must) { at++; continue; }
            var unary = ParseUnary(tokens, ref at, depth);
            if (unary is not null) children.Add(unary);
        }
        return children.Count switch { 0 => null, 1 => children[0], _ => new And(children) };
    }

    private static Node? ParseUnary(List<Token> tokens, ref int at, int depth)
    {
        var t = tokens[at];
        switch (t.Kind)
        {
            case TokenKind.Not:
                at++;
                if (at >= tokens.Count) return null;
                var child = ParseUnary(tokens, ref at, depth);
                return child is null ? null : new Not(child);
            case TokenKind.Must:
            case TokenKind.And:
                at++;
                return at < tokens.Count ? ParseUnary(tokens, ref at, depth) : null;
            case TokenKind.LParen:
                at++;
                var inner = depth < 16 ? ParseOr(tokens, ref at, depth + 1) : null;
                if (at < tokens.Count && tokens[at].Kind == TokenKind.RParen) at++;
                return inner;
            case TokenKind.Phrase:
                at++;
                return string.IsNullOrWhiteSpace(t.Text) ? null : new Phrase(t.Field, t.Text);
            case TokenKind.Word:
                at++;
                var text = t.Text;
                var prefix = text.EndsWith('*') && text.TrimEnd('*').Length > 0;
                text = text.TrimEnd('*');
                return text.Length == 0 ? null : new Word(t.Field, text, prefix);
            default:
                at++;
                return null;
        }
    }

    /// <summary>The same query with every AND turned into OR: the fallback when all words together match nothing.</summary>
    public static Node Relax(Node node) => node switch
    {
        And a when a.Children.All(c => c is not Not) => new Or(a.Children.Select(Relax).ToList()),
        And a => new And(a.Children.Select(Relax).ToList()),
        Or o => new Or(o.Children.Select(Relax).ToList()),
        _ => node,
    };
}
