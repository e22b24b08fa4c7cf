using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Referat.Import.Formats;

/// <summary>
/// Turns an HTML minutes page into lines the text pipeline understands: one line per block element, list entries
/// as bullets, table rows as tab-separated cells. Scripts, styles and navigation are skipped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NAV", "HEADER", "FOOTER", "NOSCRIPT", "TEMPLATE", "HEAD"];
    private static readonly HashSet<string> Blocks =
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "SECTION", "ARTICLE", "MAIN", "BODY", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "ADDRESS", "FIGURE", "CAPTION"];

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var output = new StringBuilder();
        var root = document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        Walk(root, output);
        return output.ToString();
    }

    private static void Walk(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendInline(output, text.Data);
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement { TagName: "BR" }:
                    output.Append('\n');
                    break;
                case IElement { TagName: "LI" } element:
                    NewBlock(output);
                    output.Append("• ");
                    Walk(element, output);
                    NewBlock(output);
                    break;
                case IElement { TagName: "TABLE" } element:
                    NewBlock(output);
                    foreach (var row in element.QuerySelectorAll("tr"))
                        output.Append(string.Join("\t", row.Children.Where(c => c.TagName is "TD" or "TH").Select(c => Collapse(c.TextContent)))).Append('\n');
                    output.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    NewBlock(output);
                    Walk(element, output);
                    NewBlock(output);
                    break;
                case IElement element:
                    Walk(element, output);
                    break;
            }
        }
    }

    private static void AppendInline(StringBuilder output, string data)
    {
        var collapsed = Collapse(data);
        if (collapsed.Length == 0)
        {
            if (data.Length > 0 && output.Length > 0 && output[^1] is not ' ' and not '\n')
                output.Append(' ');
            return;
        }
        if (char.IsWhiteSpace(data[0]) && output.Length > 0 && output[^1] is not ' ' and not '\n')
            output.Append(' ');
        output.Append(collapsed);
        if (char.IsWhiteSpace(data[^1]))
            output.Append(' ');
    }

    private static void NewBlock(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
            output.Length--;
        if (output.Length == 0)
            return;
        if (output[^1] != '\n')
            output.Append('\n');
        if (output.Length < 2 || output[^2] != '\n')
            output.Append('\n');
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
