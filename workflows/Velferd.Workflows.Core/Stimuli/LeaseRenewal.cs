using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Keeps one claim's lease alive while the dispatcher applies its stimuli: every third of the lease it is extended by a
/// whole lease. Without it a burst (or a batch waiting for its round) that outlived the lease was claimed and started a
/// second time by another dispatcher while the first still ran; the instance finished once, but the caller waited for
/// the loser. A node that dies stops renewing, so its claims still expire after one lease.
/// </summary>
internal sealed partial class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts renewing the claim <paramref name="claimToken"/> until disposed.</summary>
    public LeaseRenewal(string claimToken, TimeSpan lease, IServiceScopeFactory scopes, TimeProvider clock, WorkerPasses passes, ILogger logger) =>
        _loop = RenewAsync(claimToken, lease, scopes, clock, passes, logger, _stop.Token);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static async Task RenewAsync(
        string claimToken, TimeSpan lease, IServiceScopeFactory scopes, TimeProvider clock, WorkerPasses passes, ILogger logger, CancellationToken stop)
    {
        // Each wait is scheduled before the previous renewal is announced (and the first before the constructor
        // returns), so whoever moves the clock after seeing a pass moves it past a wait that already exists.
        var next = Task.Delay(lease / 3, clock, stop);
        while (true)
        {
            try
            {
                await next;
                await using var scope = scopes.CreateAsyncScope();
                var held = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().RenewAsync(claimToken, clock.GetUtcNow() + lease, stop);
                if (held == 0)
                {
                    passes.Completed();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Tried again next period; if the lease expires meanwhile, the commit's claim-token check still keeps a
                // second run from committing twice.
                LogRenewFailed(logger, e);
            }

            next = Task.Delay(lease / 3, clock, stop);
            passes.Completed();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew a stimulus lease; trying again")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);
}
