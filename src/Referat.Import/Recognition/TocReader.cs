using System.Text.RegularExpressions;
using Referat.Domain;
using Referat.Import.Lines;

namespace Referat.Import.Recognition;

/// <summary>Reads table-of-contents lines: "Regnskab 2025 (Orientering).....\t4".</summary>
public static partial class TocReader
{
    [GeneratedRegex(@"^(?<title>.+?)\s*(?:\.{3,}|…+|\t)[\s.…]*(?<page>\d{1,4})$")]
    private static partial Regex Entry();

    public static bool IsEntry(Line line) => Entry().IsMatch(line.Trimmed) && (line.Text.Contains("...") || line.Text.Contains('…'));

    public static TocEntry Read(Line line)
    {
        var match = Entry().Match(line.Trimmed);
        return new TocEntry(match.Groups["title"].Value.Trim(), int.Parse(match.Groups["page"].Value));
    }
}
