using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Xunit;

namespace Velferd.Workflows.Testing.Host;

/// <summary>
/// The one way integration tests wait for what a host does in the background (the stimulus dispatcher, the outbox
/// worker, the Fiks IO receiver, the feed reader, Quartz's jobs): look at the condition, and if it does not hold yet,
/// await the end of the next pass of any of the nodes' workers (<see cref="WorkerPasses"/>) and look again. No timer of
/// its own: the workers say when something may have changed. Fails the test when the condition has not held in time.
/// </summary>
public static class BackgroundWork
{
    /// <summary>How long a condition may take before the test fails: generous, for a loaded CI machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Waits until <paramref name="done"/> holds on a system of one or more nodes.</summary>
    public static async Task WaitUntilAsync(IReadOnlyList<WebApplicationFactory<Program>> nodes, Func<Task<bool>> done, TimeSpan? patience = null)
    {
        var passes = nodes.Select(n => n.Services.GetRequiredService<WorkerPasses>()).ToArray();
        var limit = patience ?? Patience;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(limit);
        try
        {
            while (true)
            {
                // Taken before the look, so that a pass ending between the look and the wait still wakes us.
                var next = Task.WhenAny(passes.Select(p => p.Next));
                if (await done())
                {
                    return;
                }

                await next.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The background work did not reach the expected state within {limit.TotalSeconds:0} s.");
        }
    }

    /// <inheritdoc cref="WaitUntilAsync(IReadOnlyList{WebApplicationFactory{Program}}, Func{Task{bool}}, TimeSpan?)"/>
    public static Task WaitUntilAsync(WebApplicationFactory<Program> host, Func<Task<bool>> done, TimeSpan? patience = null) =>
        WaitUntilAsync([host], done, patience);

    /// <inheritdoc cref="WaitUntilAsync(IReadOnlyList{WebApplicationFactory{Program}}, Func{Task{bool}}, TimeSpan?)"/>
    public static Task WaitUntilAsync(WebApplicationFactory<Program> host, Func<bool> done) =>
        WaitUntilAsync([host], () => Task.FromResult(done()));

    /// <summary>Waits until every stimulus in the host's database is applied: the engine is idle.</summary>
    public static Task WaitUntilIdleAsync(WebApplicationFactory<Program> host, TimeSpan? patience = null) =>
        WaitUntilAsync(host, async () => await CountUnfinishedStimuliAsync(host) == 0, patience);

    /// <summary>
    /// Waits until the engine is idle and the outbox is empty: every remote call has been made and its reply applied. A
    /// call waiting for a later retry (after a 429 or an error) keeps it waiting: on a fake clock, move the clock first.
    /// </summary>
    public static Task WaitUntilSettledAsync(WebApplicationFactory<Program> host, TimeSpan? patience = null) =>
        WaitUntilAsync(host, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IOutboxStore>().CountUnfinishedAsync(null, Ct) == 0
                && await CountUnfinishedStimuliAsync(host) == 0;
        }, patience);

    /// <summary>Stimuli not yet applied, as the host's queue has them.</summary>
    public static async Task<int> CountUnfinishedStimuliAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().CountUnfinishedAsync(Ct);
    }

    /// <summary>An instance as the host's store has it.</summary>
    public static async Task<WorkflowInstance> FindAsync(WebApplicationFactory<Program> host, string instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId, Ct))!;
    }

    /// <summary>An instance's execution log as the host's store has it.</summary>
    public static async Task<IReadOnlyList<ActivityExecutionRecord>> LogAsync(WebApplicationFactory<Program> host, string instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(instanceId, Ct);
    }
}
