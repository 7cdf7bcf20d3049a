namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// The outbox table. Messages are written by burst commits (from <see cref="OutboxRequest"/> effects); workers
/// claim them under a lease, report the result, and operators handle incidents.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> messages that are pending and available, or claimed under an expired
    /// lease; each claim counts as an attempt.
    /// </summary>
    Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(
        string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a claimed message delivered; false when the claim was lost meanwhile.</summary>
    Task<bool> MarkDeliveredAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives a claimed message back for another attempt from <paramref name="availableAt"/>.</summary>
    Task RescheduleAsync(
        ClaimedOutboxMessage claimed, DateTimeOffset availableAt, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claimed message back at once, uncounted, because this node is stopping before its attempt finished: another
    /// node claims it now instead of after the lease. Does nothing when the claim was lost meanwhile.
    /// </summary>
    Task HandBackAsync(ClaimedOutboxMessage claimed, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends automatic attempts: the message becomes an incident.</summary>
    Task RaiseIncidentAsync(ClaimedOutboxMessage claimed, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Messages with an open incident, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListIncidentsAsync(int max, CancellationToken cancellationToken);

    /// <summary>Makes an incident pending again with a fresh budget; false when there is no such open incident.</summary>
    Task<bool> RetryAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Closes an incident without delivery; returns the message as it was, or null when there is no such open incident.</summary>
    Task<OutboxMessage?> ResolveAsync(string id, string note, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Reads a message.</summary>
    Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Counts messages that are pending or claimed, optionally only those available at <paramref name="now"/>.</summary>
    Task<int> CountUnfinishedAsync(DateTimeOffset? now, CancellationToken cancellationToken);
}
