using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Sends <see cref="GetPersonRequest"/> from the outbox for <see cref="GetPerson"/>.</summary>
public sealed class GetPersonHandler(IFolkeregisterClient client) : OutboxHandler<GetPersonRequest, GetPersonReply>
{
    /// <inheritdoc />
    public override async Task<GetPersonReply> HandleAsync(GetPersonRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        GetPersonReply.From(await client.FindPersonAsync(request.IdentityNumber, idempotencyKey, cancellationToken));
}
