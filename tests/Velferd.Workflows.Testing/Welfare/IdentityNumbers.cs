namespace Velferd.Workflows.Testing.Welfare;

/// <summary>
/// Makes synthetic identity numbers with valid check digits (DOMAIN.md R-57) for tests. The date in the digits is
/// chosen freely: ages come from the birth date Folkeregisteret gives, never from these digits.
/// </summary>
public static class IdentityNumbers
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>A fødselsnummer with <paramref name="day"/>'s date in its digits; <paramref name="serial"/> picks one of many.</summary>
    public static string Fnr(DateOnly day, int serial = 0) => Make(day.Day, day, serial);

    /// <summary>A D-number (day + 40).</summary>
    public static string Dnr(DateOnly day, int serial = 0) => Make(day.Day + 40, day, serial);

    /// <summary><paramref name="valid"/> with its last check digit changed, so R-57 fails.</summary>
    public static string WithBadCheckDigit(string valid) => valid[..10] + (char)('0' + ((valid[10] - '0' + 1) % 10));

    private static string Make(int dayPart, DateOnly day, int serial)
    {
        for (var individual = 100 + serial; ; individual++)
        {
            var body = $"{dayPart:00}{day.Month:00}{day.Year % 100:00}{individual % 1000:000}";
            var digits = body.Select(c => c - '0').ToList();
            var k1 = Check(digits, FirstWeights);
            if (k1 < 0)
            {
                continue;
            }

            digits.Add(k1);
            var k2 = Check(digits, SecondWeights);
            if (k2 >= 0)
            {
                return body + k1 + k2;
            }
        }
    }

    private static int Check(List<int> digits, int[] weights)
    {
        var check = 11 - (weights.Select((w, i) => w * digits[i]).Sum() % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
