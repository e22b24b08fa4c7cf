using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Referat.Web.Tests;

/// <summary>
/// Whether a response shows any of the values that must stay on the server: its text (a PDF's extracted text, each
/// text file of a zip) with HTML entities and JSON escapes decoded and whitespace removed, so that neither an
/// encoding nor a line break hides a value.
/// </summary>
public static partial class Leaks
{
    public static IReadOnlyList<string> In(byte[] body, string? mediaType, IEnumerable<string> forbidden)
    {
        var text = Normalise(TextOf(body, mediaType));
        return forbidden.Where(f => text.Contains(Normalise(f), StringComparison.Ordinal)).ToList();
    }

    public static string TextOf(byte[] body, string? mediaType)
    {
        if (mediaType == "application/pdf" || body.AsSpan().StartsWith("%PDF-"u8))
            return PortalPagesTests.PdfText(body);
        if (body.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            if (body.Length == 0)
                throw new InvalidDataException($"an empty zip ({mediaType})");
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            return string.Join("\n", zip.Entries.Select(e =>
            {
                using var stream = e.Open();
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                return TextOf(copy.ToArray(), null);
            }));
        }
        return System.Text.Encoding.UTF8.GetString(body);
    }

    private static string Normalise(string text) =>
        Whitespace().Replace(JsonEscape().Replace(WebUtility.HtmlDecode(text), m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()), "");

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
