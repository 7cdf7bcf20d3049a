namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>KS Fiks SvarUt: letters to organisations, digital where the recipient can take them, else printed (DOMAIN.md §4).</summary>
public interface ISvarUtClient
{
    /// <summary>Sends a shipment; the same idempotency key sends it once. Returns SvarUt's shipment id and channel.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<SvarUtReceipt> SendAsync(SvarUtShipment shipment, string idempotencyKey, CancellationToken cancellationToken);
}
