using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>Sends SvarUt shipments from the outbox and shapes the reply for <see cref="SendShipment"/>.</summary>
public sealed class SvarUtOutboxHandler(ISvarUtClient client) : IOutboxHandler
{
    /// <summary>The <c>SendForsendelse</c> operation.</summary>
    public const string SendOperation = "SendForsendelse";

    /// <inheritdoc />
    public string Service => SvarUtHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != SendOperation)
        {
            throw new NotSupportedException($"SvarUt has no operation {message.Operation}.");
        }

        var payload = message.Payload;
        var shipment = new SvarUtShipment(
            payload?["organisationNumber"]?.GetValue<string>() ?? "",
            payload?["title"]?.GetValue<string>() ?? "",
            payload?["documentReference"]?.GetValue<string>() ?? "",
            payload?["digitalOnly"]?.GetValue<bool>() ?? false);
        var receipt = await client.SendAsync(shipment, message.IdempotencyKey, cancellationToken);
        return new JsonObject { [OutboxCalls.StatusProperty] = "sent", ["shipmentId"] = receipt.ShipmentId, ["channel"] = receipt.Channel };
    }
}
