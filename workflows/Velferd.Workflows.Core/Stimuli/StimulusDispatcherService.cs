using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>Runs the dispatcher in the background: drains what is available, then waits for a wake-up or the poll.</summary>
public sealed partial class StimulusDispatcherService(
    StimulusDispatcher dispatcher,
    StimulusWakeUp wakeUp,
    WorkerPasses passes,
    IOptions<DispatcherOptions> options,
    ILogger<StimulusDispatcherService> logger) : BackgroundService
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
                var applied = await dispatcher.ProcessAvailableAsync(stoppingToken);
                passes.Completed();
                if (applied > 0)
                {
                    continue;
                }

                await wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
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
                await wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The stimulus dispatcher loop failed; retrying")]
    private partial void LogLoopFailed(Exception exception);
}
