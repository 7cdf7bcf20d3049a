using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Sends Folkeregisteret lookups from the outbox and shapes the reply for <see cref="GetPerson"/>.</summary>
public sealed class FolkeregisterOutboxHandler(IFolkeregisterClient client) : IOutboxHandler
{
    /// <summary>The <c>HentPerson</c> operation.</summary>
    public const string GetPersonOperation = "HentPerson";

    /// <inheritdoc />
    public string Service => FolkeregisterHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != GetPersonOperation)
        {
            throw new NotSupportedException($"Folkeregister has no operation {message.Operation}.");
        }

        var identityNumber = message.Payload?["identityNumber"]?.GetValue<string>() ?? "";
        var person = await client.FindPersonAsync(identityNumber, message.IdempotencyKey, cancellationToken);
        return GetPerson.Reply(person);
    }
}
