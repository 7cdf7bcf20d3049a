using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Sends Folkeregisteret lookups from the outbox and shapes the reply for <see cref="GetPerson"/> and <see cref="GetRelations"/>.</summary>
public sealed class FolkeregisterOutboxHandler(IFolkeregisterClient client) : IOutboxHandler
{
    /// <summary>The <c>HentPerson</c> operation.</summary>
    public const string GetPersonOperation = "HentPerson";

    /// <summary>The <c>HentRelasjoner</c> operation.</summary>
    public const string GetRelationsOperation = "HentRelasjoner";

    /// <inheritdoc />
    public string Service => FolkeregisterHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var identityNumber = message.Payload?["identityNumber"]?.GetValue<string>() ?? "";
        return message.Operation switch
        {
            GetPersonOperation => GetPerson.Reply(await client.FindPersonAsync(identityNumber, message.IdempotencyKey, cancellationToken)),
            GetRelationsOperation => GetRelations.Reply(await client.FindRelationsAsync(identityNumber, message.IdempotencyKey, cancellationToken)),
            _ => throw new NotSupportedException($"Folkeregister has no operation {message.Operation}."),
        };
    }
}
