namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>Digital post to citizens (DPI via eFormidling) with print fallback (DOMAIN.md §4).</summary>
public interface IDigitalPostClient
{
    /// <summary>Sends a letter; the same idempotency key sends it once however often it is called. Returns the shipment id.</summary>
    /// <exception cref="Outbox.RemoteServiceException">The service failed after the client's retries.</exception>
    Task<string> SendAsync(LetterShipment shipment, string idempotencyKey, CancellationToken cancellationToken);
}
