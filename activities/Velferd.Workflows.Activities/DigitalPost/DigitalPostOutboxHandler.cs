using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>
/// Sends a letter from the outbox: asks KRR and Folkeregisteret just before sending (R-63 says re-check), chooses the
/// channel by <see cref="LetterChannelRule"/>, and sends by digital post or print, or reports it blocked.
/// </summary>
/// <remarks>
/// Repeated attempts send the same idempotency key, so the letter goes once. The lookups are repeated on each
/// attempt, which is what "re-checked just before sending" asks.
/// </remarks>
public sealed class DigitalPostOutboxHandler(
    IFolkeregisterClient folkeregister, IKrrClient krr, IDigitalPostClient digitalPost, IOptions<DigitalPostOptions> options) : IOutboxHandler
{
    /// <summary>The <c>SendBrev</c> operation.</summary>
    public const string SendLetterOperation = "SendBrev";

    /// <inheritdoc />
    public string Service => DigitalPostHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != SendLetterOperation)
        {
            throw new NotSupportedException($"DigitalPost has no operation {message.Operation}.");
        }

        var payload = message.Payload;
        var identityNumber = payload?["identityNumber"]?.GetValue<string>() ?? "";
        var person = await folkeregister.FindPersonAsync(identityNumber, message.IdempotencyKey, cancellationToken);
        var contact = await krr.GetContactAsync(identityNumber, message.IdempotencyKey, cancellationToken);
        var (channel, reason) = LetterChannelRule.Choose(person, contact, options.Value.AllowDigitalPostToStrictlyConfidential);
        if (channel == LetterChannel.Blocked)
        {
            return new JsonObject { [OutboxCalls.StatusProperty] = "blocked", ["reason"] = reason.ToString() };
        }

        var shipment = new LetterShipment(
            identityNumber,
            channel,
            payload?["title"]?.GetValue<string>() ?? "",
            payload?["documentReference"]?.GetValue<string>() ?? "");
        var shipmentId = await digitalPost.SendAsync(shipment, message.IdempotencyKey, cancellationToken);
        return new JsonObject { [OutboxCalls.StatusProperty] = "sent", ["channel"] = channel.ToString(), ["shipmentId"] = shipmentId };
    }
}
