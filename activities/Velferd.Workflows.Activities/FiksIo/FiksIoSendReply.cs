using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>The answer to a <see cref="FiksIoOutgoingMessage"/> (nobody waits for it).</summary>
/// <param name="Status"><see cref="Sent"/>.</param>
/// <param name="MessageId">Fiks IO's id of the sent message.</param>
public sealed record FiksIoSendReply(string Status, string? MessageId = null) : IOutboxReply
{
    /// <summary>Status: Fiks IO accepted the message.</summary>
    public const string Sent = "sent";
}
