using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2014-05-10", "2024-05-09", 9)]
    [InlineData("2014-05-10", "2024-05-10", 10)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2008-02-29", "2028-02-28", 19)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2024-06-01", "2024-05-01", 0)]
    public void On_R40_AgeTurnsOnTheBirthDateClampedToMonthEnd(string born, string day, int expected)
    {
        Assert.Equal(expected, Age.On(DateOnly.Parse(born), DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2024-12-31T22:59:00Z", "2024-12-31")]
    [InlineData("2024-12-31T23:00:00Z", "2025-01-01")]
    [InlineData("2024-06-30T21:59:00Z", "2024-06-30")]
    [InlineData("2024-06-30T22:00:00Z", "2024-07-01")]
    public void OsloDate_R01_TheDayIsOslosNotUtcs(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), OsloDate.Of(DateTimeOffset.Parse(instant)));
    }
}
