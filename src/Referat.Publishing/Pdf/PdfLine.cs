namespace Referat.Publishing.Pdf;

/// <summary>A cell of a table row: its text and its x offset from the left margin.</summary>
internal sealed record PdfCell(string Text, double Offset);

/// <summary>
/// One printed line. A line without text is a blank line between blocks (printed as a no-break space so that text
/// extraction keeps the paragraph break). <see cref="KeepWithNext"/> keeps headings with what follows them.
/// </summary>
internal sealed record PdfLine(string Text, double Size, PdfFontStyle Style = PdfFontStyle.Regular, double Indent = 0)
{
    public const string BlankGlyph = "\u00A0";

    public IReadOnlyList<PdfCell>? Cells { get; init; }
    public bool KeepWithNext { get; init; }
    public bool PageBreakBefore { get; init; }
    public int? ItemIndex { get; init; }

    /// <summary>The page (from 1) this line must not come before: an item heading at the page its contents entry records.</summary>
    public int? StartPage { get; init; }
    public bool IsBlank => Text.Length == 0 && Cells is null;

    /// <summary>Vertical space the line takes: blank lines are shorter, but still far enough apart to stay a line of their own.</summary>
    public double Advance => IsBlank ? PdfMetrics.BlankAdvance : Size * PdfMetrics.LineSpacing;

    public static PdfLine Blank() => new("", PdfMetrics.BodySize);
}

/// <summary>Page geometry and type sizes (points; A4).</summary>
internal static class PdfMetrics
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62;
    public const double MarginRight = 56;
    public const double MarginTop = 60;
    public const double MarginBottom = 62;
    public const double FooterBaseline = 32;
    public const double TextWidth = PageWidth - MarginLeft - MarginRight;
    public const double BodyHeight = PageHeight - MarginTop - MarginBottom;

    public const double TitleSize = 15;
    public const double ItemHeadingSize = 12.5;
    public const double SectionHeadingSize = 11;
    public const double BodySize = 10;
    public const double FooterSize = 8;
    public const double LineSpacing = 1.35;
    public const double BlankAdvance = 10;
}
