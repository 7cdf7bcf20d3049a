namespace Velferd.Workflows.Core.Stimuli;

/// <summary>The durable stimulus table: enqueue, claim under a lease, and release for retry.</summary>
public interface IStimulusQueue
{
    /// <summary>
    /// Stores a stimulus unless one with the same idempotency key exists; returns the stored one and whether it is
    /// new.
    /// </summary>
    Task<(Stimulus Stimulus, bool Created)> EnqueueAsync(Stimulus stimulus, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> stimuli that are pending and available, or claimed under a lease that
    /// has expired; with <paramref name="stimulusId"/>, only that one.
    /// </summary>
    Task<IReadOnlyList<ClaimedStimulus>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, string? stimulusId, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of the stimuli of one claim that are still claimed under <paramref name="claimToken"/> to
    /// <paramref name="leaseExpiresAt"/>, while the claimer is still applying them; returns how many it extended (none
    /// once they are done or the lease was lost).
    /// </summary>
    Task<int> RenewAsync(string claimToken, DateTimeOffset leaseExpiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claimed stimulus back: pending again from <paramref name="availableAt"/>, or failed for good. Does
    /// nothing if the lease was lost meanwhile.
    /// </summary>
    Task ReleaseAsync(
        ClaimedStimulus claimed, DateTimeOffset availableAt, string error, bool failed, CancellationToken cancellationToken);

    /// <summary>Reads a stimulus.</summary>
    Task<Stimulus?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>True when a stimulus under <paramref name="idempotencyKey"/> is stored, whatever its state.</summary>
    Task<bool> IsKeyUsedAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Counts stimuli that are pending or claimed (the engine is idle at zero).</summary>
    Task<int> CountUnfinishedAsync(CancellationToken cancellationToken);
}
