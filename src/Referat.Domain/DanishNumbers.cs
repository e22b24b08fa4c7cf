using System.Globalization;
using System.Text.RegularExpressions;

namespace Referat.Domain;

/// <summary>Danish number formats: "1.713", "-2,9", "0,8%", "+30", "−370", "63.825 kr.".</summary>
public static partial class DanishNumbers
{
    [GeneratedRegex(@"^(?<sign>[-+−–])?\s*(?<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<frac>\d+))?\s*(?:%|pct\.?|kr\.?|mio\.?\s*kr\.?|t\.\s*kr\.?)?$")]
    private static partial Regex Number();

    public static decimal? Parse(string text)
    {
        var match = Number().Match(text.Trim());
        if (!match.Success)
            return null;
        var digits = match.Groups["int"].Value.Replace(".", "");
        if (match.Groups["frac"].Success)
            digits += "." + match.Groups["frac"].Value;
        var value = decimal.Parse(digits, CultureInfo.InvariantCulture);
        return match.Groups["sign"].Success && match.Groups["sign"].Value != "+" ? -value : value;
    }

    /// <summary>Formats an amount the Danish way: 1713 → "1.713", -2.9 → "-2,9".</summary>
    public static string Format(decimal value) => value.ToString("#,##0.##", Danish);

    /// <summary>An amount in kroner as a reader of budgets expects it: 1.713.000 → "1.713 t. kr.", from ten million
    /// in millions with one decimal: -12.900.000 → "-12,9 mio. kr.".</summary>
    public static string Amount(long kr) => Math.Abs(kr) >= 10_000_000
        ? Format(Math.Round(kr / 1_000_000m, 1)) + " mio. kr."
        : Format(Math.Round(kr / 1_000m, 0)) + " t. kr.";

    /// <summary>Whole kroner: 63824.6 → "63.825 kr.".</summary>
    public static string WholeKroner(decimal kr) => Format(Math.Round(kr, MidpointRounding.AwayFromZero)) + " kr.";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
}
