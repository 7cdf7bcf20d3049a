using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>A Fiks IO message to send: the request of <c>SendKvittering</c>.</summary>
/// <param name="RecipientAccount">The recipient's account id (mottakerKontoId).</param>
/// <param name="MessageType">The protocol message type, e.g. <c>no.ks.fiks.bekymringsmelding.mottatt.v1</c>.</param>
/// <param name="InReplyTo">The message this one answers (svarPaMelding), if any.</param>
/// <param name="Payload">The JSON payload (Fiks IO encrypts it for the recipient).</param>
public sealed record FiksIoOutgoingMessage(string RecipientAccount, string MessageType, string? InReplyTo, string Payload) : IOutboxRequest<FiksIoSendReply>
{
    /// <inheritdoc />
    public static string Service => FiksIoHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "SendKvittering";
}
