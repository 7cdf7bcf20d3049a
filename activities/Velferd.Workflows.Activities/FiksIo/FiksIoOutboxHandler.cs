using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>Sends Fiks IO receipts from the outbox (<see cref="SendReceipt"/>).</summary>
public sealed class FiksIoOutboxHandler(IFiksIoClient client) : IOutboxHandler
{
    /// <summary>The <c>SendKvittering</c> operation.</summary>
    public const string SendReceiptOperation = "SendKvittering";

    /// <inheritdoc />
    public string Service => FiksIoHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != SendReceiptOperation)
        {
            throw new NotSupportedException($"FiksIo has no operation {message.Operation}.");
        }

        var payload = message.Payload;
        var outgoing = new FiksIoOutgoingMessage(
            payload?["recipientAccount"]?.GetValue<string>() ?? "",
            payload?["messageType"]?.GetValue<string>() ?? "",
            payload?["inReplyTo"]?.GetValue<string>(),
            (payload?["body"] ?? new JsonObject()).ToJsonString());
        var messageId = await client.SendAsync(outgoing, message.IdempotencyKey, cancellationToken);
        return new JsonObject { [OutboxCalls.StatusProperty] = "sent", ["messageId"] = messageId };
    }
}
