using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Tests.HumanTasks;

public sealed class NorwegianIdentityNumberTests
{
    [Theory]
    [InlineData("01010100050", true)]
    [InlineData("41010100044", true)]
    [InlineData("01810100016", true)]
    [InlineData("01010100051", false)]
    [InlineData("01130100089", false)]
    [InlineData("0101010005a", false)]
    [InlineData("", false)]
    public void IsValid_ChecksLengthDateAndBothCheckDigits(string number, bool valid) =>
        Assert.Equal(valid, NorwegianIdentityNumber.IsValid(number));
}
