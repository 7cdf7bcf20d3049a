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
    public async Task WriteAsync(BurstCommit commit, BurstTransaction transaction, CancellationToken cancellationToken)
    {
        var created = commit.Effects.OfType<HumanTaskCreated>().ToList();
        var ended = HumanTaskBurstChanges.EndedBookmarks(commit);
        if (created.Count == 0 && ended.Count == 0)
        {
            return;
        }

        var db = transaction.Context;
        await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        foreach (var effect in created)
        {
            var (task, entry) = HumanTaskBurstChanges.Link(effect.Task, commit);
            db.Set<HumanTaskRow>().Add(HumanTaskMapping.ToRow(task));
            db.Set<HumanTaskHistoryRow>().Add(HumanTaskMapping.ToRow(entry));
            transaction.Handled.Add(effect);
        }

        if (ended.Count > 0)
        {
            var rows = await db.Set<HumanTaskRow>()
                .Where(t => ended.Contains(t.BookmarkId) && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
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
