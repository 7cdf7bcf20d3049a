using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Tests.Scheduling.Time;

public sealed class CalendarDurationTests
{
    [Theory]
    [InlineData("P7D", 0, 0, 0, 7, 0, 0)]
    [InlineData("P3M", 0, 3, 0, 0, 0, 0)]
    [InlineData("PT24H", 0, 0, 0, 0, 0, 24)]
    [InlineData("P1Y6M", 1, 6, 0, 0, 0, 0)]
    [InlineData("P2W", 0, 0, 2, 0, 0, 0)]
    [InlineData("7 dager", 0, 0, 0, 7, 0, 0)]
    [InlineData("1 dag", 0, 0, 0, 1, 0, 0)]
    [InlineData("3 måneder", 0, 3, 0, 0, 0, 0)]
    [InlineData("10 virkedager", 0, 0, 0, 0, 10, 0)]
    [InlineData("2 uker", 0, 0, 2, 0, 0, 0)]
    [InlineData("1 år", 1, 0, 0, 0, 0, 0)]
    [InlineData("24 timer", 0, 0, 0, 0, 0, 24)]
    [InlineData("17 år og 6 måneder", 17, 6, 0, 0, 0, 0)]
    [InlineData(" 3 Måneder ", 0, 3, 0, 0, 0, 0)]
    public void TryParse_IsoOrNorwegianText_ReadsEveryPart(string text, int years, int months, int weeks, int days, int workingDays, int hours)
    {
        Assert.True(CalendarDuration.TryParse(text, out var duration));

        Assert.Equal((years, months, weeks, days, workingDays, hours), (duration.Years, duration.Months, duration.Weeks, duration.Days, duration.WorkingDays, duration.Hours));
    }

    [Theory]
    [InlineData("")]
    [InlineData("syv dager")]
    [InlineData("7")]
    [InlineData("7 dgr")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P0D")]
    [InlineData("P1.5D")]
    [InlineData("-3 dager")]
    [InlineData("7 dager og noe")]
    [InlineData("P7X")]
    public void Parse_NotADuration_IsRefusedWithAClearMessage(string text)
    {
        var error = Assert.Throws<FormatException>(() => CalendarDuration.Parse(text));

        Assert.Contains("Ugyldig varighet", error.Message);
        Assert.Contains("Invalid duration", error.Message);
        Assert.Contains("«7 dager»", error.Message);
    }
}
