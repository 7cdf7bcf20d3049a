using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Identity;

namespace Velferd.Workflows.Tests.Activities;

public sealed class IdentityNumberValidatorTests
{
    [Theory]
    [InlineData("10858540068", true, true)]   // synthetic (month + 80), allowed
    [InlineData("10858540068", false, false)] // synthetic, production
    [InlineData("14831650010", true, true)]   // synthetic: the simulator's seeded child (month 03 + 80)
    [InlineData("50058540096", false, true)]  // D-number (day + 40)
    [InlineData("12345678901", true, false)]  // AS-09: bad check digits
    [InlineData("1085854006", true, false)]   // 10 digits
    [InlineData("1085854006x", true, false)]
    [InlineData("32058540000", true, false)]  // day 32
    [InlineData(null, true, false)]
    public void IsValid_Number_FollowsR57(string? number, bool allowSynthetic, bool expected)
    {
        var validator = new ModulusElevenIdentityNumberValidator(Options.Create(new IdentityNumberOptions { AllowSyntheticNumbers = allowSynthetic }));

        var valid = validator.IsValid(number);

        Assert.Equal(expected, valid);
    }
}
