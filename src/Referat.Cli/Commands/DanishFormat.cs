using System.Globalization;
using Referat.Domain;

namespace Referat.Cli.Commands;

/// <summary>Danish formats for the console: "9. marts 2026". The enumerations' names are <see cref="DanishNames"/>'.</summary>
internal static class DanishFormat
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateOnly? date) => date?.ToString("d. MMMM yyyy", Danish) ?? "";
}
