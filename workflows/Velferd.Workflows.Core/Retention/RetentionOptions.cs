using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.Retention;

/// <summary>
/// How long the engine keeps what it no longer needs (its schedule is in <c>Workflows:Housekeeping</c>). The case's
/// record is the archive's and the audit log's (R-66, never pruned); these are the engine's working rows.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Housekeeping:Retention";

    /// <summary>A finished instance's step-by-step execution log is deleted this long after it finished.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan ExecutionLogsAfter { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// A finished instance (with its tasks and their history, deadlines and delivered outbox messages) is deleted this
    /// long after it finished (its execution log with it, should that still be kept).
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan FinishedInstancesAfter { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>
    /// A processed stimulus is deleted this long after it was processed: its idempotency key stops answering a retry
    /// with the first answer then, so this must outlast any client's retries.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan ProcessedStimuliAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Instances (or stimuli) deleted per transaction: short transactions keep the nightly run out of the way.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
