using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Retention;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.HumanTasks;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Persistence.Retention;

/// <summary>Retention's deletes: a batch of ids found by index, then set-based deletes of their rows in one transaction.</summary>
public sealed class EfRetentionStore(WorkflowsDbContext db) : IRetentionStore
{
    private const int IdsPerStatement = 500;

    private static readonly string OpenCase = nameof(CaseStatus.Open);

    /// <inheritdoc />
    public async Task<int> PruneExecutionLogsAsync(DateTimeOffset finishedBefore, int batch, CancellationToken cancellationToken)
    {
        var ids = await Prunable(finishedBefore)
            .Where(i => db.ActivityExecutions.Any(e => e.WorkflowInstanceId == i.Id))
            .Select(i => i.Id)
            .Take(batch)
            .ToListAsync(cancellationToken);
        await DeleteAsync(ids, async chunk =>
            await db.ActivityExecutions.Where(e => chunk.Contains(e.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        return ids.Count;
    }

    /// <inheritdoc />
    public async Task<int> PruneFinishedInstancesAsync(DateTimeOffset finishedBefore, int batch, CancellationToken cancellationToken)
    {
        var ids = await Prunable(finishedBefore).Select(i => i.Id).Take(batch).ToListAsync(cancellationToken);
        await DeleteAsync(ids, async chunk =>
        {
            var tasks = db.Set<HumanTaskRow>().Where(t => chunk.Contains(t.WorkflowInstanceId));
            await db.Set<HumanTaskHistoryRow>().Where(h => tasks.Any(t => t.Id == h.TaskId)).ExecuteDeleteAsync(cancellationToken);
            await tasks.ExecuteDeleteAsync(cancellationToken);
            await db.Deadlines.Where(d => chunk.Contains(d.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.OutboxMessages.Where(m => chunk.Contains(m.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Bookmarks.Where(b => chunk.Contains(b.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.ActivityExecutions.Where(e => chunk.Contains(e.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Instances.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
        return ids.Count;
    }

    /// <inheritdoc />
    public async Task<int> PruneProcessedStimuliAsync(DateTimeOffset processedBefore, int batch, CancellationToken cancellationToken)
    {
        // A stimulus becomes available before it is processed, so the (status, available_at) index narrows the scan.
        var ids = await db.Stimuli
            .Where(s => s.Status == StimulusStatus.Done && s.AvailableAt < processedBefore && s.ProcessedAt < processedBefore)
            .Select(s => s.Id)
            .Take(batch)
            .ToListAsync(cancellationToken);
        await DeleteAsync(ids, async chunk => await db.Stimuli.Where(s => chunk.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        return ids.Count;
    }

    // Finished before the cut-off, oldest first; kept whole while its case is open or a service call of it is unfinished.
    private IQueryable<WorkflowInstanceRow> Prunable(DateTimeOffset finishedBefore) => db.Instances
        .Where(i => i.Status == WorkflowStatus.Finished && i.FinishedAt < finishedBefore)
        .Where(i => !db.Set<WelfareCaseRow>().Any(c => c.Id == i.CorrelationId && c.Status == OpenCase))
        .Where(i => !db.OutboxMessages.Any(m => m.WorkflowInstanceId == i.Id
            && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Claimed || m.Status == OutboxStatus.Incident)))
        .OrderBy(i => i.FinishedAt);

    private async Task DeleteAsync(List<string> ids, Func<string[], Task> delete, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(IdsPerStatement))
        {
            await delete(chunk);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
