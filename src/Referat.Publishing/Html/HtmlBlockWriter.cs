using System.Text;
using Referat.Publishing.Outline;
using static Referat.Publishing.Html.HtmlEncoder;

namespace Referat.Publishing.Html;

/// <summary>Writes outline blocks as HTML elements: h1/h2/h3 headings, p, ul/ol, and tables with th header cells.</summary>
internal static class HtmlBlockWriter
{
    public static void Write(StringBuilder html, OutlineBlock block)
    {
        switch (block)
        {
            case TitleBlock title:
                html.Append("<h1>").Append(Encode(title.Text)).Append("</h1>\n");
                break;
            case FieldBlock field:
                html.Append("<p><strong>").Append(Encode(field.Label)).Append("</strong> ").Append(Encode(field.Value)).Append("</p>\n");
                break;
            case ItemHeadingBlock heading:
                html.Append($"<h2 id=\"{ItemAnchor(heading.ItemIndex)}\">").Append(Encode(heading.Text)).Append("</h2>\n");
                break;
            case CaseNumberBlock caseNumber:
                html.Append("<p class=\"sagsnummer\">").Append(Encode(caseNumber.Text)).Append("</p>\n");
                break;
            case SectionHeadingBlock heading:
                html.Append("<h3>").Append(Encode(heading.Text)).Append("</h3>\n");
                break;
            case LineBlock line:
                html.Append("<p class=\"beslutningsled\">").Append(Encode(line.Text)).Append("</p>\n");
                break;
            case ParagraphBlock paragraph:
                html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                break;
            case ListBlock list:
                var tag = list.Numbered ? "ol" : "ul";
                html.Append('<').Append(tag).Append(">\n");
                foreach (var entry in list.Entries)
                    html.Append("<li>").Append(Encode(entry)).Append("</li>\n");
                html.Append("</").Append(tag).Append(">\n");
                break;
            case TableOutlineBlock table:
                WriteTable(html, table);
                break;
            case VerbatimBlock verbatim:
                foreach (var line in verbatim.Text.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0))
                    html.Append("<p>").Append(Encode(line.Trim())).Append("</p>\n");
                break;
        }
    }

    /// <summary>
    /// An extra line break after a block. Only used when the page would otherwise read as a double-spaced export
    /// (see <see cref="Text.DoubleSpacingGuard"/>): the break gives the reader two empty lines between blocks.
    /// </summary>
    public const string SpacingBreak = "<br aria-hidden=\"true\">\n";

    public static string ItemAnchor(int itemIndex) => $"punkt-{itemIndex + 1}";

    private static void WriteTable(StringBuilder html, TableOutlineBlock table)
    {
        html.Append("<table>\n");
        if (table.HasHeader)
        {
            html.Append("<thead><tr>");
            foreach (var cell in table.Header)
                html.Append("<th scope=\"col\">").Append(Encode(cell)).Append("</th>");
            html.Append("</tr></thead>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
