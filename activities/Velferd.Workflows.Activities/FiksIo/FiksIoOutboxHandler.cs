using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>Sends Fiks IO receipts from the outbox (<see cref="SendReceipt"/>).</summary>
public sealed class FiksIoOutboxHandler(IFiksIoClient client) : OutboxHandler<FiksIoOutgoingMessage, FiksIoSendReply>
{
    /// <inheritdoc />
    public override async Task<FiksIoSendReply> HandleAsync(FiksIoOutgoingMessage request, string idempotencyKey, CancellationToken cancellationToken) =>
        new(FiksIoSendReply.Sent, await client.SendAsync(request, idempotencyKey, cancellationToken));
}
