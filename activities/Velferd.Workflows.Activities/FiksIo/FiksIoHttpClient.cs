using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Fiks IO over REST: <c>POST api/v1/send</c> (multipart: a <c>metadata</c> JSON part and the <c>data</c> payload),
/// <c>GET api/v1/kontoer/{konto}/meldinger</c> and <c>POST …/meldinger/{id}/kvittering</c> to acknowledge.
/// </summary>
/// <remarks>
/// The real service delivers to a client over AMQP and encrypts payloads with the account's certificate; the KS .NET
/// client is not in our package mirror, so this client reads the account's queue over HTTP (docs/services.md).
/// </remarks>
public sealed class FiksIoHttpClient(HttpClient http, ServiceCalls calls, IOptions<FiksIoOptions> options) : IFiksIoClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "FiksIo";

    /// <inheritdoc />
    public async Task<string> SendAsync(FiksIoOutgoingMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        var metadata = new Metadata(options.Value.AccountId, message.RecipientAccount, message.MessageType, message.InReplyTo);
        using var content = new MultipartFormDataContent
        {
            { JsonContent.Create(metadata, options: ServiceCalls.Json), "metadata" },
            { new StringContent(message.Payload, System.Text.Encoding.UTF8, "application/json"), "data" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/send") { Content = content };
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken);
        var receipt = await ServiceCalls.ReadAsync<SendReceipt>(response, ServiceName, cancellationToken);
        return receipt.MeldingId ?? throw new Outbox.RemoteServiceException(ServiceName, response.StatusCode, null, isTransient: false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FiksIoIncomingMessage>> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/kontoer/{Uri.EscapeDataString(options.Value.AccountId)}/meldinger");
        using var response = await calls.SendAsync(http, ServiceName, request, null, cancellationToken);
        var messages = await ServiceCalls.ReadAsync<List<Incoming>>(response, ServiceName, cancellationToken);
        return [.. messages
            .Where(m => !string.IsNullOrEmpty(m.MeldingId))
            .Select(m => new FiksIoIncomingMessage(m.MeldingId!, m.MeldingType ?? "", m.AvsenderKontoId ?? "", m.Data ?? ""))];
    }

    /// <inheritdoc />
    public async Task AcknowledgeAsync(string messageId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Post, $"api/v1/kontoer/{Uri.EscapeDataString(options.Value.AccountId)}/meldinger/{Uri.EscapeDataString(messageId)}/kvittering");
        using var response = await calls.SendAsync(http, ServiceName, request, null, cancellationToken);
    }

    private sealed record Metadata(string AvsenderKontoId, string MottakerKontoId, string MeldingType, string? SvarPaMelding);

    private sealed record SendReceipt(string? MeldingId);

    private sealed record Incoming(string? MeldingId, string? MeldingType, string? AvsenderKontoId, string? Data);
}
