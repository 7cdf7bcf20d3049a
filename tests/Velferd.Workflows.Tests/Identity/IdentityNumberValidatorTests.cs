using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Testing.Identity;

namespace Velferd.Workflows.Tests.Identity;

public sealed class IdentityNumberValidatorTests
{
    [Theory]
    [InlineData("10858540068", true, true)]   // synthetic (month + 80), allowed
    [InlineData("10858540068", false, false)] // synthetic, production
    [InlineData("14831650010", true, true)]   // synthetic: the simulator's seeded child (month 03 + 80)
    [InlineData("01810100016", true, true)]   // synthetic, the task form's example
    [InlineData("50058540096", false, true)]  // D-number (day + 40)
    [InlineData("01010100050", false, true)]
    [InlineData("41010100044", false, true)]  // D-number
    [InlineData("12345678901", true, false)]  // AS-09: bad check digits
    [InlineData("01010100051", false, false)] // second check digit wrong
    [InlineData("01130100089", false, false)] // month 13
    [InlineData("1085854006", true, false)]   // 10 digits
    [InlineData("1085854006x", true, false)]
    [InlineData("0101010005a", false, false)]
    [InlineData("32058540000", true, false)]  // day 32
    [InlineData("", false, false)]
    [InlineData(null, true, false)]
    public void IsValid_Number_FollowsR57(string? number, bool allowSynthetic, bool expected)
    {
        var validator = TestIdentityNumbers.Validator(allowSynthetic);

        var valid = validator.IsValid(number);

        Assert.Equal(expected, valid);
    }

    [Theory]
    [InlineData("01010100050", IdentityNumberKind.Fodselsnummer, false)]
    [InlineData("50058540096", IdentityNumberKind.DNumber, false)]
    [InlineData("14831650010", IdentityNumberKind.Fodselsnummer, true)]
    public void Check_ValidNumber_SaysWhichKind(string number, IdentityNumberKind kind, bool synthetic)
    {
        var check = TestIdentityNumbers.Validator(allowSyntheticNumbers: true).Check(number);

        Assert.Equal(new IdentityNumberCheck(kind, synthetic, null), check);
    }

    [Theory]
    [InlineData(null, false, IdentityNumberProblem.Missing)]
    [InlineData("0101010005", false, IdentityNumberProblem.NotElevenDigits)]
    [InlineData("32058540000", true, IdentityNumberProblem.InvalidDate)]
    [InlineData("01130100089", true, IdentityNumberProblem.InvalidDate)]
    [InlineData("10858540068", false, IdentityNumberProblem.SyntheticNotAllowed)]
    [InlineData("01010100051", true, IdentityNumberProblem.CheckDigits)]
    public void Check_InvalidNumber_SaysWhy(string? number, bool allowSynthetic, IdentityNumberProblem problem)
    {
        var check = TestIdentityNumbers.Validator(allowSynthetic).Check(number);

        Assert.Equal(IdentityNumberCheck.Invalid(problem), check);
        Assert.False(check.IsValid);
    }
}
