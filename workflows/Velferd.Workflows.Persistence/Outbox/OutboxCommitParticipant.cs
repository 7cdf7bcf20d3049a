using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Persistence.Instances;

namespace Velferd.Workflows.Persistence.Outbox;

/// <summary>
/// Writes a burst's outbox messages in its transaction, so a call is stored exactly when the burst that asked for it
/// commits; and cancels unsent messages whose bookmark the burst removed (the instance no longer waits).
/// </summary>
public sealed class OutboxCommitParticipant : IBurstCommitParticipant
{
    /// <inheritdoc />
    public async Task WriteAsync(BurstCommit commit, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var requests = commit.Effects.OfType<OutboxRequest>().ToList();
        var closeOnRemoved = commit.RemovedBookmarkIds.Count > 0 && commit.RemovedBookmarksMayOwnRows;
        if (requests.Count == 0 && !closeOnRemoved)
        {
            return;
        }

        var db = transaction.Context;
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        }

        if (closeOnRemoved)
        {
            var removed = commit.RemovedBookmarkIds.ToList();
            var finishedAt = commit.Instance?.UpdatedAt;
            await db.Set<OutboxRow>()
                .Where(m => m.BookmarkId != null && removed.Contains(m.BookmarkId)
                    && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Incident))
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(m => m.Status, OutboxStatus.Cancelled)
                        .SetProperty(m => m.FinishedAt, finishedAt),
                    cancellationToken);
        }

        foreach (var request in requests)
        {
            transaction.Handled.Add(request);
            if (OutboxRows.FromRequest(request, commit) is { } row)
            {
                db.Set<OutboxRow>().Add(row);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
