using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>
/// A case number (sagsnummer, journalnummer) as printed with an item: "00.01.00-A30-10-25" (KLE), "17/1234",
/// "450-2017-25250". Kept as printed; read into its KLE parts where it is a KLE number.
/// </summary>
/// <remarks>Equality is by the printed text.</remarks>
public sealed partial record CaseNumber
{
    public string Text { get; }

    /// <summary>The KLE reading, when the text is a KLE case number.</summary>
    public KleNumber? Kle { get; }

    private CaseNumber(string text, KleNumber? kle) => (Text, Kle) = (text, kle);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}.\-/ ]{1,38}[\p{L}\p{N}]$")]
    private static partial Regex Plausible();

    /// <summary>
    /// The case number a printed text is, or null when it is not one: empty, too long, or holding characters no case
    /// system prints. At least one digit is required.
    /// </summary>
    public static CaseNumber? From(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !Plausible().IsMatch(trimmed) || !trimmed.Any(char.IsDigit))
            return null;
        return new CaseNumber(trimmed, KleNumber.TryParse(trimmed, out var kle) ? kle : null);
    }

    /// <summary>The KLE main group ("00", "27") of a KLE number, else null.</summary>
    public string? MainGroup => Kle?.MainGroup;

    public override string ToString() => Text;
}

/// <summary>
/// A case number in KLE form, "00.01.00-A30-10-25": KLE subject 00.01.00 (main group 00, group 01, subject 00),
/// handling facet A30, serial number 10 and the two-digit year 25 (2025) in which the case was opened.
/// </summary>
/// <remarks>
/// Cannot hold an invalid value: the constructor checks every part, and <see cref="TryParse"/> is the only way from
/// text. The default value is not a KLE number (its <see cref="Subject"/> is null). Equality is by the parts.
/// </remarks>
public readonly partial record struct KleNumber
{
    public string Subject { get; }
    public string Facet { get; }
    public int Serial { get; }
    public int Year { get; }

    public KleNumber(string subject, string facet, int serial, int year)
    {
        if (!SubjectPattern().IsMatch(subject ?? ""))
            throw new ArgumentException($"\"{subject}\" is not a KLE subject (NN.NN.NN)", nameof(subject));
        if (!FacetPattern().IsMatch(facet ?? ""))
            throw new ArgumentException($"\"{facet}\" is not a KLE handling facet (a letter and two digits)", nameof(facet));
        if (serial is < 0 or > 99999)
            throw new ArgumentOutOfRangeException(nameof(serial), "the serial number runs from 0 to 99999");
        if (year is < 1970 or > 2069)
            throw new ArgumentOutOfRangeException(nameof(year), "the year runs from 1970 to 2069");
        (Subject, Facet, Serial, Year) = (subject!, facet!, serial, year);
    }

    public string MainGroup => Subject[..2];
    public string Group => Subject[..5];

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}$")]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"^[A-ZÆØÅ]\d{2}$")]
    private static partial Regex FacetPattern();

    [GeneratedRegex(@"^(?<subject>\d{2}\.\d{2}\.\d{2})-(?<facet>[A-ZÆØÅ]\d{2})-(?<serial>\d{1,5})-(?<year>\d{2})$")]
    private static partial Regex Pattern();

    /// <summary>Reads "00.01.00-A30-10-25"; false for anything else.</summary>
    public static bool TryParse(string text, out KleNumber number)
    {
        number = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        var shortYear = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        number = new KleNumber(match.Groups["subject"].Value, match.Groups["facet"].Value,
            int.Parse(match.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture),
            shortYear < 70 ? 2000 + shortYear : 1900 + shortYear);
        return true;
    }

    public override string ToString() => $"{Subject}-{Facet}-{Serial}-{Year % 100:00}";
}
