using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Persistence.Stimuli;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>Instances, bookmarks and execution logs; a burst's writes commit in one transaction.</summary>
public sealed class EfWorkflowInstanceStore(WorkflowsDbContext db, IEnumerable<IBurstCommitParticipant> participants) : IWorkflowInstanceStore
{
    /// <inheritdoc />
    /// <remarks>Every burst starts here, so like the commit it is one plain SQL statement (see <see cref="BurstSql"/>).</remarks>
    public async Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var row = await new BurstSql(db).FindInstanceAsync(id, cancellationToken);
            return row is null ? null : ToModel(row, withState: true);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// This is the hottest write path (one commit per burst), so it is plain parameterised SQL through EF's
    /// connection and transaction rather than change tracking: the same statements a hand-written commit would run.
    /// </remarks>
    public async Task CommitAsync(BurstCommit commit, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        var sql = new BurstSql(db, transaction);
        try
        {
            if (commit.Stimulus is { } claimed && await sql.CompleteStimulusAsync(claimed, commit.Instance?.UpdatedAt ?? claimed.Stimulus.AvailableAt, cancellationToken) == 0)
            {
                throw new ConcurrencyConflictException($"The lease on stimulus {claimed.Stimulus.Id} was lost.");
            }

            if (commit.Instance is { } instance)
            {
                var state = JsonSerializer.Serialize(instance.State, WorkflowJson.Options);
                if (commit.IsNewInstance)
                {
                    await sql.InsertInstanceAsync(instance, state, cancellationToken);
                }
                else if (await sql.UpdateInstanceAsync(instance, state, cancellationToken) == 0)
                {
                    // The revision check and the write are one statement: a stale copy updates nothing.
                    throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by someone else.");
                }

                foreach (var id in commit.RemovedBookmarkIds)
                {
                    await sql.DeleteBookmarkAsync(id, cancellationToken);
                }

                foreach (var bookmark in commit.AddedBookmarks)
                {
                    await sql.InsertBookmarkAsync(instance.Id, bookmark, cancellationToken);
                }

                await sql.InsertExecutionsAsync(commit.ExecutionLog, cancellationToken);
            }

            if (commit.Effects.Count > 0 || commit.Instance is not null)
            {
                await WriteParticipantsAsync(commit, transaction, cancellationToken);
            }

            if (commit.NewStimuli.Count > 0)
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
                // A key already stored, or repeated within this commit, is the same request: it is stored once.
                var fresh = commit.NewStimuli.DistinctBy(s => s.IdempotencyKey).ToList();
                var keys = fresh.Select(s => s.IdempotencyKey).ToList();
                var existing = await db.Stimuli.Where(s => keys.Contains(s.IdempotencyKey)).Select(s => s.IdempotencyKey).ToListAsync(cancellationToken);
                db.Stimuli.AddRange(fresh.Where(s => !existing.Contains(s.IdempotencyKey)).Select(EfStimulusQueue.ToRow));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException && commit.Instance is not null)
        {
            throw new ConcurrencyConflictException($"Instance {commit.Instance!.Id} could not be saved: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }

        if (commit.Instance is { } committed)
        {
            committed.Revision++;
        }
    }

    private async Task WriteParticipantsAsync(BurstCommit commit, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var handled = new HashSet<IBurstEffect>(ReferenceEqualityComparer.Instance);
        var context = new BurstTransaction(db, db.Database.GetDbConnection(), transaction, handled);
        foreach (var participant in participants)
        {
            await participant.WriteAsync(commit, context, cancellationToken);
        }

        var unhandled = commit.Effects.FirstOrDefault(e => !handled.Contains(e));
        if (unhandled is not null)
        {
            throw new InvalidOperationException($"No commit participant stores {unhandled.GetType().Name}; register one in the persistence project.");
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

        if (query.DefinitionVersionId is not null)
        {
            rows = rows.Where(i => i.DefinitionVersionId == query.DefinitionVersionId);
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

    internal static ActivityExecutionRow ToRow(ActivityExecutionRecord r) => new()
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
