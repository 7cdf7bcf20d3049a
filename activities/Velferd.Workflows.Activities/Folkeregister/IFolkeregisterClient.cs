namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Folkeregisteret's person API (DOMAIN.md §4), as the outbox handlers use it.</summary>
public interface IFolkeregisterClient
{
    /// <summary>The person's basis data, or null when Folkeregisteret does not know the number (HTTP 404).</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<FolkeregisterPerson?> FindPersonAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// The person's family relations and parental responsibility (<c>part=relasjon-utvidet</c>), or null when
    /// Folkeregisteret does not know the number (HTTP 404).
    /// </summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<FolkeregisterRelations?> FindRelationsAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>One page of the change feed (hendelsesliste) from <paramref name="fromSequence"/> on, oldest first.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<IReadOnlyList<FolkeregisterEvent>> ReadEventsAsync(long fromSequence, CancellationToken cancellationToken);
}
