using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>Sends journal entries from the outbox.</summary>
public sealed class ArkivOutboxHandler(IArkivClient client) : IOutboxHandler
{
    /// <summary>The <c>Journalfor</c> operation.</summary>
    public const string RecordOperation = "Journalfor";

    /// <inheritdoc />
    public string Service => ArkivHttpClient.ServiceName;

    /// <inheritdoc />
    public async Task<JsonNode?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Operation != RecordOperation)
        {
            throw new NotSupportedException($"Arkiv has no operation {message.Operation}.");
        }

        var payload = message.Payload;
        var entry = new JournalEntry(
            payload?["caseId"]?.GetValue<string>() ?? "",
            payload?["entryType"]?.GetValue<string>() ?? "",
            payload?["title"]?.GetValue<string>() ?? "",
            payload?["documentReference"]?.GetValue<string>() ?? "");
        var journalEntryId = await client.CreateJournalEntryAsync(entry, message.IdempotencyKey, cancellationToken);
        return new JsonObject { [OutboxCalls.StatusProperty] = "archived", ["journalEntryId"] = journalEntryId };
    }
}
