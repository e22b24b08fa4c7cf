using System.Text.RegularExpressions;

namespace Referat.Import.Recognition.Items;

/// <summary>The line under an item's title that holds its case number, such as "00.01.00-A30-10-25".</summary>
public static partial class CaseNumberLine
{
    [GeneratedRegex(@"^(?:(?:Sags?\s*nr|J\.?\s*nr|Journal\s*nr|Sagsnummer)\.?\s*:?\s*)?(?<n>\d{2}\.\d{2}\.\d{2}(?:-[\p{L}\d]+){0,4})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool IsMatch(string text) => Pattern().IsMatch(text.Trim());

    public static string? Read(string text)
    {
        var match = Pattern().Match(text.Trim());
        return match.Success ? match.Groups["n"].Value : null;
    }
}
