using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Stimuli;

public sealed class StimulusDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_SameIdempotencyKeyTwice_StartsOneInstance()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("x").Activity("start", "Elsa.Start").Build(), Ct);
        await using var scope = host.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();

        var first = await engine.StartAsync(new StartRequest(definition.DefinitionId, IdempotencyKey: "skjema-17"), Ct);
        var second = await engine.StartAsync(new StartRequest(definition.DefinitionId, IdempotencyKey: "skjema-17"), Ct);

        Assert.Equal(first.InstanceId, second.InstanceId);
    }

    [Fact]
    public async Task ClaimedStimulus_WhoseDispatcherDied_IsProcessedByAnotherAfterTheLease()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("x")
            .Activity("start", "Elsa.Start").Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("E"))).Chain("start", "wait").Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);
        var queue = host.Services.CreateScope().ServiceProvider.GetRequiredService<IStimulusQueue>();
        var now = host.Clock.GetUtcNow();
        await queue.EnqueueAsync(new Stimulus { Id = "s1", Kind = StimulusKind.Signal, IdempotencyKey = "k1", EventName = "E", CorrelationId = "sak", CreatedAt = now, AvailableAt = now }, Ct);
        var dead = await queue.ClaimAsync("dead-node", 10, TimeSpan.FromSeconds(30), now, null, Ct);

        await host.RunUntilIdleAsync(Ct);
        var stillWaiting = (await host.GetInstanceAsync(id, Ct)).SubStatus;
        await host.AdvanceTimeAsync(TimeSpan.FromSeconds(31), Ct);

        Assert.Single(dead);
        Assert.Equal(WorkflowSubStatus.Suspended, stillWaiting);
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
        Assert.Equal(StimulusStatus.Done, (await queue.FindAsync("s1", Ct))!.Status);
    }

    [Fact]
    public async Task TwoConcurrentStimuliToOneInstance_BothApplyExactlyOnce()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Parallelt")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("a", "Elsa.Event", ("eventName", Expr.Literal("A")))
            .Activity("b", "Elsa.Event", ("eventName", Expr.Literal("B")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
            .Activity("end", "Elsa.WriteLine")
            .Chain("start", "fork")
            .Connect("fork", "a", "A").Connect("fork", "b", "B").Connect("a", "join").Connect("b", "join").Connect("join", "end")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);
        var instance = await host.GetInstanceAsync(id, Ct);
        var queue = host.Services.CreateScope().ServiceProvider.GetRequiredService<IStimulusQueue>();
        var now = host.Clock.GetUtcNow();
        foreach (var bookmark in instance.State.Bookmarks)
        {
            await queue.EnqueueAsync(new Stimulus { Id = bookmark.Id + "-s", Kind = StimulusKind.Resume, IdempotencyKey = bookmark.Id, WorkflowInstanceId = id, BookmarkId = bookmark.Id, CreatedAt = now, AvailableAt = now }, Ct);
        }

        // Both stimuli are claimed in one batch and applied in parallel; the loser of the race retries.
        await host.RunUntilIdleAsync(Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "a" && r.Resumed);
        Assert.Single(log, r => r.ActivityId == "b" && r.Resumed);
        Assert.Single(log, r => r.ActivityId == "end");
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }
}
