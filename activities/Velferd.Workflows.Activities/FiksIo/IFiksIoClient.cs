namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// KS Fiks IO, the municipality's account (konto): send a message, and read and acknowledge the messages sent to
/// us. Fiks IO delivers an unacknowledged message again, so a message is acknowledged only once it is safe.
/// </summary>
public interface IFiksIoClient
{
    /// <summary>Sends a message; the same idempotency key sends it once. Returns Fiks IO's message id.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<string> SendAsync(FiksIoOutgoingMessage message, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The messages waiting for our account (delivered until acknowledged).</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<IReadOnlyList<FiksIoIncomingMessage>> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Acknowledges a message: Fiks IO delivers it no more.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task AcknowledgeAsync(string messageId, CancellationToken cancellationToken);
}
