namespace Referat.Import.Formats;

/// <summary>
/// How deep a document's elements nest, read from its tags before any parser builds a tree: 200,000 nested
/// <c>div</c>s would take a tree builder minutes (each new element is checked against all that are open). Elements
/// whose end tag may be left out (p, li, td …) and void elements (br, img …) do not count.
/// </summary>
public static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup", "caption",
    };

    /// <exception cref="MinutesFormatException">The elements nest deeper than <paramref name="limit"/>: the line where they do.</exception>
    public static void Check(string source, string html, int limit)
    {
        var depth = 0;
        var line = 1;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '\n')
                line++;
            if (c != '<' || i + 1 >= html.Length)
            {
                i++;
                continue;
            }
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                line += Lines(html, i, end < 0 ? html.Length : end);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                nameEnd++;
            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }
            var name = html[start..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
                break;
            var selfClosing = html[tagEnd - 1] == '/';
            line += Lines(html, i, tagEnd);
            i = tagEnd + 1;
            if (Void.Contains(name) || OptionalEnd.Contains(name) || selfClosing)
                continue;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (++depth > limit)
                throw new MinutesFormatException(source, line,
                    $"the elements are nested more than {limit} deep, the limit for one document (<{name}> here); the document cannot be read");
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // their content is text, not tags
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                line += Lines(html, i, end < 0 ? html.Length : end);
                i = end < 0 ? html.Length : end;
            }
        }
    }

    private static int Lines(string text, int from, int to)
    {
        var count = 0;
        for (var k = from + 1; k < to && k < text.Length; k++)
            if (text[k] == '\n')
                count++;
        return count;
    }
}
