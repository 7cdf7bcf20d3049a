namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// Checks a Norwegian fødselsnummer or D-number by its check digits (DOMAIN.md R-57): 11 digits, day 01–31 (41–71 for
/// a D-number), month 01–12 (81–92 for the synthetic test numbers of non-production systems).
/// </summary>
/// <remarks>Kept small and alone so it can be replaced when Skatteetaten changes the scheme.</remarks>
public static class NorwegianIdentityNumber
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>True when <paramref name="value"/> is a well-formed number with valid check digits.</summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 11 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = value.Select(c => c - '0').ToArray();
        var day = (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        if (day > 40)
        {
            day -= 40;
        }

        if (month > 80)
        {
            month -= 80;
        }

        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        return CheckDigit(digits, FirstWeights) == digits[9] && CheckDigit(digits, SecondWeights) == digits[10];
    }

    private static int CheckDigit(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }
}
