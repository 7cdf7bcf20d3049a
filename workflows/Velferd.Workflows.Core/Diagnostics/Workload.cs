namespace Velferd.Workflows.Core.Diagnostics;

/// <summary>What waits in the database at one moment, as the gauges of <see cref="WorkflowMetrics"/> show it.</summary>
public sealed record Workload(
    long StimuliWaiting, long DeadlineStepsDue, long DeadlinesOverdue, long OutboxIncidents, long TasksOpen, long TasksClaimed)
{
    /// <summary>Before the first sample.</summary>
    public static Workload Unknown { get; } = new(0, 0, 0, 0, 0, 0);
}

/// <summary>Counts the <see cref="Workload"/> in the store.</summary>
public interface IWorkloadCounter
{
    /// <summary>The workload at <paramref name="now"/>.</summary>
    Task<Workload> CountAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
