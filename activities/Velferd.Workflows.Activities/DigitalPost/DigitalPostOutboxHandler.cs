using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Outbox;

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
    IFolkeregisterClient folkeregister, IKrrClient krr, IDigitalPostClient digitalPost, IOptions<DigitalPostOptions> options)
    : OutboxHandler<SendLetterRequest, SendLetterReply>
{
    /// <inheritdoc />
    public override async Task<SendLetterReply> HandleAsync(SendLetterRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var person = await folkeregister.FindPersonAsync(request.IdentityNumber, idempotencyKey, cancellationToken);
        var contact = await krr.GetContactAsync(request.IdentityNumber, idempotencyKey, cancellationToken);
        var (channel, reason) = LetterChannelRule.Choose(person, contact, options.Value.AllowDigitalPostToStrictlyConfidential);
        if (channel == LetterChannel.Blocked)
        {
            return new SendLetterReply(SendLetterReply.Blocked, Reason: reason.ToString());
        }

        var shipment = new LetterShipment(request.IdentityNumber, channel, request.Title, request.DocumentReference);
        var shipmentId = await digitalPost.SendAsync(shipment, idempotencyKey, cancellationToken);
        return new SendLetterReply(SendLetterReply.Sent, channel.ToString(), shipmentId);
    }
}
