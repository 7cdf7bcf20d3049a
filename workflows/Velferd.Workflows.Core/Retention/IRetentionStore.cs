namespace Velferd.Workflows.Core.Retention;

/// <summary>Deletes the engine's rows that retention no longer keeps, one batch per call, each in one transaction.</summary>
/// <remarks>
/// An instance whose case is still open is kept whole (its journal is part of the open case's record), and so is one
/// with an outbox message not yet delivered (the service call must finish, R-71: never blocks). Audit rows are never
/// deleted.
/// </remarks>
public interface IRetentionStore
{
    /// <summary>Deletes the execution logs of up to <paramref name="batch"/> instances finished before <paramref name="finishedBefore"/>; returns how many instances.</summary>
    Task<int> PruneExecutionLogsAsync(DateTimeOffset finishedBefore, int batch, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> instances finished before <paramref name="finishedBefore"/> with their rows; returns how many.</summary>
    Task<int> PruneFinishedInstancesAsync(DateTimeOffset finishedBefore, int batch, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> stimuli processed before <paramref name="processedBefore"/>; returns how many.</summary>
    Task<int> PruneProcessedStimuliAsync(DateTimeOffset processedBefore, int batch, CancellationToken cancellationToken);
}
