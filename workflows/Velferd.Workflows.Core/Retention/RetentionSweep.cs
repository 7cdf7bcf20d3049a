using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Housekeeping;

namespace Velferd.Workflows.Core.Retention;

/// <summary>
/// The nightly retention sweep: finished instances' execution logs, then finished instances, then processed stimuli,
/// each past its configured age (<see cref="RetentionOptions"/>), batch by batch until none is left. Safe to cut short
/// and to repeat: each batch is its own transaction and only deletes what is already past its age.
/// </summary>
public sealed partial class RetentionSweep(
    IRetentionStore store, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionSweep> logger) : IHousekeepingTask
{
    /// <inheritdoc />
    public static string Name => "retention";

    /// <inheritdoc />
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var logs = await DrainAsync((batch, ct) => store.PruneExecutionLogsAsync(now - settings.ExecutionLogsAfter, batch, ct), cancellationToken);
        var instances = await DrainAsync((batch, ct) => store.PruneFinishedInstancesAsync(now - settings.FinishedInstancesAfter, batch, ct), cancellationToken);
        var stimuli = await DrainAsync((batch, ct) => store.PruneProcessedStimuliAsync(now - settings.ProcessedStimuliAfter, batch, ct), cancellationToken);
        LogSwept(logs, instances, stimuli);
        return new HousekeepingResult(logs + instances + stimuli, logs + instances + stimuli, 0);
    }

    private async Task<int> DrainAsync(Func<int, CancellationToken, Task<int>> prune, CancellationToken cancellationToken)
    {
        var batch = options.Value.BatchSize;
        var total = 0;
        int pruned;
        do
        {
            pruned = await prune(batch, cancellationToken);
            total += pruned;
        }
        while (pruned == batch);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: execution logs of {Logs} instances, {Instances} finished instances and {Stimuli} processed stimuli deleted")]
    private partial void LogSwept(int logs, int instances, int stimuli);
}
