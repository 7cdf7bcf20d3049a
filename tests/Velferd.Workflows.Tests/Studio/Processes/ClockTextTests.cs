using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Processes;

namespace Velferd.Workflows.Tests.Studio.Processes;

public sealed class ClockTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 15, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "15.12.2026 09:00")]
    [InlineData(11 * 24, "15.12.2026 09:00 (11 dager fram)")]
    [InlineData(24, "15.12.2026 09:00 (1 dag fram)")]
    [InlineData(-48, "15.12.2026 09:00 (2 dager tilbake)")]
    [InlineData(-24, "15.12.2026 09:00 (1 dag tilbake)")]
    [InlineData(3, "15.12.2026 09:00 (under ett døgn fram)")]
    [InlineData(-3, "15.12.2026 09:00 (under ett døgn tilbake)")]
    public void Of_Offset_SaysTheHostsTimeAndHowFarItIsMoved(int offsetHours, string expected)
    {
        Assert.Equal(expected, ClockText.Of(new ClockAnswer(Now, TimeSpan.FromHours(offsetHours))));
    }

    [Theory]
    [InlineData(-40, true)]
    [InlineData(59_000, true)]
    [InlineData(-61_000, false)]
    public void IsAtWallClock_AResetsFewMillisecondsBehind_CountsAsNotMoved(int offsetMilliseconds, bool expected)
    {
        var clock = new ClockAnswer(Now, TimeSpan.FromMilliseconds(offsetMilliseconds));

        Assert.Equal(expected, ClockText.IsAtWallClock(clock));
        Assert.Equal(expected, ClockText.Of(clock) == "15.12.2026 09:00");
    }

    [Fact]
    public void Moved_Move_SaysTheNewTimeAndTheStepsThatFired()
    {
        var move = new ClockMoveAnswer(Now.AddDays(-7), Now, TimeSpan.FromDays(7), FiredSteps: 3, Settled: true);

        Assert.Equal("Klokka er nå 15.12.2026 09:00. 3 frister og tidsstyrte steg gikk.", ClockText.Moved(move));
    }
}
