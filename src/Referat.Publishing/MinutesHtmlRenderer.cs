using System.Text;
using Referat.Domain;
using Referat.Publishing.Html;
using Referat.Publishing.Outline;
using Referat.Publishing.Text;
using static Referat.Publishing.Html.HtmlEncoder;

namespace Referat.Publishing;

/// <summary>
/// Writes minutes as one accessible HTML5 document (lang="da"): the meeting header and items in &lt;main&gt;, an h2 per
/// item and an h3 per section; the minutes' own table of contents with its pages when they have one, else a linked list
/// of the items in &lt;nav&gt;. All text is HTML-encoded.
/// </summary>
public static class MinutesHtmlRenderer
{
    public static string Render(MinutesDocument minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var outline = MinutesOutline.Build(minutes);
        var spacing = DoubleSpacingGuard.HtmlLooksDoubleSpaced(outline) ? HtmlBlockWriter.SpacingBreak : "";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(HeaderLayout.Title(minutes.Meeting, HeaderLayout.IsAgenda(minutes)))).Append("</title>\n");
        html.Append("<style>body{font-family:sans-serif;max-width:50em;margin:auto;padding:1em;line-height:1.4}")
            .Append("table{border-collapse:collapse}th,td{border:1px solid #888;padding:.2em .5em;text-align:left}</style>\n");
        html.Append("</head>\n<body>\n<main>\n");

        html.Append("<div class=\"moedehoved\">\n");
        foreach (var block in outline.Header)
        {
            HtmlBlockWriter.Write(html, block);
            html.Append(spacing);
        }
        html.Append("</div>\n");

        if (outline.Contents.Count > 0)
        {
            // The minutes' own table of contents, with the pages it records (as the minutes were printed).
            html.Append("<section class=\"indholdsfortegnelse\" aria-labelledby=\"indhold\">\n<h2 id=\"indhold\">Indholdsfortegnelse</h2>\n");
            foreach (var entry in outline.Contents)
            {
                html.Append("<p>");
                var title = Encode(ItemLabels.Clean(entry.Title));
                if (entry.ItemIndex is { } k)
                    html.Append("<a href=\"#").Append(HtmlBlockWriter.ItemAnchor(k)).Append("\">").Append(title).Append("</a>");
                else
                    html.Append(title);
                if (entry.Page is { } page)
                    html.Append(" ..... ").Append(page);
                html.Append("</p>\n");
            }
            html.Append("</section>\n");
        }
        else if (outline.Items.Count > 0)
        {
            html.Append("<nav aria-labelledby=\"indhold\">\n<h2 id=\"indhold\">Indholdsfortegnelse</h2>\n<ol>\n");
            foreach (var item in outline.Items)
                html.Append("<li><a href=\"#").Append(HtmlBlockWriter.ItemAnchor(item.Blocks.OfType<ItemHeadingBlock>().First().ItemIndex))
                    .Append("\">").Append(Encode(item.ContentsTitle)).Append("</a></li>\n");
            html.Append("</ol>\n</nav>\n");
        }

        foreach (var item in outline.Items)
        {
            var index = item.Blocks.OfType<ItemHeadingBlock>().First().ItemIndex;
            html.Append($"<section class=\"punkt\" aria-labelledby=\"{HtmlBlockWriter.ItemAnchor(index)}\">\n");
            foreach (var block in item.Blocks)
            {
                HtmlBlockWriter.Write(html, block);
                html.Append(spacing);
            }
            html.Append("</section>\n");
        }

        if (outline.Tail.Count > 0)
        {
            html.Append("<section class=\"bilagsdel\">\n");
            foreach (var block in outline.Tail)
                HtmlBlockWriter.Write(html, block);
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
