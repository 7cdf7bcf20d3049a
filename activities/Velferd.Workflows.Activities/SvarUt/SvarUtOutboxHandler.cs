using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>Sends <see cref="SvarUtShipment"/>s from the outbox for <see cref="SendShipment"/>.</summary>
public sealed class SvarUtOutboxHandler(ISvarUtClient client) : OutboxHandler<SvarUtShipment, SvarUtShipmentReply>
{
    /// <inheritdoc />
    public override async Task<SvarUtShipmentReply> HandleAsync(SvarUtShipment request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var receipt = await client.SendAsync(request, idempotencyKey, cancellationToken);
        return new SvarUtShipmentReply(SvarUtShipmentReply.Sent, receipt.ShipmentId, receipt.Channel);
    }
}
