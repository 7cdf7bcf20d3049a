namespace Velferd.Workflows.Activities.Krr;

/// <summary>KRR's person lookup (DOMAIN.md §4), as the outbox handlers use it.</summary>
public interface IKrrClient
{
    /// <summary>The person's digital contact status; a person KRR does not know is <see cref="KrrStatus.NotRegistered"/>.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<KrrContact> GetContactAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken);
}
