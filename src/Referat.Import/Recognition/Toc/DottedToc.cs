using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Lines;

namespace Referat.Import.Recognition.Toc;

/// <summary>Table-of-contents lines with a leader and a page: "Regnskab 2025 (Orientering).....\t4".</summary>
public static partial class DottedToc
{
    [GeneratedRegex(@"^(?<title>.+?)\s*(?:\.{3,}|…+|\t)[\s.…]*(?<page>\d{1,4})$")]
    private static partial Regex Entry();

    public static bool IsEntry(Line line) => (line.Text.Contains("...") || line.Text.Contains('…')) && Entry().IsMatch(line.Trimmed);

    public static TocEntry Read(Line line)
    {
        var match = Entry().Match(line.Trimmed);
        return new TocEntry(match.Groups["title"].Value.Trim(), int.Parse(match.Groups["page"].Value));
    }
}
