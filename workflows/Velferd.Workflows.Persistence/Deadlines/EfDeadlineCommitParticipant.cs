using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Instances;

namespace Velferd.Workflows.Persistence.Deadlines;

/// <summary>Writes a burst's deadline changes (see <see cref="DeadlineCommitPlan"/>) inside the burst's transaction.</summary>
public sealed class EfDeadlineCommitParticipant : IBurstCommitParticipant
{
    private static readonly DeadlineStatus[] Open = [DeadlineStatus.Pending, DeadlineStatus.Reminded, DeadlineStatus.Extended];

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var removed = commits.SelectMany(c => c.RemovedBookmarksToCheck).ToList();
        if (removed.Count == 0 && !commits.Any(c => c.Effects.Any(e => e is DeadlineEffect or DeadlineResolvedEffect)))
        {
            return;
        }

        var db = transaction.Context;
        await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        var onRemoved = new Dictionary<string, Deadline>(StringComparer.Ordinal);
        if (removed.Count > 0)
        {
            var rows = await db.Deadlines.AsNoTracking()
                .Where(d => d.BookmarkId != null && removed.Contains(d.BookmarkId) && d.NextFireAt != null)
                .ToListAsync(cancellationToken);
            onRemoved = rows.ToDictionary(r => r.Id, r => r.ToModel(), StringComparer.Ordinal);
        }

        var plans = commits.Select(c => DeadlineCommitPlan.For(
            c, [.. onRemoved.Values.Where(d => d.BookmarkId is { } id && c.RemovedBookmarksToCheck.Contains(id))])).ToList();

        var inserts = plans.SelectMany(p => p.Inserts).ToList();
        if (inserts.Count > 0)
        {
            db.Deadlines.AddRange(inserts.Select(DeadlineRow.From));
            await db.SaveChangesAsync(cancellationToken);
        }

        // One statement per kind of change for the whole group; its bursts ran within moments of each other, so the
        // latest of their times stands for all.
        var now = commits.Max(c => c.Instance?.UpdatedAt) ?? DateTimeOffset.MinValue;
        foreach (var resolved in plans.SelectMany(p => p.Resolutions).GroupBy(r => r.Status))
        {
            var status = resolved.Key;
            var ids = resolved.Select(r => r.DeadlineId).ToList();
            var rows = db.Deadlines.Where(d => ids.Contains(d.Id) && Open.Contains(d.Status));
            if (status == DeadlineStatus.Met)
            {
                // Met clears the claim too, so a pump that claimed the due step meanwhile fires nothing.
                await rows.ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Status, status).SetProperty(d => d.NextStep, (DeadlineStep?)null).SetProperty(d => d.NextFireAt, (DateTimeOffset?)null)
                        .SetProperty(d => d.ResolvedAt, now).SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.ClaimToken, (string?)null),
                    cancellationToken);
            }
            else
            {
                await rows.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, status).SetProperty(d => d.ResolvedAt, now).SetProperty(d => d.UpdatedAt, now), cancellationToken);
            }
        }

        foreach (var (deadlineId, bookmarkId) in plans.SelectMany(p => p.Repoints))
        {
            await db.Deadlines.Where(d => d.Id == deadlineId).ExecuteUpdateAsync(s => s.SetProperty(d => d.BookmarkId, bookmarkId), cancellationToken);
        }

        var cancellations = plans.SelectMany(p => p.Cancellations).ToList();
        if (cancellations.Count > 0)
        {
            await db.Deadlines.Where(d => cancellations.Contains(d.Id) && Open.Contains(d.Status)).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeadlineStatus.Cancelled).SetProperty(d => d.NextStep, (DeadlineStep?)null).SetProperty(d => d.NextFireAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.ResolvedAt, now).SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.ClaimToken, (string?)null),
                cancellationToken);
        }

        var stopped = plans.SelectMany(p => p.StoppedSteps).ToList();
        if (stopped.Count > 0)
        {
            await db.Deadlines.Where(d => stopped.Contains(d.Id) && d.Status == DeadlineStatus.Overdue).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.NextStep, (DeadlineStep?)null).SetProperty(d => d.NextFireAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.ClaimToken, (string?)null),
                cancellationToken);
        }

        foreach (var effect in plans.SelectMany(p => p.Handled))
        {
            transaction.Handled.Add(effect);
        }
    }
}
