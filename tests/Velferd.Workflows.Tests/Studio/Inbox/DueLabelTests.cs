using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Tests.Studio.Inbox;

public sealed class DueLabelTests
{
    // 12:00 Oslo time (winter, UTC+1) on Friday 4 December 2026.
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, DueState.None, "Ingen frist")]
    [InlineData(-0.5, DueState.Overdue, "Forfalt i dag")]
    [InlineData(-24.0, DueState.Overdue, "Forfalt i går")]
    [InlineData(-72.0, DueState.Overdue, "Forfalt for 3 dager siden")]
    [InlineData(0.0, DueState.Overdue, "Forfalt i dag")]
    [InlineData(2.0, DueState.Soon, "Frist i dag")]
    [InlineData(14.0, DueState.Soon, "Frist i morgen")]
    [InlineData(47.0, DueState.Soon, "2 dager igjen")]
    [InlineData(49.0, DueState.Later, "2 dager igjen")]
    [InlineData(24.0 * 10, DueState.Later, "10 dager igjen")]
    public void Of_DueInHours_GivesStateAndText(double? hoursFromNow, DueState expectedState, string expectedText)
    {
        DateTimeOffset? due = hoursFromNow is { } hours ? Now.AddHours(hours) : null;

        var label = DueLabel.Of(due, Now);

        Assert.Equal(expectedState, label.State);
        Assert.Equal(expectedText, label.Text);
    }

    [Fact]
    public void Of_LateEveningInOslo_CountsOsloCalendarDays()
    {
        var lateEvening = new DateTimeOffset(2026, 12, 4, 22, 30, 0, TimeSpan.Zero); // 23:30 in Oslo
        var nextMorning = new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero);   // 08:00 in Oslo

        var label = DueLabel.Of(nextMorning, lateEvening);

        Assert.Equal("Frist i morgen", label.Text);
    }

    [Fact]
    public void Of_HostSaysOverdue_IsOverdueEvenIfThisClockIsBehind()
    {
        var label = DueLabel.Of(Now.AddDays(3), Now, hostSaysOverdue: true);

        Assert.Equal(DueState.Overdue, label.State);
        Assert.Equal("Forfalt", label.Text);
    }

    [Fact]
    public void Format_DueTime_IsOsloLocalInNorwegianFormat()
    {
        Assert.Equal("04.12.2026 12:00", DueLabel.Format(Now));
        Assert.Equal("", DueLabel.Format(null));
    }
}
