using Velferd.Workflows.Activities.Outbox;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary>Sends <see cref="JournalEntry"/>s from the outbox (<see cref="RecordJournalEntry"/>).</summary>
public sealed class ArkivOutboxHandler(IArkivClient client) : OutboxHandler<JournalEntry, JournalEntryReply>
{
    /// <inheritdoc />
    public override async Task<JournalEntryReply> HandleAsync(JournalEntry request, string idempotencyKey, CancellationToken cancellationToken) =>
        new(JournalEntryReply.Archived, await client.CreateJournalEntryAsync(request, idempotencyKey, cancellationToken));
}
