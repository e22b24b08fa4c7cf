namespace Referat.Domain;

/// <summary>
/// The days a municipality does not meet: the public holidays (helligdage) of Denmark, Grundlovsdag, and the days
/// around Christmas and New Year that town halls close.
/// </summary>
public static class DanishHolidays
{
    public static IReadOnlyList<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new DateOnly(year, 1, 1),
            easter.AddDays(-3), easter.AddDays(-2), easter, easter.AddDays(1),   // skærtorsdag, langfredag, påske
            easter.AddDays(39),                                                   // Kristi himmelfartsdag
            easter.AddDays(49), easter.AddDays(50),                               // pinse
            new DateOnly(year, 6, 5),                                             // grundlovsdag
            new DateOnly(year, 12, 24), new DateOnly(year, 12, 25), new DateOnly(year, 12, 26), new DateOnly(year, 12, 31),
        ];
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
