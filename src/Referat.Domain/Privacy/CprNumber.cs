namespace Referat.Domain;

/// <summary>
/// The CPR number's own rules: DDMMYY and a four-digit serial whose first digit gives the century (the CPR office's
/// table), so that the date must exist. The modulus-11 check is only an extra sign: numbers issued since 2007 need not
/// pass it.
/// </summary>
public static class CprNumber
{
    /// <summary>The birth date the ten digits give, or null when they name no real date.</summary>
    public static DateOnly? BirthDate(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || !AllDigits(digits))
            return null;
        var day = Two(digits, 0);
        var month = Two(digits, 2);
        var year = Two(digits, 4);
        var century = Century(digits[6] - '0', year);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(century + year, month))
            return null;
        return new DateOnly(century + year, month, day);
    }

    /// <summary>Whether the weighted digit sum (4 3 2 7 6 5 4 3 2 1) is divisible by 11.</summary>
    public static bool PassesModulus11(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        var sum = 0;
        for (var i = 0; i < 10; i++)
            sum += (digits[i] - '0') * weights[i];
        return sum % 11 == 0;
    }

    private static int Century(int serialDigit, int year) => serialDigit switch
    {
        <= 3 => 1900,
        4 or 9 => year <= 36 ? 2000 : 1900,
        _ => year <= 57 ? 2000 : 1800,
    };

    private static int Two(ReadOnlySpan<char> digits, int at) => (digits[at] - '0') * 10 + digits[at + 1] - '0';

    private static bool AllDigits(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
            if (c is < '0' or > '9')
                return false;
        return true;
    }
}
