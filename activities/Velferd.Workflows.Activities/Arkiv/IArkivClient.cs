namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>Fiks Arkiv (Noark 5) journal entries (DOMAIN.md §4).</summary>
public interface IArkivClient
{
    /// <summary>Archives an entry; the same idempotency key archives it once. Returns the journalpost id.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<string> CreateJournalEntryAsync(JournalEntry entry, string idempotencyKey, CancellationToken cancellationToken);
}
