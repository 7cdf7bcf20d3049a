using Velferd.Workflows.Studio.Cases;
using static Velferd.Workflows.Tests.Studio.StudioAnswers;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class CaseTaskRowTests
{
    [Fact]
    public void Of_MineAndTheTeamsTasks_EachOnceEarliestDueFirstWithWhoHoldsIt()
    {
        var due = new DateTimeOffset(2027, 1, 14, 8, 0, 0, TimeSpan.Zero);
        var mine = Task("t1", assignedTo: "ola", dueAt: due.AddDays(2));
        var unclaimed = Task("t2", dueAt: due);
        var colleagues = Task("t3", assignedTo: "siri");

        var rows = CaseTaskRow.Of([mine, unclaimed, colleagues, mine], "ola");

        Assert.Equal(["t2", "t1", "t3"], rows.Select(r => r.Id));
        Assert.Equal(["Ledig i team tit-sentrum", "Deg", "siri"], rows.Select(r => r.Holder));
        Assert.Equal("Ingen frist", rows[2].Due);
        Assert.Equal("14.01.2027 09:00", rows[0].Due);
    }
}
