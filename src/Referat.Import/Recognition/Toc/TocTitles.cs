using System.Text.RegularExpressions;

namespace Referat.Import.Recognition.Toc;

/// <summary>Cleans a title read from a table of contents: dotted leaders, page numbers and open/closed markers go.</summary>
public static partial class TocTitles
{
    [GeneratedRegex(@"\s*(?:\.{3,}|…+)[\s.…]*\d{0,4}\s*$")]
    private static partial Regex Leader();

    public static string Clean(string title) => Items.TitleTags.StripMarkers(Leader().Replace(title.Trim(), "").Trim()).Title;
}
