using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// What operators do with outbox incidents: list them, send again with a fresh budget, or resolve them (handled by
/// hand): a waiting instance then continues on its failure port.
/// </summary>
public sealed class OutboxIncidents(IOutboxStore store, WorkflowEngine engine, TimeProvider clock)
{
    /// <summary>Open incidents, oldest first.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ListAsync(int max, CancellationToken cancellationToken) =>
        store.ListIncidentsAsync(max, cancellationToken);

    /// <summary>Sends the message again; false when there is no such open incident.</summary>
    public Task<bool> RetryAsync(string id, CancellationToken cancellationToken) =>
        store.RetryAsync(id, clock.GetUtcNow(), cancellationToken);

    /// <summary>Closes the incident without delivery; false when there is no such open incident.</summary>
    public async Task<bool> ResolveAsync(string id, string note, CancellationToken cancellationToken)
    {
        var message = await store.ResolveAsync(id, note, clock.GetUtcNow(), cancellationToken);
        if (message is null)
        {
            return false;
        }

        if (message.BookmarkId is { } bookmarkId)
        {
            await engine.ResumeAsync(message.WorkflowInstanceId, bookmarkId, OutboxReplies.GivenUpReply(), $"outbox/{message.Id}", cancellationToken);
        }

        return true;
    }
}
