using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Activities.Identity;

/// <summary>
/// DOMAIN.md R-57: 11 digits d1..d9 k1 k2; k1 = 11 − (Σ 3 7 6 1 8 9 4 5 2 × d1..d9) mod 11, k2 = 11 − (Σ 5 4 3 2 7 6
/// 5 4 3 2 × d1..d9 k1) mod 11, where 11 → 0 and 10 is invalid; day 01–31 (41–71 for a D-number), month 01–12
/// (81–92 for synthetic test numbers, when allowed).
/// </summary>
public sealed class ModulusElevenIdentityNumberValidator(IOptions<IdentityNumberOptions> options) : IIdentityNumberValidator
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <inheritdoc />
    public bool IsValid(string? value)
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

        if (month > 80 && options.Value.AllowSyntheticNumbers)
        {
            month -= 80;
        }

        return day is >= 1 and <= 31
            && month is >= 1 and <= 12
            && CheckDigit(digits, FirstWeights) == digits[9]
            && CheckDigit(digits, SecondWeights) == digits[10];
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
