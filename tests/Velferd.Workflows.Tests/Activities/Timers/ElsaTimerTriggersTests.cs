using Velferd.Workflows.Activities.Timers;

namespace Velferd.Workflows.Tests.Activities.Timers;

/// <summary>The schedules of Elsa's timer triggers: cron on the Oslo clock, an interval's rhythm, a one-off instant.</summary>
public sealed class ElsaTimerTriggersTests
{
    private static readonly ElsaTimerTriggers Triggers = new();

    [Theory]
    [InlineData("0 8 * * 1-5", "0 0 8 ? * 2,3,4,5,6")]
    [InlineData("0 8 * * 0,6", "0 0 8 ? * 1,7")]
    [InlineData("0 8 * * 5-7", "0 0 8 ? * 6,7,1")]
    [InlineData("*/15 * * * *", "0 */15 * * * ?")]
    [InlineData("30 6 1 * *", "0 30 6 1 * ?")]
    [InlineData("0 0 8 ? * MON-FRI", "0 0 8 ? * MON-FRI")]
    [InlineData("15 0 8 * * mon", "15 0 8 ? * MON")]
    public void Parse_UnixOrQuartzCron_BecomesQuartzWithSundayAsOne(string cron, string quartz)
    {
        var (schedule, problem) = CronSchedule.Parse(cron);

        Assert.Null(problem);
        Assert.Equal(quartz, schedule!.QuartzExpression);
    }

    [Theory]
    [InlineData("0 8 1 * 1", "enten dag i måneden eller ukedag")]
    [InlineData("0 8 * *", "fem felt")]
    [InlineData("0 8 * * 1/2", "Ukedagen «1/2»")]
    [InlineData("0 25 * * *", "ikke et gyldig cron-uttrykk")]
    public void Parse_Unreadable_SaysWhyInNorwegian(string cron, string expected)
    {
        var (schedule, problem) = CronSchedule.Parse(cron);

        Assert.Null(schedule);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-15T10:00:00Z", "2027-01-18T07:00:00Z")] // Friday after 08:00 CET → Monday 08:00 CET
    [InlineData("2027-06-11T10:00:00Z", "2027-06-14T06:00:00Z")] // summer: 08:00 CEST is 06:00 UTC
    public void Next_Cron_IsTheNextOccurrenceOnTheOsloClock(string now, string expected)
    {
        var next = Triggers.Next("cron:0 0 8 ? * MON-FRI", null, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Next_IntervalAfterALongStop_KeepsTheRhythmWithoutCatchingUp()
    {
        var last = new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

        var afterOne = Triggers.Next("interval:00:15:00", last, last);
        var afterStop = Triggers.Next("interval:00:15:00", last, last.AddMinutes(50));

        Assert.Equal(last.AddMinutes(15), afterOne);
        Assert.Equal(last.AddMinutes(60), afterStop);
    }

    [Fact]
    public void Next_StartAt_FiresOnceAndAtOnceWhenAlreadyPassed()
    {
        var now = new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddHours(1), Triggers.Next("at:2027-01-04T09:00:00.0000000+00:00", null, now));
        Assert.Equal(now, Triggers.Next("at:2027-01-04T07:00:00.0000000+00:00", null, now));
        Assert.Null(Triggers.Next("at:2027-01-04T09:00:00.0000000+00:00", now.AddHours(1), now.AddHours(1)));
    }
}
