using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Stimuli;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>Instances, bookmarks and execution logs; a burst's writes commit in one transaction.</summary>
public sealed class EfWorkflowInstanceStore(WorkflowsDbContext db, IEnumerable<IBurstCommitParticipant> participants) : IWorkflowInstanceStore
{
    /// <inheritdoc />
    public async Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <inheritdoc />
    /// <remarks>Every burst starts here, so like the commit it is plain SQL (see <see cref="BurstSql"/>).</remarks>
    public async Task<IReadOnlyDictionary<string, WorkflowInstance>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var rows = await new BurstSql(db).FindInstancesAsync(ids, cancellationToken);
            return rows.ToDictionary(r => r.Id, r => ToModel(r, withState: true), StringComparer.Ordinal);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// This is the hottest write path (one commit per burst, or per group of bursts), so it is plain parameterised SQL
    /// through EF's connection and transaction rather than change tracking, and each kind of row is written for the
    /// whole group with as few statements as the provider allows.
    /// </remarks>
    public async Task CommitAsync(IReadOnlyList<BurstCommit> commits, CancellationToken cancellationToken)
    {
        if (commits.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        // Any failure rolls the whole commit back, so a savepoint around each participant's SaveChanges would only
        // cost two more round trips.
        db.Database.AutoSavepointsEnabled = false;
        var sql = new BurstSql(db, transaction);
        var saved = commits.Where(c => c.Instance is not null).ToList();
        try
        {
            await CompleteStimuliAsync(sql, commits, cancellationToken);
            if (saved.Count > 0)
            {
                var instances = saved.Select(c => (c.Instance!, JsonSerializer.Serialize(c.Instance!.State, WorkflowJson.Options), c.IsNewInstance)).ToList();
                if (await sql.WriteInstancesAsync(instances, cancellationToken) != instances.Count)
                {
                    // The revision check and the write are one statement: a stale copy updates nothing.
                    throw new ConcurrencyConflictException(
                        $"One of the instances {string.Join(", ", saved.Select(c => c.Instance!.Id))} was changed by someone else.");
                }

                await sql.DeleteBookmarksAsync([.. saved.SelectMany(c => c.RemovedBookmarkIds)], cancellationToken);
                await sql.InsertBookmarksAsync([.. saved.SelectMany(c => c.AddedBookmarks.Select(b => (c.Instance!.Id, b)))], cancellationToken);
                await sql.InsertExecutionsAsync([.. saved.SelectMany(c => c.ExecutionLog)], cancellationToken);
            }

            var written = commits.Where(c => c.Effects.Count > 0 || c.Instance is not null).ToList();
            if (written.Count > 0)
            {
                await WriteParticipantsAsync(written, transaction, cancellationToken);
            }

            await EnqueueAsync([.. commits.SelectMany(c => c.NewStimuli)], transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException && saved.Count > 0)
        {
            throw new ConcurrencyConflictException(
                $"Instances {string.Join(", ", saved.Select(c => c.Instance!.Id))} could not be saved: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.Database.AutoSavepointsEnabled = true;
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }

        foreach (var commit in saved)
        {
            commit.Instance!.Revision++;
        }
    }

    private static async Task CompleteStimuliAsync(BurstSql sql, IReadOnlyList<BurstCommit> commits, CancellationToken cancellationToken)
    {
        // One claim token covers a whole claimed batch, so a group is usually one statement.
        foreach (var claim in commits.Where(c => c.Stimulus is not null).GroupBy(c => c.Stimulus!.ClaimToken, StringComparer.Ordinal))
        {
            var ids = claim.Select(c => c.Stimulus!.Stimulus.Id).ToList();
            var processedAt = claim.Max(c => c.Instance?.UpdatedAt ?? c.Stimulus!.Stimulus.AvailableAt);
            if (await sql.CompleteStimuliAsync(ids, claim.Key, processedAt, cancellationToken) != ids.Count)
            {
                throw new ConcurrencyConflictException($"The lease on one of the stimuli {string.Join(", ", ids)} was lost.");
            }
        }
    }

    private async Task EnqueueAsync(IReadOnlyList<Stimulus> stimuli, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (stimuli.Count == 0)
        {
            return;
        }

        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        // A key already stored, or repeated within this commit, is the same request: it is stored once.
        var fresh = stimuli.DistinctBy(s => s.IdempotencyKey).ToList();
        var keys = fresh.Select(s => s.IdempotencyKey).ToList();
        var existing = await db.Stimuli.Where(s => keys.Contains(s.IdempotencyKey)).Select(s => s.IdempotencyKey).ToListAsync(cancellationToken);
        db.Stimuli.AddRange(fresh.Where(s => !existing.Contains(s.IdempotencyKey)).Select(EfStimulusQueue.ToRow));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteParticipantsAsync(IReadOnlyList<BurstCommit> commits, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var handled = new HashSet<IBurstEffect>(ReferenceEqualityComparer.Instance);
        var context = new BurstTransaction(db, db.Database.GetDbConnection(), transaction, handled);
        foreach (var participant in participants)
        {
            await participant.WriteAsync(commits, context, cancellationToken);
        }

        var unhandled = commits.SelectMany(c => c.Effects).FirstOrDefault(e => !handled.Contains(e));
        if (unhandled is not null)
        {
            throw new InvalidOperationException($"No commit participant stores {unhandled.GetType().Name}; register one in the persistence project.");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(
        string name, string? key, string? correlationId, CaseVisibility? visible, CancellationToken cancellationToken)
    {
        var rows = db.Bookmarks.AsNoTracking().Where(b => b.Name == name && b.Key == key);
        if (correlationId is not null)
        {
            rows = rows.Where(b => b.CorrelationId == correlationId);
        }

        if (visible is not null)
        {
            var instances = Visible(db.Instances, visible);
            rows = rows.Where(b => instances.Any(i => i.Id == b.WorkflowInstanceId));
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

        if (query.Teams is { } teams)
        {
            rows = rows.Where(i => i.Team != null && teams.Contains(i.Team));
        }

        if (query.Visibility is { } visibility)
        {
            rows = Visible(rows, visibility);
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
    public async Task<IReadOnlyList<InstanceCount>> CountByVersionAsync(string definitionId, CancellationToken cancellationToken) =>
        await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId)
            .GroupBy(i => new { i.DefinitionVersion, i.Status, i.SubStatus })
            .Select(g => new InstanceCount(g.Key.DefinitionVersion, g.Key.Status, g.Key.SubStatus, g.LongCount()))
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActivityExecutionRecord>> GetExecutionLogAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = await db.ActivityExecutions.AsNoTracking().Where(e => e.WorkflowInstanceId == instanceId)
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return [.. rows.Select(ToModel)];
    }

    // CaseVisibility.Allows in SQL; the related and hidden lists are usually empty and then add nothing to the query.
    private static IQueryable<WorkflowInstanceRow> Visible(IQueryable<WorkflowInstanceRow> rows, CaseVisibility visibility)
    {
        var teams = visibility.Teams.ToList();
        var related = visibility.RelatedCases.ToList();
        var withoutTeam = visibility.WithoutTeam;
        rows = related.Count == 0
            ? rows.Where(i => (i.Team != null && teams.Contains(i.Team)) || (withoutTeam && i.Team == null))
            : rows.Where(i => (i.Team != null && teams.Contains(i.Team)) || (withoutTeam && i.Team == null)
                || (i.CorrelationId != null && related.Contains(i.CorrelationId)));
        var hidden = visibility.HiddenCases.ToList();
        return hidden.Count == 0 ? rows : rows.Where(i => i.CorrelationId == null || !hidden.Contains(i.CorrelationId));
    }

    private static WorkflowInstance ToModel(WorkflowInstanceRow row, bool withState) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        DefinitionVersionId = row.DefinitionVersionId,
        DefinitionVersion = row.DefinitionVersion,
        Name = row.Name,
        CorrelationId = row.CorrelationId,
        Team = row.Team,
        TestRunBy = row.TestRunBy,
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
