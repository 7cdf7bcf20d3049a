using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Stimuli;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>Instances, bookmarks and execution logs; a burst's writes commit in one transaction.</summary>
public sealed class EfWorkflowInstanceStore(WorkflowsDbContext db) : IWorkflowInstanceStore
{
    /// <inheritdoc />
    public async Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return row is null ? null : ToModel(row, withState: true);
    }

    /// <inheritdoc />
    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (commit.Stimulus is { } claimed)
            {
                var done = await db.Stimuli
                    .Where(s => s.Id == claimed.Stimulus.Id && s.ClaimToken == claimed.ClaimToken && s.Status == StimulusStatus.Claimed)
                    .ExecuteUpdateAsync(
                        setters => setters
                            .SetProperty(s => s.Status, StimulusStatus.Done)
                            .SetProperty(s => s.ProcessedAt, commit.Instance != null ? commit.Instance.UpdatedAt : claimed.Stimulus.AvailableAt)
                            .SetProperty(s => s.LeaseOwner, (string?)null)
                            .SetProperty(s => s.LeaseExpiresAt, (DateTimeOffset?)null),
                        cancellationToken);
                if (done == 0)
                {
                    throw new ConcurrencyConflictException($"The lease on stimulus {claimed.Stimulus.Id} was lost.");
                }
            }

            if (commit.Instance is { } instance)
            {
                await SaveInstanceAsync(instance, commit.IsNewInstance, cancellationToken);
                if (commit.RemovedBookmarkIds.Count > 0)
                {
                    var removed = commit.RemovedBookmarkIds;
                    await db.Bookmarks.Where(b => removed.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
                }

                db.Bookmarks.AddRange(commit.AddedBookmarks.Select(b => new BookmarkRow
                {
                    Id = b.Id,
                    WorkflowInstanceId = instance.Id,
                    ActivityId = b.ActivityId,
                    Name = b.Name,
                    Key = b.Key,
                    CorrelationId = b.CorrelationId,
                    CreatedAt = b.CreatedAt,
                }));
                db.ActivityExecutions.AddRange(commit.ExecutionLog.Select(ToRow));
            }

            if (commit.NewStimuli.Count > 0)
            {
                var keys = commit.NewStimuli.Select(s => s.IdempotencyKey).ToList();
                var existing = await db.Stimuli.Where(s => keys.Contains(s.IdempotencyKey)).Select(s => s.IdempotencyKey).ToListAsync(cancellationToken);
                db.Stimuli.AddRange(commit.NewStimuli.Where(s => !existing.Contains(s.IdempotencyKey)).Select(EfStimulusQueue.ToRow));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (commit.Instance is not null)
        {
            throw new ConcurrencyConflictException($"Instance {commit.Instance.Id} could not be saved: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        if (commit.Instance is { } committed)
        {
            committed.Revision++;
        }
    }

    private async Task SaveInstanceAsync(WorkflowInstance instance, bool isNew, CancellationToken cancellationToken)
    {
        var state = JsonSerializer.Serialize(instance.State, WorkflowJson.Options);
        if (isNew)
        {
            db.Instances.Add(new WorkflowInstanceRow
            {
                Id = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersionId = instance.DefinitionVersionId,
                DefinitionVersion = instance.DefinitionVersion,
                Name = instance.Name,
                CorrelationId = instance.CorrelationId,
                Status = instance.Status,
                SubStatus = instance.SubStatus,
                CreatedAt = instance.CreatedAt,
                UpdatedAt = instance.UpdatedAt,
                FinishedAt = instance.FinishedAt,
                IncidentCount = instance.State.Incidents.Count,
                Revision = instance.Revision + 1,
                SchemaVersion = instance.State.SchemaVersion,
                StateJson = state,
            });
            return;
        }

        // The revision check and the write are one statement: a stale copy updates nothing.
        var updated = await db.Instances
            .Where(i => i.Id == instance.Id && i.Revision == instance.Revision)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(i => i.CorrelationId, instance.CorrelationId)
                    .SetProperty(i => i.Status, instance.Status)
                    .SetProperty(i => i.SubStatus, instance.SubStatus)
                    .SetProperty(i => i.UpdatedAt, instance.UpdatedAt)
                    .SetProperty(i => i.FinishedAt, instance.FinishedAt)
                    .SetProperty(i => i.IncidentCount, instance.State.Incidents.Count)
                    .SetProperty(i => i.Revision, instance.Revision + 1)
                    .SetProperty(i => i.SchemaVersion, instance.State.SchemaVersion)
                    .SetProperty(i => i.StateJson, state),
                cancellationToken);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by someone else.");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(
        string name, string? key, string? correlationId, CancellationToken cancellationToken)
    {
        var rows = db.Bookmarks.AsNoTracking().Where(b => b.Name == name && b.Key == key);
        if (correlationId is not null)
        {
            rows = rows.Where(b => b.CorrelationId == correlationId);
        }

        return await rows.Select(b => new BookmarkMatch(b.WorkflowInstanceId, b.Id)).ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Instances.AsNoTracking();
        if (query.DefinitionId is not null)
        {
            rows = rows.Where(i => i.DefinitionId == query.DefinitionId);
        }

        if (query.CorrelationId is not null)
        {
            rows = rows.Where(i => i.CorrelationId == query.CorrelationId);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(i => i.Status == status);
        }

        if (query.SubStatus is { } subStatus)
        {
            rows = rows.Where(i => i.SubStatus == subStatus);
        }

        var total = await rows.LongCountAsync(cancellationToken);
        if (query.After is not null)
        {
            rows = rows.Where(i => string.Compare(i.Id, query.After) < 0);
        }

        var page = await rows.OrderByDescending(i => i.Id).Take(query.PageSize).ToListAsync(cancellationToken);
        return new InstancePage(
            [.. page.Select(r => ToModel(r, withState: false))],
            page.Count == query.PageSize ? page[^1].Id : null,
            total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActivityExecutionRecord>> GetExecutionLogAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.ActivityExecutions.AsNoTracking().Where(e => e.WorkflowInstanceId == instanceId)
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return [.. rows.Select(ToModel)];
    }

    private static WorkflowInstance ToModel(WorkflowInstanceRow row, bool withState) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        DefinitionVersionId = row.DefinitionVersionId,
        DefinitionVersion = row.DefinitionVersion,
        Name = row.Name,
        CorrelationId = row.CorrelationId,
        Status = row.Status,
        SubStatus = row.SubStatus,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        FinishedAt = row.FinishedAt,
        Revision = row.Revision,
        State = withState ? JsonSerializer.Deserialize<WorkflowState>(row.StateJson, WorkflowJson.Options)! : new WorkflowState(),
    };

    private static ActivityExecutionRow ToRow(ActivityExecutionRecord r) => new()
    {
        Id = r.Id,
        WorkflowInstanceId = r.WorkflowInstanceId,
        Sequence = r.Sequence,
        ActivityId = r.ActivityId,
        ActivityNodeId = r.ActivityNodeId,
        ActivityType = r.ActivityType,
        ActivityName = r.ActivityName,
        Status = r.Status,
        Resumed = r.Resumed,
        Outcomes = r.Outcomes.Count == 0 ? null : JsonSerializer.Serialize(r.Outcomes, WorkflowJson.Options),
        Message = r.Message,
        OutputJson = r.Output?.ToJsonString(),
        StartedAt = r.StartedAt,
        CompletedAt = r.CompletedAt,
    };

    private static ActivityExecutionRecord ToModel(ActivityExecutionRow r) => new()
    {
        Id = r.Id,
        WorkflowInstanceId = r.WorkflowInstanceId,
        Sequence = r.Sequence,
        ActivityId = r.ActivityId,
        ActivityNodeId = r.ActivityNodeId,
        ActivityType = r.ActivityType,
        ActivityName = r.ActivityName,
        Status = r.Status,
        Resumed = r.Resumed,
        Outcomes = r.Outcomes is null ? [] : JsonSerializer.Deserialize<string[]>(r.Outcomes, WorkflowJson.Options)!,
        Message = r.Message,
        Output = r.OutputJson is null ? null : JsonNode.Parse(r.OutputJson),
        StartedAt = r.StartedAt,
        CompletedAt = r.CompletedAt,
    };
}
