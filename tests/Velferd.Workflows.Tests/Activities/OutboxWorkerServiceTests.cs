using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities;

public sealed class OutboxWorkerServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_BurstCommitsAnOutboxMessage_SendsItWithoutWaitingForThePoll()
    {
        await using var services = ServiceActivityHost.Create();
        var archived = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        services.Arkiv.Setup(c => c.CreateJournalEntryAsync(It.IsAny<JournalEntry>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<JournalEntry, string, CancellationToken>((entry, _, _) => archived.TrySetResult(entry.CaseId))
            .ReturnsAsync("jp-1");
        var definitionId = await services.PublishSingleAsync("Velferd.Arkiv.Journalfor", ["Done"], ("caseId", Expr.Literal("sak-9")), ("entryType", Expr.Literal("N")));
        var passes = new WorkerPasses();
        // An hour's poll on a clock that never moves: only the wake-up can make the worker send.
        using var worker = new OutboxWorkerService(
            services.Host.Services.GetRequiredService<OutboxDispatcher>(),
            services.Host.Services.GetRequiredService<OutboxWakeUp>(),
            passes,
            Options.Create(new OutboxOptions { PollInterval = TimeSpan.FromHours(1) }),
            services.Host.Clock,
            NullLogger<OutboxWorkerService>.Instance);
        await worker.StartAsync(Ct);

        var sentPass = passes.Next;
        await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        var caseId = await archived.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        // The worker announces the end of each pass: what tests await instead of polling.
        await sentPass.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        await worker.StopAsync(Ct);
        Assert.Equal("sak-9", caseId);
    }

    [Fact]
    public async Task ProcessAvailable_NodeStopsMidCall_HandsTheMessageBackUncounted_AndAnotherNodeSendsItAtOnce()
    {
        await using var services = ServiceActivityHost.Create();
        var calls = 0;
        var firstCallStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        services.Arkiv.Setup(c => c.CreateJournalEntryAsync(It.IsAny<JournalEntry>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (JournalEntry _, string _, CancellationToken ct) =>
            {
                // The first call hangs until its node stops; the second answers.
                if (Interlocked.Increment(ref calls) == 1)
                {
                    firstCallStarted.SetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return "jp-2";
            });
        var definitionId = await services.PublishSingleAsync("Velferd.Arkiv.Journalfor", ["Done"], ("caseId", Expr.Literal("sak-10")), ("entryType", Expr.Literal("N")));
        var instanceId = await services.Host.StartAsync(definitionId, cancellationToken: Ct);
        using var stopping = new CancellationTokenSource();
        var stoppingNode = services.Host.Services.GetRequiredService<OutboxDispatcher>();
        var otherNode = ActivatorUtilities.CreateInstance<OutboxDispatcher>(services.Host.Services);

        var sending = stoppingNode.ProcessAvailableAsync(stopping.Token);
        await firstCallStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        var handedBack = Assert.Single(services.Outbox.All());
        var claimedByTheOther = await otherNode.ProcessAvailableAsync(Ct);
        await services.Host.RunUntilIdleAsync(Ct);

        Assert.Equal((OutboxStatus.Pending, 0), (handedBack.Status, handedBack.Attempts));
        Assert.Equal(1, claimedByTheOther);
        Assert.Equal((OutboxStatus.Delivered, 1), (services.Outbox.All()[0].Status, services.Outbox.All()[0].Attempts));
        Assert.Equal("Done", await services.OutcomeOfCallAsync(instanceId));
    }

    [Fact]
    public async Task WaitAsync_NoWakeUp_ReturnsFalseWhenThePollIntervalPassesOnTheClock()
    {
        await using var services = ServiceActivityHost.Create();
        using var wakeUp = new OutboxWakeUp();

        var waiting = wakeUp.WaitAsync(TimeSpan.FromSeconds(1), services.Host.Clock, Ct);
        var beforeTheClockMoved = waiting.IsCompleted;
        services.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var woken = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.False(beforeTheClockMoved);
        Assert.False(woken);
    }
}
