using System.Net.Http.Json;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary><c>POST api/v1/forsendelser</c> with an <c>Idempotency-Key</c>; answers the shipment id.</summary>
public sealed class DigitalPostHttpClient(HttpClient http, ServiceCalls calls) : IDigitalPostClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "DigitalPost";

    /// <inheritdoc />
    public async Task<string> SendAsync(LetterShipment shipment, string idempotencyKey, CancellationToken cancellationToken)
    {
        var body = new Shipment(
            shipment.IdentityNumber,
            shipment.Channel == LetterChannel.Digital ? "DIGITAL" : "PRINT",
            shipment.Title,
            shipment.DocumentReference);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/forsendelser")
        {
            Content = JsonContent.Create(body, options: ServiceCalls.Json),
        };
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken);
        var receipt = await ServiceCalls.ReadAsync<Receipt>(response, ServiceName, cancellationToken);
        return receipt.ForsendelseId ?? throw new Outbox.RemoteServiceException(ServiceName, response.StatusCode, null, isTransient: false);
    }

    private sealed record Shipment(string Mottaker, string Kanal, string Tittel, string Dokumentreferanse);

    private sealed record Receipt(string? ForsendelseId);
}
