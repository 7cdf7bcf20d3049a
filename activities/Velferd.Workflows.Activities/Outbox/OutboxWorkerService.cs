using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// Runs the outbox dispatcher in the background: drains what is available, then waits for a wake-up (a burst on
/// this node committed outbox messages) or the poll interval, whichever comes first.
/// </summary>
public sealed partial class OutboxWorkerService(
    OutboxDispatcher dispatcher,
    OutboxWakeUp wakeUp,
    WorkerPasses passes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorkerService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await dispatcher.ProcessAvailableAsync(stoppingToken);
                passes.Completed();
                if (handled > 0)
                {
                    continue;
                }

                await wakeUp.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; try again after the poll interval.
                LogLoopFailed(e);
                passes.Completed();
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox worker loop failed; retrying")]
    private partial void LogLoopFailed(Exception exception);
}
