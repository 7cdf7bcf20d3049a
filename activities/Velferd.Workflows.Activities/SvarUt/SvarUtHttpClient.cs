using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>
/// <c>POST api/v1/forsendelser</c> as multipart (a <c>forsendelse</c> JSON part, then the document parts) with an
/// <c>Idempotency-Key</c>; answers the shipment id and channel.
/// </summary>
public sealed class SvarUtHttpClient(HttpClient http, ServiceCalls calls, IOptions<SvarUtOptions> options) : ISvarUtClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "SvarUt";

    /// <inheritdoc />
    public async Task<SvarUtReceipt> SendAsync(SvarUtShipment shipment, string idempotencyKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = new Shipment(
            new Recipient(shipment.OrganisationNumber),
            shipment.Title,
            settings.SenderAccount,
            settings.SenderName,
            shipment.DigitalOnly,
            idempotencyKey,
            [new Document("dokument.pdf", shipment.DocumentReference)]);
        using var content = new MultipartFormDataContent
        {
            { JsonContent.Create(body, options: ServiceCalls.Json), "forsendelse" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/forsendelser") { Content = content };
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken);
        var receipt = await ServiceCalls.ReadAsync<Receipt>(response, ServiceName, cancellationToken);
        if (string.IsNullOrEmpty(receipt.ForsendelseId))
        {
            throw new Outbox.RemoteServiceException(ServiceName, response.StatusCode, null, isTransient: false);
        }

        return new SvarUtReceipt(receipt.ForsendelseId, receipt.Kanal == "PRINT" ? "Print" : "Digital");
    }

    private sealed record Shipment(
        Recipient Mottaker, string Tittel, string Avsenderkonto, string Avsendernavn, bool KunDigitalLevering, string EksternReferanse, IReadOnlyList<Document> Dokumenter);

    private sealed record Recipient(string Organisasjonsnummer);

    private sealed record Document(string Filnavn, string Referanse);

    private sealed record Receipt(string? ForsendelseId, string? Kanal);
}
