using Referat.Publishing.Outline;

namespace Referat.Publishing.Pdf;

/// <summary>
/// Turns the outline into printed lines: paragraphs wrapped at the text width, lines that a reader must find whole
/// (title, header fields, decision headers, section headings) kept on one line, a blank line between blocks, and a
/// table of contents whose entries carry the given item pages.
/// </summary>
internal static class PdfLineLayout
{
    private const double MinimumSize = 6;

    public static List<PdfLine> Build(MinutesOutline outline, IReadOnlyDictionary<int, int> itemPages)
    {
        var lines = new List<PdfLine>();
        void Add(IEnumerable<PdfLine> block, bool pageBreak = false)
        {
            var blockLines = block.ToList();
            if (blockLines.Count == 0)
                return;
            if (pageBreak)
                blockLines[0] = blockLines[0] with { PageBreakBefore = true };
            else if (lines.Count > 0)
                lines.Add(PdfLine.Blank() with { KeepWithNext = lines[^1].KeepWithNext });
            lines.AddRange(blockLines);
        }

        foreach (var block in outline.Header)
            Add(Lines(block));
        if (outline.Contents.Count > 0)
        {
            Add([OneLine("Indholdsfortegnelse", PdfMetrics.SectionHeadingSize, PdfFontStyle.Bold) with { KeepWithNext = true }]);
            Add(outline.Contents.Select(entry => ContentsLine(entry.Title,
                entry.Page ?? (entry.ItemIndex is { } k && itemPages.TryGetValue(k, out var page) ? page : 0))));
        }
        // An item starts on the page its entry records, so that the printed contents hold for this document too.
        var startPages = outline.Contents.Where(e => e is { Page: not null, ItemIndex: not null })
            .GroupBy(e => e.ItemIndex!.Value).ToDictionary(g => g.Key, g => g.First().Page!.Value);
        for (var k = 0; k < outline.Items.Count; k++)
        {
            var start = lines.Count;
            foreach (var block in outline.Items[k].Blocks)
                Add(Lines(block));
            var heading = lines.FindIndex(start, l => l.ItemIndex == k);
            if (heading >= 0 && startPages.TryGetValue(k, out var page))
                lines[heading] = lines[heading] with { StartPage = page };
        }
        var first = true;
        foreach (var block in outline.Tail)
        {
            Add(Lines(block), pageBreak: first);
            first = false;
        }
        return lines;
    }

    private static IEnumerable<PdfLine> Lines(OutlineBlock block) => block switch
    {
        TitleBlock title => [OneLine(title.Text, PdfMetrics.TitleSize, PdfFontStyle.Bold)],
        FieldBlock field => FieldLines(field),
        ItemHeadingBlock heading => Wrapped(heading.Text, PdfMetrics.ItemHeadingSize, PdfFontStyle.Bold, keepParentheses: true)
            .Select((l, k) => l with { KeepWithNext = true, ItemIndex = k == 0 ? heading.ItemIndex : null }),
        CaseNumberBlock caseNumber => [OneLine(caseNumber.Text, PdfMetrics.BodySize, PdfFontStyle.Regular) with { KeepWithNext = true }],
        SectionHeadingBlock heading => [OneLine(heading.Text, PdfMetrics.SectionHeadingSize, PdfFontStyle.Bold) with { KeepWithNext = true }],
        LineBlock line => [OneLine(line.Text, PdfMetrics.BodySize, PdfFontStyle.Regular) with { KeepWithNext = true }],
        ParagraphBlock paragraph => Wrapped(paragraph.Text, PdfMetrics.BodySize, PdfFontStyle.Regular),
        ListBlock list => ListLines(list),
        TableOutlineBlock table => PdfTableLayout.Lines(table),
        VerbatimBlock verbatim => VerbatimLines(verbatim),
        _ => [],
    };

    /// <summary>
    /// Header fields are read line by line, so a long participant list is split over several lines that each carry
    /// the label, rather than wrapped.
    /// </summary>
    private static IEnumerable<PdfLine> FieldLines(FieldBlock field)
    {
        if (field.Label is not ("Mødedeltagere" or "Fraværende:"))
            return [OneLine(field.Text, PdfMetrics.BodySize, PdfFontStyle.Regular)];
        var widths = PdfFonts.Widths(PdfFontStyle.Regular);
        var result = new List<PdfLine>();
        var current = "";
        foreach (var member in field.Value.Split(", "))
        {
            var candidate = current.Length == 0 ? member : current + ", " + member;
            if (current.Length > 0 && widths.Measure($"{field.Label} {candidate}", PdfMetrics.BodySize) > PdfMetrics.TextWidth)
            {
                result.Add(OneLine($"{field.Label} {current}", PdfMetrics.BodySize, PdfFontStyle.Regular));
                candidate = member;
            }
            current = candidate;
        }
        result.Add(OneLine($"{field.Label} {current}", PdfMetrics.BodySize, PdfFontStyle.Regular));
        return result;
    }

    private static PdfLine ContentsLine(string title, int page)
    {
        var (printed, size) = FitContentsTitle(title, page);
        var widths = PdfFonts.Widths(PdfFontStyle.Regular);
        var number = " " + page;
        var dots = (int)Math.Floor((PdfMetrics.TextWidth - widths.Measure(printed + " " + number, size)) / widths.Measure(".", size));
        return new PdfLine($"{printed} {new string('.', Math.Max(3, dots))}{number}", size);
    }

    /// <summary>A contents title as printed: shrunk, and if need be shortened with "…", so that it never wraps.</summary>
    public static (string Title, double Size) FitContentsTitle(string title, int page)
    {
        var widths = PdfFonts.Widths(PdfFontStyle.Regular);
        var size = PdfMetrics.BodySize;
        var number = " " + page;
        title = PdfTextSanitizer.Clean(title, PdfFontStyle.Regular);
        double Room(double s) => PdfMetrics.TextWidth - widths.Measure(number, s) - widths.Measure(" ....", s);
        while (widths.Measure(title, size) > Room(size) && size > 8)
            size -= 0.5;
        if (widths.Measure(title, size) > Room(size))
        {
            while (title.Length > 1 && widths.Measure(title + "…", size) > Room(size))
                title = title[..^1];
            title = title.TrimEnd() + "…";
        }
        return (title, size);
    }

    public static PdfLine OneLine(string text, double size, PdfFontStyle style)
    {
        text = PdfTextSanitizer.Clean(text, style);
        var widths = PdfFonts.Widths(style);
        while (widths.Measure(text, size) > PdfMetrics.TextWidth && size > MinimumSize)
            size -= 0.5;
        return new PdfLine(text, size, style);
    }

    private static IEnumerable<PdfLine> Wrapped(string text, double size, PdfFontStyle style, double indent = 0, bool keepParentheses = false)
    {
        var widths = PdfFonts.Widths(style);
        return WordWrapper.Wrap(PdfTextSanitizer.Clean(text, style), PdfMetrics.TextWidth - indent, s => widths.Measure(s, size), keepParentheses)
            .Select(line => new PdfLine(line, size, style, indent));
    }

    private static IEnumerable<PdfLine> ListLines(ListBlock list)
    {
        var widths = PdfFonts.Widths(PdfFontStyle.Regular);
        for (var k = 0; k < list.Entries.Count; k++)
        {
            var marker = list.Numbered ? $"{k + 1}. " : "• ";
            var indent = Math.Max(widths.Measure(marker, PdfMetrics.BodySize), 12);
            var lines = Wrapped(list.Entries[k], PdfMetrics.BodySize, PdfFontStyle.Regular, indent).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                // An entry is never split over a page: a continuation at the top of a page would end the list.
                var line = lines[i] with { KeepWithNext = i < lines.Count - 1 };
                yield return i == 0 ? line with { Text = marker + line.Text, Indent = 0 } : line;
            }
        }
    }

    private static IEnumerable<PdfLine> VerbatimLines(VerbatimBlock verbatim)
    {
        foreach (var raw in verbatim.Text.Replace("\r\n", "\n").Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length == 0)
                yield return PdfLine.Blank();
            else
                foreach (var line in Wrapped(text, PdfMetrics.BodySize, PdfFontStyle.Regular))
                    yield return line;
        }
    }
}
