using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Tests.Runtime;

public sealed class WorkerPassesTests
{
    [Fact]
    public void Next_TakenBeforeAPassEnds_CompletesWhenItEnds()
    {
        var passes = new WorkerPasses();
        var next = passes.Next;

        var before = next.IsCompleted;
        passes.Completed();

        Assert.False(before);
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public void Next_TakenAfterAPassEnded_WaitsForTheFollowingPass()
    {
        var passes = new WorkerPasses();
        passes.Completed();

        var next = passes.Next;

        Assert.False(next.IsCompleted);
        passes.Completed();
        Assert.True(next.IsCompletedSuccessfully);
    }
}
