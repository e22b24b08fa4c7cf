using System.Text.RegularExpressions;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Recognition.Items;

/// <summary>
/// Case numbers as the common case systems print them, on a line of their own or after a label: KLE
/// ("00.01.00-A30-10-25", "00.22.04G01"), year and serial ("17/1234", "12/15486", "2020/012345"), and dashed forms
/// with the year inside ("450-2017-25250", "2019-012345", "EMN-2019-01234"). Kept as printed; the domain reads
/// the KLE parts (<see cref="Domain.CaseNumber"/>).
/// </summary>
public static partial class CaseNumberLine
{
    private const string Forms =
        @"\d{2}\.\d{2}\.\d{2}(?:[-\s]?\p{Lu}\d{2})?(?:-[\p{L}\d]+){0,4}" +
        @"|\d{2,4}/\d{2,7}(?:-\d{1,4})?" +
        @"|\d{1,4}-(?:19|20)\d{2}-\d{1,7}" +
        @"|(?:19|20)\d{2}-\d{3,7}" +
        @"|\p{Lu}{2,5}-(?:19|20)\d{2}-\d{2,7}";

    [GeneratedRegex(@"^(?:(?:Sags?\s*nr|J\.?\s*nr|Journal\s*nr|Sagsnummer)\.?\s*:?\s*)?(?<n>" + Forms + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?<n>" + Forms + @")(?=$|[\s,;])")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?<marker>Åbent|Åben|Lukket|ÅBENT|LUKKET)(?:\s+(?:sag|punkt|SAG|PUNKT))?\s*[-–:]\s*(?<n>" + Forms + @")\s*$")]
    private static partial Regex Marked();

    /// <summary>The whole line is a case number (with or without its label).</summary>
    public static bool IsMatch(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 4 and < 60 && char.IsLetterOrDigit(trimmed[0]) && Bare().IsMatch(trimmed);
    }

    public static string? Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is <= 4 or >= 60)
            return null;
        var match = Bare().Match(trimmed);
        return match.Success ? match.Groups["n"].Value : null;
    }

    /// <summary>
    /// A labelled case number line: "Sagsid.: 22/2694, Sagsinitialer: hlp", "Sagsnummer: 20/16368", "Sagsnr:" (empty).
    /// <paramref name="number"/> is null when the label holds no case number (empty, or its digits were lost).
    /// </summary>
    public static bool TryLabelled(string text, out string? number, FieldLabels? labels = null)
    {
        number = null;
        if (!(labels ?? FieldLabels.Default).TryOpening(text, out var label, out var value) || label.Role != FieldRole.CaseNumber)
            return false;
        var match = Leading().Match(value);
        if (match.Success)
            number = match.Groups["n"].Value;
        else if (value.Length > 0 && value.Split(' ', ',')[0] is { Length: >= 4 } token && token.Any(char.IsDigit) && !token.Contains(':'))
            number = token.TrimEnd(',', '.', ';');
        return true;
    }

    /// <summary>"Åbent - 23/01234", "Lukket sag: 00.15.00-K01-9-18": the open/closed marker with the case number.</summary>
    public static bool TryMarked(string text, out string number, out bool closed)
    {
        var match = text.Length < 80 ? Marked().Match(text.Trim()) : System.Text.RegularExpressions.Match.Empty;
        number = match.Success ? match.Groups["n"].Value : "";
        closed = match.Success && match.Groups["marker"].Value.StartsWith('L');
        return match.Success;
    }

    /// <summary>The label alone, its value expected on the next line ("Sagsnr." over "450-2017-25250").</summary>
    public static bool IsBareLabel(string text, FieldLabels? labels = null) =>
        (labels ?? FieldLabels.Default).TryWhole(text, out var label) && label.Role == FieldRole.CaseNumber;
}
