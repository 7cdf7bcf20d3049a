using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>Sends KRR lookups from the outbox and shapes the reply for <see cref="GetContactInfo"/>.</summary>
public sealed class KrrOutboxHandler(IKrrClient client) : IOutboxHandler
{
    /// <summary>The <c>HentKontaktinfo</c> operation.</summary>
    public const string GetContactOperation = "HentKontaktinfo";

    /// <inheritdoc />
    public string Service => KrrHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != GetContactOperation)
        {
            throw new NotSupportedException($"KRR has no operation {message.Operation}.");
        }

        var identityNumber = message.Payload?["identityNumber"]?.GetValue<string>() ?? "";
        var contact = await client.GetContactAsync(identityNumber, message.IdempotencyKey, cancellationToken);
        return new JsonObject
        {
            [OutboxCalls.StatusProperty] = "found",
            ["krrStatus"] = contact.Status.ToString(),
            ["isReserved"] = contact.IsReserved,
            ["hasDigitalMailbox"] = contact.HasDigitalMailbox,
            ["canReceiveDigitalPost"] = contact.CanReceiveDigitalPost,
        };
    }
}
