using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Tests.HumanTasks;

public sealed class TaskDueTests
{
    [Fact]
    public void Resolve_DaysAcrossTheSpringDstChange_KeepsTheOsloWallClockTime()
    {
        var friday = new DateTimeOffset(2024, 3, 29, 15, 0, 0, TimeSpan.FromHours(1));

        var (due, error) = TaskDue.Resolve("P7D", friday);

        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(2024, 4, 5, 15, 0, 0, TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void Resolve_Hours_AreElapsedTime()
    {
        var now = new DateTimeOffset(2024, 3, 30, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddHours(4), TaskDue.Resolve("PT4H", now).DueAt);
    }

    [Fact]
    public void Resolve_ADate_IsDueThatWholeDayInOslo()
    {
        var (due, _) = TaskDue.Resolve("2024-05-17", DateTimeOffset.UnixEpoch);

        Assert.Equal(new DateTimeOffset(2024, 5, 18, 0, 0, 0, TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void Resolve_Nonsense_ExplainsTheAcceptedForms()
    {
        var (due, error) = TaskDue.Resolve("neste uke", DateTimeOffset.UnixEpoch);

        Assert.Null(due);
        Assert.Contains("ISO-8601 period", error, StringComparison.Ordinal);
    }
}
