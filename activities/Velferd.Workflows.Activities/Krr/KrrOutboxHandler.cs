using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>Sends <see cref="GetContactRequest"/> from the outbox for <see cref="GetContactInfo"/>.</summary>
public sealed class KrrOutboxHandler(IKrrClient client) : OutboxHandler<GetContactRequest, GetContactReply>
{
    /// <inheritdoc />
    public override async Task<GetContactReply> HandleAsync(GetContactRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        GetContactReply.From(await client.GetContactAsync(request.IdentityNumber, idempotencyKey, cancellationToken));
}
