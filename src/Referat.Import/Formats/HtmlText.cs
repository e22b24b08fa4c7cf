using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Referat.Import.Formats;

/// <summary>
/// Reads an HTML minutes page as a document: one line per block element, h1–h6 as headings of their level, list
/// entries as bullets, table rows as tab-separated cells, definition lists as "term: description" lines. Page
/// furniture is left out: scripts and styles, the page's own navigation, header and footer, menus, breadcrumbs,
/// cookie banners, share buttons, text hidden from view or meant only for screen readers, and "Til toppen" links.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NAV", "NOSCRIPT", "TEMPLATE", "HEAD", "ASIDE", "FORM", "BUTTON", "SELECT", "IFRAME", "SVG", "DIALOG", "OBJECT", "CANVAS"];
    private static readonly HashSet<string> PageRegions = ["HEADER", "FOOTER"];
    private static readonly HashSet<string> Blocks =
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "SECTION", "ARTICLE", "MAIN", "BODY", "UL", "OL", "BLOCKQUOTE", "PRE", "ADDRESS", "FIGURE", "CAPTION", "HEADER", "FOOTER", "DETAILS", "SUMMARY", "FIELDSET", "LEGEND"];
    private static readonly HashSet<string> FurnitureRoles = ["navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "complementary", "menu", "menubar", "toolbar"];
    /// <summary>Words of class names and ids that mark furniture, matched as whole parts of a name ("cookie-banner", "site_menu").</summary>
    private static readonly string[] FurnitureNames =
        ["cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "skip", "skiplink", "navbar", "nav", "navigation", "menu", "megamenu", "share", "sharing", "social", "sr", "visually", "visuallyhidden",
         "pagination", "toolbar", "top"];
    private static readonly string[] TopLinks = ["til toppen", "tilbage til toppen", "til top", "gå til toppen"];

    public static string Extract(string html) => Read(html).Text;

    /// <exception cref="MinutesFormatException">The elements nest deeper than the limit (<see cref="HtmlNesting"/>).</exception>
    public static ExtractedText Read(string html, string source = "document")
    {
        HtmlNesting.Check(source, html, ReadingBudget.CurrentLimits.MaxNestingDepth);
        var document = new HtmlParser().ParseDocument(html);
        var output = new Output();
        var root = document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.QuerySelector("article") ?? document.Body ?? document.DocumentElement;
        Walk(root, output, insideContent: root.TagName is "MAIN" or "ARTICLE");
        return new ExtractedText(output.Text.ToString(), output.Headings, Structured: true);
    }

    private static void Walk(INode node, Output output, bool insideContent)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    output.Inline(text.Data);
                    break;
                case IElement element when IsFurniture(element, insideContent):
                    break;
                case IElement { TagName: "BR" }:
                    output.Text.Append('\n');
                    break;
                case IElement { TagName: "LI" } element:
                    output.NewBlock();
                    output.Text.Append("• ");
                    Walk(element, output, insideContent);
                    output.NewBlock();
                    break;
                case IElement { TagName: "TABLE" } element:
                    output.NewBlock();
                    foreach (var row in element.QuerySelectorAll("tr"))
                        output.Text.Append(string.Join("\t", row.Children.Where(c => c.TagName is "TD" or "TH").Select(c => Collapse(c.TextContent)))).Append('\n');
                    output.Text.Append('\n');
                    break;
                case IElement { TagName: "DL" } element:
                    DefinitionList(element, output);
                    break;
                case IElement element when element.TagName is ['H', >= '1' and <= '6'] && element.TagName.Length == 2:
                    output.NewBlock();
                    output.MarkHeading(element.TagName[1] - '0');
                    Walk(element, output, insideContent);
                    output.NewBlock();
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    output.NewBlock();
                    Walk(element, output, insideContent || element.TagName is "MAIN" or "ARTICLE");
                    output.NewBlock();
                    break;
                case IElement element:
                    Walk(element, output, insideContent);
                    break;
            }
        }
    }

    /// <summary>"Mødested" / "Byrådssalen" as a term and its description: one line "Mødested: Byrådssalen".</summary>
    private static void DefinitionList(IElement list, Output output)
    {
        output.NewBlock();
        string? term = null;
        foreach (var child in list.Children)
        {
            if (child.TagName == "DT")
            {
                if (term is not null)
                    output.Text.Append(term).Append('\n');
                term = Collapse(child.TextContent).TrimEnd(':');
            }
            else if (child.TagName == "DD")
            {
                var description = Collapse(child.TextContent);
                output.Text.Append(term is null ? description : $"{term}: {description}").Append('\n');
                term = null;
            }
        }
        if (term is not null)
            output.Text.Append(term).Append('\n');
        output.Text.Append('\n');
    }

    private static bool IsFurniture(IElement element, bool insideContent)
    {
        if (Skipped.Contains(element.TagName) || PageRegions.Contains(element.TagName) && !insideContent)
            return true;
        // Hidden text is not the page's content; a hidden line break still breaks the line.
        if ((element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") && element.TagName is not ("BR" or "HR"))
            return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.ToLowerInvariant()))
            return true;
        if (FurnitureName(element.GetAttribute("class")) || FurnitureName(element.Id))
            return true;
        return element.TagName == "A" && element.GetAttribute("href") is { } href && href.StartsWith('#')
               && TopLinks.Contains(Collapse(element.TextContent).ToLowerInvariant());
    }

    /// <summary>"cookie-banner", "site_menu", "sr-only", "back-to-top": a part of the name, cut at '-' and '_', is a furniture word.</summary>
    private static bool FurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
            return false;
        foreach (var name in names.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var part in name.Split('-', '_'))
                if (Array.IndexOf(FurnitureNames, part) >= 0)
                    return true;
        return false;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text being written, and which of its lines are headings.</summary>
    private sealed class Output
    {
        public StringBuilder Text { get; } = new();
        public Dictionary<int, int> Headings { get; } = [];
        private int _lines;
        private int _counted;

        public void MarkHeading(int level) => Headings[LineIndex()] = level;

        private int LineIndex()
        {
            for (; _counted < Text.Length; _counted++)
                if (Text[_counted] == '\n')
                    _lines++;
            return _lines;
        }

        public void Inline(string data)
        {
            var collapsed = Collapse(data);
            if (collapsed.Length == 0)
            {
                if (data.Length > 0 && Text.Length > 0 && Text[^1] is not ' ' and not '\n')
                    Text.Append(' ');
                return;
            }
            if (char.IsWhiteSpace(data[0]) && Text.Length > 0 && Text[^1] is not ' ' and not '\n')
                Text.Append(' ');
            Text.Append(collapsed);
            if (char.IsWhiteSpace(data[^1]))
                Text.Append(' ');
        }

        public void NewBlock()
        {
            while (Text.Length > 0 && Text[^1] == ' ')
                Text.Length--;
            _counted = Math.Min(_counted, Text.Length);
            if (Text.Length == 0)
                return;
            if (Text[^1] != '\n')
                Text.Append('\n');
            if (Text.Length < 2 || Text[^2] != '\n')
                Text.Append('\n');
        }
    }
}
