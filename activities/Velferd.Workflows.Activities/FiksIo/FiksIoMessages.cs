namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>A Fiks IO message to send.</summary>
/// <param name="RecipientAccount">The recipient's account id (mottakerKontoId).</param>
/// <param name="MessageType">The protocol message type, e.g. <c>no.ks.fiks.bekymringsmelding.mottatt.v1</c>.</param>
/// <param name="InReplyTo">The message this one answers (svarPaMelding), if any.</param>
/// <param name="Payload">The JSON payload (Fiks IO encrypts it for the recipient).</param>
public sealed record FiksIoOutgoingMessage(string RecipientAccount, string MessageType, string? InReplyTo, string Payload);

/// <summary>A Fiks IO message sent to our account.</summary>
/// <param name="MessageId">Fiks IO's message id: the same on every delivery of the message.</param>
/// <param name="MessageType">The protocol message type.</param>
/// <param name="SenderAccount">The sender's account id (receipts go there).</param>
/// <param name="Payload">The decrypted JSON payload, as text.</param>
public sealed record FiksIoIncomingMessage(string MessageId, string MessageType, string SenderAccount, string Payload);
