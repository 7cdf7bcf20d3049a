using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Tests.Studio.Inbox;

public sealed class InboxRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Open", null, "tit-sentrum", true, false, "Ingen")]
    [InlineData("Claimed", "ola", "tit-sentrum", false, true, "ola")]
    [InlineData("Claimed", "siri", "tit-sentrum", false, false, "siri")]
    [InlineData("Claimed", "ola", null, false, false, "ola")]
    public void From_StatusAndHolder_DecidesTheActions(string status, string? holder, string? team, bool canClaim, bool canRelease, string shownHolder)
    {
        var row = InboxRow.From(StudioAnswers.Task(status: status, assignedTo: holder, team: team), "ola", Now);

        Assert.Equal(canClaim, row.CanClaim);
        Assert.Equal(canRelease, row.CanRelease);
        Assert.Equal(shownHolder, row.Holder);
    }

    [Theory]
    [InlineData("Low", "Lav")]
    [InlineData("Normal", "Normal")]
    [InlineData("High", "Høy")]
    [InlineData("Urgent", "Haster")]
    public void PriorityName_Priority_IsBokmal(string priority, string expected) =>
        Assert.Equal(expected, InboxRow.PriorityName(priority));

    [Fact]
    public void From_OverdueTask_IsColouredOverdue()
    {
        var row = InboxRow.From(StudioAnswers.Task(dueAt: Now.AddDays(-2), isOverdue: true), "ola", Now);

        Assert.Equal(DueState.Overdue, row.Due.State);
        Assert.Equal("04.12.2026 12:00".Replace("04", "02", StringComparison.Ordinal), row.DueAt);
    }
}
