using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Core.Identity;

/// <summary>
/// DOMAIN.md R-57: 11 digits d1..d9 k1 k2; k1 = 11 − (Σ 3 7 6 1 8 9 4 5 2 × d1..d9) mod 11, k2 = 11 − (Σ 5 4 3 2 7 6
/// 5 4 3 2 × d1..d9 k1) mod 11, where 11 → 0 and 10 is invalid; day 01–31 (41–71 for a D-number), month 01–12
/// (81–92 for synthetic test numbers, when <see cref="IdentityNumberOptions.AllowSyntheticNumbers"/>).
/// </summary>
public sealed class ModulusElevenIdentityNumberValidator(IOptions<IdentityNumberOptions> options) : IIdentityNumberValidator
{
    private const int DNumberDayOffset = 40;
    private const int SyntheticMonthOffset = 80;
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <inheritdoc />
    public bool IsValid(string? value) => Check(value).IsValid;

    /// <inheritdoc />
    public IdentityNumberCheck Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return IdentityNumberCheck.Invalid(IdentityNumberProblem.Missing);
        }

        if (value.Length != 11 || !value.All(char.IsAsciiDigit))
        {
            return IdentityNumberCheck.Invalid(IdentityNumberProblem.NotElevenDigits);
        }

        var digits = value.Select(c => c - '0').ToArray();
        var day = (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        var kind = day > DNumberDayOffset ? IdentityNumberKind.DNumber : IdentityNumberKind.Fodselsnummer;
        var synthetic = month > SyntheticMonthOffset;
        day -= kind == IdentityNumberKind.DNumber ? DNumberDayOffset : 0;
        month -= synthetic ? SyntheticMonthOffset : 0;
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return IdentityNumberCheck.Invalid(IdentityNumberProblem.InvalidDate);
        }

        if (synthetic && !options.Value.AllowSyntheticNumbers)
        {
            return IdentityNumberCheck.Invalid(IdentityNumberProblem.SyntheticNotAllowed);
        }

        return CheckDigit(digits, FirstWeights) == digits[9] && CheckDigit(digits, SecondWeights) == digits[10]
            ? IdentityNumberCheck.Valid(kind, synthetic)
            : IdentityNumberCheck.Invalid(IdentityNumberProblem.CheckDigits);
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
