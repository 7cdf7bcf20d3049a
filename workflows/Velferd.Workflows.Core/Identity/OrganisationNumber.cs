namespace Velferd.Workflows.Core.Identity;

/// <summary>Checks a Norwegian organisation number: 9 digits with a modulus 11 check digit (weights 3 2 7 6 5 4 3 2).</summary>
public static class OrganisationNumber
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>True when <paramref name="value"/> is 9 digits with a valid check digit.</summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 9 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => value[8] == '0',
            10 => false,
            _ => value[8] - '0' == check,
        };
    }
}
