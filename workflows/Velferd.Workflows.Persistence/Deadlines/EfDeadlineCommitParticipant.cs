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
    public async Task WriteAsync(BurstCommit commit, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var hasEffects = commit.Effects.Any(e => e is DeadlineEffect or DeadlineResolvedEffect);
        if (!hasEffects && !DeadlineCommitPlan.NeedsLookup(commit))
        {
            return;
        }

        var db = transaction.Context;
        await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        IReadOnlyList<Deadline> onRemoved = [];
        if (DeadlineCommitPlan.NeedsLookup(commit))
        {
            var removed = commit.RemovedBookmarkIds.ToList();
            var rows = await db.Deadlines.AsNoTracking()
                .Where(d => d.BookmarkId != null && removed.Contains(d.BookmarkId) && d.NextFireAt != null)
                .ToListAsync(cancellationToken);
            onRemoved = [.. rows.Select(r => r.ToModel())];
        }

        var plan = DeadlineCommitPlan.For(commit, onRemoved);
        if (plan.Inserts.Count > 0)
        {
            db.Deadlines.AddRange(plan.Inserts.Select(DeadlineRow.From));
            await db.SaveChangesAsync(cancellationToken);
        }

        var now = commit.Instance?.UpdatedAt ?? DateTimeOffset.MinValue;
        foreach (var resolution in plan.Resolutions)
        {
            var status = resolution.Status;
            var rows = db.Deadlines.Where(d => d.Id == resolution.DeadlineId && Open.Contains(d.Status));
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

        foreach (var (deadlineId, bookmarkId) in plan.Repoints)
        {
            await db.Deadlines.Where(d => d.Id == deadlineId).ExecuteUpdateAsync(s => s.SetProperty(d => d.BookmarkId, bookmarkId), cancellationToken);
        }

        if (plan.Cancellations.Count > 0)
        {
            var ids = plan.Cancellations;
            await db.Deadlines.Where(d => ids.Contains(d.Id) && Open.Contains(d.Status)).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeadlineStatus.Cancelled).SetProperty(d => d.NextStep, (DeadlineStep?)null).SetProperty(d => d.NextFireAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.ResolvedAt, now).SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.ClaimToken, (string?)null),
                cancellationToken);
        }

        if (plan.StoppedSteps.Count > 0)
        {
            var ids = plan.StoppedSteps;
            await db.Deadlines.Where(d => ids.Contains(d.Id) && d.Status == DeadlineStatus.Overdue).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.NextStep, (DeadlineStep?)null).SetProperty(d => d.NextFireAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.ClaimToken, (string?)null),
                cancellationToken);
        }

        foreach (var effect in plan.Handled)
        {
            transaction.Handled.Add(effect);
        }
    }
}
