namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Stores stimuli in the same database transaction as the domain write they follow from (a transactional outbox for
/// starts and signals): the case, meeting or letter and the pathway start it asks for commit together or not at all,
/// so a process that dies right after the commit loses nothing: any dispatcher applies the stored stimulus later.
/// </summary>
/// <remarks>
/// The stimuli are inserted, not enqueued: their idempotency keys must derive from the new domain row (a letter's id,
/// a case's id), so a key already taken means the domain write is a repeat too, and the whole write fails with it.
/// </remarks>
public interface IStimulusOutbox
{
    /// <summary>Runs <paramref name="domainWrite"/> and stores <paramref name="stimuli"/> in one transaction.</summary>
    Task CommitAsync(IReadOnlyList<Stimulus> stimuli, Func<CancellationToken, Task> domainWrite, CancellationToken cancellationToken);
}
