using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class MeetingRowTests
{
    private static readonly DateTimeOffset At = new(2027, 1, 14, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Of_MeetingsInEveryStatus_SoonestFirstAndOnlyAPlannedOneCanBeCancelled()
    {
        var rows = MeetingRow.Of([Meeting("held", At.AddDays(-3), "gjennomført"), Meeting("planned", At, "planlagt"), Meeting("off", At.AddDays(-1), "avlyst")], At.AddDays(-4));

        Assert.Equal(["held", "off", "planned"], rows.Select(r => r.Id));
        Assert.Equal(["Gjennomført", "Avlyst", "Planlagt"], rows.Select(r => r.Status));
        Assert.Equal([false, false, true], rows.Select(r => r.CanCancel));
        Assert.Equal([false, false, false], rows.Select(r => r.CanRecord));
        Assert.Equal("14.01.2027 09:30", rows[2].At);
        Assert.Equal("ola (helse)", rows[2].Participants);
    }

    [Fact]
    public void Of_APlannedMeetingWhoseTimeHasCome_CanBeRecordedAsHeld_AndOneStillAheadCannot()
    {
        var rows = MeetingRow.Of([Meeting("past", At.AddHours(-1), "planlagt"), Meeting("now", At, "planlagt"), Meeting("ahead", At.AddMinutes(1), "planlagt"), Meeting("off", At.AddDays(-1), "avlyst")], At);

        Assert.Equal(["off", "past", "now", "ahead"], rows.Select(r => r.Id));
        Assert.Equal([false, true, true, false], rows.Select(r => r.CanRecord));
        Assert.Equal([false, true, true, true], rows.Select(r => r.CanCancel));
    }

    private static MeetingAnswer Meeting(string id, DateTimeOffset at, string status) =>
        new(id, "sak-1", at, ["helse"], ["helse"], [new("ola", "helse")], status, at.AddDays(-7), "tone.koordinator", null);
}
