using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>Runs the outbox dispatcher in the background: drains what is available, then polls.</summary>
public sealed partial class OutboxWorkerService(
    OutboxDispatcher dispatcher,
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
                if (await dispatcher.ProcessAvailableAsync(stoppingToken) > 0)
                {
                    continue;
                }

                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; try again after the poll interval.
                LogLoopFailed(e);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox worker loop failed; retrying")]
    private partial void LogLoopFailed(Exception exception);
}
