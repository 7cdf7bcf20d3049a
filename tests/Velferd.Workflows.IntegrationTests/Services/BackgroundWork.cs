using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// How the service tests watch a host whose workers (outbox, Fiks IO receiver, feed reader) run in the background: a
/// bounded wait for a condition the simulator, the API or the database shows, and reads through a fresh scope.
/// </summary>
internal static class BackgroundWork
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Waits until <paramref name="done"/> holds; fails the test after a minute.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        while (!await done())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    /// <inheritdoc cref="WaitUntilAsync(Func{Task{bool}})"/>
    public static Task WaitUntilAsync(Func<bool> done) => WaitUntilAsync(() => Task.FromResult(done()));

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
