using System.Text;

namespace Referat.Publishing.Html;

/// <summary>Encodes text for HTML element content and attribute values; Danish letters stay readable.</summary>
internal static class HtmlEncoder
{
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
