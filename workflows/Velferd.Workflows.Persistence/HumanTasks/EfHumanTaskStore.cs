using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Stimuli;
using Velferd.Workflows.Persistence.Welfare;

namespace Velferd.Workflows.Persistence.HumanTasks;

/// <summary>Tasks and their history in the database; inbox lists are keyset pages over the partial active-task indexes.</summary>
public sealed class EfHumanTaskStore(WorkflowsDbContext db) : IHumanTaskStore
{
    private IQueryable<HumanTaskRow> Tasks => db.Set<HumanTaskRow>().AsNoTracking();

    /// <inheritdoc />
    public async Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var row = await Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        return row is null ? null : HumanTaskMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<HumanTask?> FindVisibleAsync(string taskId, IReadOnlyCollection<string> hiddenCaseKinds, CancellationToken cancellationToken)
    {
        var row = await WithoutHiddenKinds(Tasks.Where(t => t.Id == taskId), hiddenCaseKinds).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : HumanTaskMapping.ToModel(row);
    }

    /// <inheritdoc />
    /// <remarks>One <c>SaveChanges</c>, so one transaction; the update's version check makes a stale change store nothing.</remarks>
    public async Task<bool> SaveAsync(
        HumanTask task, long expectedVersion, HumanTaskHistoryEntry entry, Stimulus? resume, CancellationToken cancellationToken)
    {
        try
        {
            var entity = db.Set<HumanTaskRow>().Attach(HumanTaskMapping.ToRow(task));
            entity.State = EntityState.Modified;
            entity.Property(t => t.Version).OriginalValue = expectedVersion;
            db.Set<HumanTaskHistoryRow>().Add(HumanTaskMapping.ToRow(entry));
            if (resume is not null)
            {
                db.Stimuli.Add(EfStimulusQueue.ToRow(resume));
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException)
        {
            // A racing change of the same version may win on the history row's (task, version) key or on the resume
            // stimulus's key before our update's version check runs: the same lost race.
            if (await IsStaleAsync(task.Id, expectedVersion, cancellationToken))
            {
                return false;
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> IsStaleAsync(string taskId, long expectedVersion, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await Tasks.Where(t => t.Id == taskId).Select(t => t.Version).FirstOrDefaultAsync(cancellationToken) != expectedVersion;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HumanTaskHistoryEntry>> GetHistoryAsync(string taskId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<HumanTaskHistoryRow>().AsNoTracking().Where(h => h.TaskId == taskId)
            .OrderBy(h => h.Version).ToListAsync(cancellationToken);
        return [.. rows.Select(HumanTaskMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<HumanTaskPage> ListAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(query, withStatuses: true);
        if (HumanTaskCursor.Decode(query.After) is { } after)
        {
            rows = query.Sort switch
            {
                HumanTaskSort.Newest => rows.Where(t => string.Compare(t.Id, after.Id) < 0),
                HumanTaskSort.Priority => rows.Where(t => t.PriorityOrder > after.PriorityOrder
                    || (t.PriorityOrder == after.PriorityOrder && (t.DueOrder > after.DueOrder
                        || (t.DueOrder == after.DueOrder && string.Compare(t.Id, after.Id) > 0)))),
                _ => rows.Where(t => t.DueOrder > after.DueOrder || (t.DueOrder == after.DueOrder && string.Compare(t.Id, after.Id) > 0)),
            };
        }

        rows = query.Sort switch
        {
            HumanTaskSort.Newest => rows.OrderByDescending(t => t.Id),
            HumanTaskSort.Priority => rows.OrderBy(t => t.PriorityOrder).ThenBy(t => t.DueOrder).ThenBy(t => t.Id),
            _ => rows.OrderBy(t => t.DueOrder).ThenBy(t => t.Id),
        };
        var page = await rows.Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var items = page.Take(query.PageSize).Select(HumanTaskMapping.ToModel).ToList();
        return new HumanTaskPage(items, page.Count > query.PageSize ? HumanTaskCursor.Encode(items[^1]) : null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<HumanTaskStatus, long>> CountByStatusAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        var counts = await Filter(query, withStatuses: false)
            .GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<HumanTaskStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    private IQueryable<HumanTaskRow> Filter(HumanTaskQuery query, bool withStatuses)
    {
        var rows = Tasks;
        if (withStatuses && query.Statuses is { Count: > 0 } statuses)
        {
            // Inlined constants (not a parameter list), so PostgreSQL can match the partial active-task indexes.
            var wanted = statuses.Distinct().ToList();
            rows = rows.Where(t => EF.Constant(wanted).Contains(t.Status));
        }

        if (query.AssignedTo is { } user)
        {
            rows = rows.Where(t => t.AssignedTo == user);
        }
        else if (query.WorkflowInstanceId is null)
        {
            // A test run's task is its process owner's alone (he holds it): never in a team's list.
            rows = rows.Where(t => t.TestRunBy == null);
        }

        if (query.Teams is { Count: 1 })
        {
            var team = query.Teams.First();
            rows = rows.Where(t => t.CandidateTeam == team);
        }
        else if (query.Teams is { } teams)
        {
            var list = teams.ToList();
            rows = rows.Where(t => t.CandidateTeam != null && list.Contains(t.CandidateTeam));
        }

        if (query.HiddenCases is { Count: > 0 } hidden)
        {
            var list = hidden.ToList();
            rows = rows.Where(t => t.CorrelationId == null || !list.Contains(t.CorrelationId));
        }

        if (query.HiddenCaseKinds is { } hiddenKinds)
        {
            rows = WithoutHiddenKinds(rows, hiddenKinds);
        }

        if (query.Roles is { } roles)
        {
            var list = roles.ToList();
            rows = rows.Where(t => t.CandidateRole == null || list.Contains(t.CandidateRole));
        }

        if (query.DefinitionId is { } definitionId)
        {
            rows = rows.Where(t => t.DefinitionId == definitionId);
        }

        if (query.CorrelationId is { } correlationId)
        {
            rows = rows.Where(t => t.CorrelationId == correlationId);
        }

        if (query.WorkflowInstanceId is { } instanceId)
        {
            rows = rows.Where(t => t.WorkflowInstanceId == instanceId);
        }

        if (query.DueFrom is { } from)
        {
            rows = rows.Where(t => t.DueAt != null && t.DueOrder >= from);
        }

        if (query.DueBefore is { } before)
        {
            rows = rows.Where(t => t.DueAt != null && t.DueOrder < before);
        }

        if (query.Priority is { } priority)
        {
            rows = rows.Where(t => t.Priority == priority);
        }

        return rows;
    }

    // In the query's own statement: each task reaches its case by key, so the filter costs a probe per row instead of a
    // look-up of the user's cases first (the inbox runs it on every request).
    private IQueryable<HumanTaskRow> WithoutHiddenKinds(IQueryable<HumanTaskRow> rows, IReadOnlyCollection<string> hiddenKinds)
    {
        if (hiddenKinds.Count == 0)
        {
            return rows;
        }

        var kinds = hiddenKinds.ToList();
        var cases = db.Set<WelfareCaseRow>();
        return rows.Where(t => t.CorrelationId == null || !cases.Any(c => c.Id == t.CorrelationId && EF.Constant(kinds).Contains(c.Kind)));
    }
}
