namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>A Fiks IO message sent to our account.</summary>
/// <param name="MessageId">Fiks IO's message id: the same on every delivery of the message.</param>
/// <param name="MessageType">The protocol message type.</param>
/// <param name="SenderAccount">The sender's account id (receipts go there).</param>
/// <param name="Payload">The decrypted JSON payload, as text.</param>
public sealed record FiksIoIncomingMessage(string MessageId, string MessageType, string SenderAccount, string Payload);
