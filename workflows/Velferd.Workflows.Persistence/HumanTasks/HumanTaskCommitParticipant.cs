using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Instances;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>
/// Stores the tasks a burst created, and cancels the active tasks whose bookmark the burst removed: a completed
/// task is already closed when its bookmark is resumed, so an active task losing its bookmark means its branch ended
/// or the instance was cancelled.
/// </summary>
public sealed class HumanTaskCommitParticipant : IBurstCommitParticipant
{
    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var created = commits.SelectMany(c => c.Effects.OfType<HumanTaskCreated>().Select(e => (Commit: c, Effect: e))).ToList();
        var endedBy = new Dictionary<string, BurstCommit>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            foreach (var bookmarkId in HumanTaskBurstChanges.EndedBookmarks(commit))
            {
                endedBy[bookmarkId] = commit;
            }
        }

        if (created.Count == 0 && endedBy.Count == 0)
        {
            return;
        }

        var db = transaction.Context;
        await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        foreach (var (commit, effect) in created)
        {
            var (task, entry) = HumanTaskBurstChanges.Link(effect.Task, commit);
            db.Set<HumanTaskRow>().Add(HumanTaskMapping.ToRow(task));
            db.Set<HumanTaskHistoryRow>().Add(HumanTaskMapping.ToRow(entry));
            transaction.Handled.Add(effect);
        }

        if (endedBy.Count > 0)
        {
            var ended = endedBy.Keys.ToList();
            var rows = await db.Set<HumanTaskRow>()
                .Where(t => ended.Contains(t.BookmarkId) && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var commit = endedBy[row.BookmarkId];
                var now = commit.Instance?.UpdatedAt ?? row.UpdatedAt;
                if (HumanTaskRules.Cancel(HumanTaskMapping.ToModel(row), HumanTaskBurstChanges.CancelReason(commit, row.BookmarkId), now) is HumanTaskDecision.Change { Entry: { } entry } change)
                {
                    db.Entry(row).CurrentValues.SetValues(HumanTaskMapping.ToRow(change.Task));
                    db.Set<HumanTaskHistoryRow>().Add(HumanTaskMapping.ToRow(entry));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
