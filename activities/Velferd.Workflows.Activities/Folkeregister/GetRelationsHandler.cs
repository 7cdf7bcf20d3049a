using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Sends <see cref="GetRelationsRequest"/> from the outbox for <see cref="GetRelations"/>.</summary>
public sealed class GetRelationsHandler(IFolkeregisterClient client) : OutboxHandler<GetRelationsRequest, GetRelationsReply>
{
    /// <inheritdoc />
    public override async Task<GetRelationsReply> HandleAsync(GetRelationsRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        GetRelationsReply.From(await client.FindRelationsAsync(request.IdentityNumber, idempotencyKey, cancellationToken));
}
