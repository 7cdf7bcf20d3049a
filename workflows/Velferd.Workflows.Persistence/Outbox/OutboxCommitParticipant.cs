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
    public async Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var requests = commits.SelectMany(c => c.Effects.OfType<OutboxRequest>().Select(r => (Commit: c, Request: r))).ToList();
        var closing = commits.Where(c => c.RemovedBookmarksToCheck.Count > 0).ToList();
        if (requests.Count == 0 && closing.Count == 0)
        {
            return;
        }

        var db = transaction.Context;
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        }

        if (closing.Count > 0)
        {
            // One statement for the group; the group's bursts ran within moments of each other, so the latest of
            // their times stands for all.
            var removed = closing.SelectMany(c => c.RemovedBookmarksToCheck).ToList();
            var finishedAt = closing.Max(c => c.Instance?.UpdatedAt);
            await db.Set<OutboxRow>()
                .Where(m => m.BookmarkId != null && removed.Contains(m.BookmarkId)
                    && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Incident))
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(m => m.Status, OutboxStatus.Cancelled)
                        .SetProperty(m => m.FinishedAt, finishedAt),
                    cancellationToken);
        }

        foreach (var (commit, request) in requests)
        {
            transaction.Handled.Add(request);
            if (OutboxRows.FromRequest(request, commit) is { } row)
            {
                db.Set<OutboxRow>().Add(row);
            }
        }

        if (requests.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
