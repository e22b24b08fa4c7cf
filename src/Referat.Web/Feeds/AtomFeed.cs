using System.Globalization;
using System.Text;
using System.Xml;

namespace Referat.Web.Feeds;

/// <summary>One Atom entry. <see cref="SummaryHtml"/>: the summary is HTML (escaped in the XML), else plain text.</summary>
public sealed record AtomEntry(
    string Id, string Title, DateTime Updated, string Link, string Summary, bool SummaryHtml = false,
    DateTimeOffset? Published = null, IReadOnlyList<string>? Categories = null);

/// <summary>An Atom feed's head: id, title, updated, the self link, the page it belongs to and the author.</summary>
public sealed record AtomFeedHead(string Id, string Title, string? Subtitle, DateTime Updated, string Self, string Alternate, string Author);

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) with <see cref="XmlWriter"/>: feed id, title, updated, author and
/// <c>link rel="self"</c>; every entry with id, title, updated, link and summary. UTF-8 without BOM.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// A tag URI (RFC 4151) that names a thing on this site for good: <c>tag:{host},2025:{specific}</c>. The date is
    /// the fixed year the scheme was minted, never the current one, so the id of an entry never changes.
    /// </summary>
    public static string TagUri(string host, string specific) => $"tag:{host},2025:{Escape(specific)}";

    /// <summary>Percent-encodes (UTF-8) what may not stand in a URI as it is; letters, digits, <c>-._~:/?=</c> stay.</summary>
    public static string Escape(string specific)
    {
        var text = new StringBuilder(specific.Length);
        foreach (var b in Encoding.UTF8.GetBytes(specific))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~:/?=".Contains(c))
                text.Append(c);
            else
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Write(AtomFeedHead head, IEnumerable<AtomEntry> entries)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "da");
            writer.WriteElementString("id", Namespace, head.Id);
            Text(writer, "title", head.Title);
            if (!string.IsNullOrWhiteSpace(head.Subtitle))
                Text(writer, "subtitle", head.Subtitle);
            writer.WriteElementString("updated", Namespace, Timestamp(head.Updated));
            Link(writer, "self", head.Self, ContentType.Split(';')[0]);
            Link(writer, "alternate", head.Alternate, "text/html");
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, head.Author);
            writer.WriteEndElement();
            writer.WriteStartElement("generator", Namespace);
            writer.WriteString("Referat");
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry", Namespace);
                writer.WriteElementString("id", Namespace, entry.Id);
                Text(writer, "title", entry.Title);
                writer.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                if (entry.Published is { } published)
                    writer.WriteElementString("published", Namespace, Timestamp(published));
                Link(writer, "alternate", entry.Link, "text/html");
                foreach (var category in entry.Categories ?? [])
                {
                    writer.WriteStartElement("category", Namespace);
                    writer.WriteAttributeString("term", category);
                    writer.WriteEndElement();
                }
                Text(writer, "summary", entry.Summary, entry.SummaryHtml ? "html" : "text");
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return output.ToString();
    }

    private static void Text(XmlWriter writer, string name, string text, string type = "text")
    {
        writer.WriteStartElement(name, Namespace);
        writer.WriteAttributeString("type", type);
        writer.WriteString(Clean(text));
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters from a damaged PDF) are left out.</summary>
    private static string Clean(string text) =>
        text.All(Allowed) ? text : new string(text.Where(Allowed).ToArray());

    private static bool Allowed(char c) => char.IsSurrogate(c) || XmlConvert.IsXmlChar(c);

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
