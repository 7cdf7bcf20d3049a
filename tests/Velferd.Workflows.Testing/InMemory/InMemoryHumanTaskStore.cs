using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Tasks and their history in memory, with the EF store's version check and inbox order.</summary>
public sealed class InMemoryHumanTaskStore(InMemoryDatabase db) : IHumanTaskStore
{
    /// <inheritdoc />
    public Task<HumanTask?> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.HumanTasks.TryGetValue(taskId, out var task) ? task : null);
        }
    }

    /// <inheritdoc />
    /// <remarks>The in-memory database holds no welfare cases: as in its lists, the kinds hide nothing here.</remarks>
    public Task<HumanTask?> FindVisibleAsync(string taskId, IReadOnlyCollection<string> hiddenCaseKinds, CancellationToken cancellationToken) =>
        FindAsync(taskId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SaveAsync(
        HumanTask task, long expectedVersion, HumanTaskHistoryEntry entry, Stimulus? resume, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            if (!db.HumanTasks.TryGetValue(task.Id, out var stored) || stored.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            if (resume is not null && db.Stimuli.Values.Any(s => s.Stimulus.IdempotencyKey == resume.IdempotencyKey))
            {
                throw new InvalidOperationException($"A stimulus with the key {resume.IdempotencyKey} exists already.");
            }

            db.HumanTasks[task.Id] = task;
            db.HumanTaskHistory.Add(entry);
            if (resume is not null)
            {
                db.Stimuli[resume.Id] = new InMemoryDatabase.StoredStimulus(resume, null, null, null);
            }

            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HumanTaskHistoryEntry>> GetHistoryAsync(string taskId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyList<HumanTaskHistoryEntry> history = [.. db.HumanTaskHistory.Where(h => h.TaskId == taskId)
                .OrderBy(h => h.Version)];
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    public Task<HumanTaskPage> ListAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var rows = Filter(query, withStatuses: true);
            if (HumanTaskCursor.Decode(query.After) is { } after)
            {
                rows = rows.Where(t => Compare(query.Sort, t, after) > 0);
            }

            var ordered = query.Sort switch
            {
                HumanTaskSort.Newest => rows.OrderByDescending(t => t.Id, StringComparer.Ordinal),
                HumanTaskSort.Priority => rows.OrderBy(t => t.PriorityOrder).ThenBy(t => t.DueOrder).ThenBy(t => t.Id, StringComparer.Ordinal),
                _ => rows.OrderBy(t => t.DueOrder).ThenBy(t => t.Id, StringComparer.Ordinal),
            };
            var page = ordered.Take(query.PageSize + 1).ToList();
            var items = page.Take(query.PageSize).ToList();
            return Task.FromResult(new HumanTaskPage(items, page.Count > query.PageSize ? HumanTaskCursor.Encode(items[^1]) : null));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<HumanTaskStatus, long>> CountByStatusAsync(HumanTaskQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var rows = Filter(query, withStatuses: false).ToList();
            IReadOnlyDictionary<HumanTaskStatus, long> counts = Enum.GetValues<HumanTaskStatus>()
                .ToDictionary(s => s, s => (long)rows.Count(t => t.Status == s));
            return Task.FromResult(counts);
        }
    }

    /// <summary>Where <paramref name="task"/> lies relative to the cursor in the query's order (positive: after it).</summary>
    private static int Compare(HumanTaskSort sort, HumanTask task, HumanTaskCursor after)
    {
        var byId = string.CompareOrdinal(task.Id, after.Id);
        var byDue = task.DueOrder.CompareTo(after.DueOrder);
        return sort switch
        {
            HumanTaskSort.Newest => -byId,
            HumanTaskSort.Priority => task.PriorityOrder != after.PriorityOrder ? task.PriorityOrder.CompareTo(after.PriorityOrder) : byDue != 0 ? byDue : byId,
            _ => byDue != 0 ? byDue : byId,
        };
    }

    private IEnumerable<HumanTask> Filter(HumanTaskQuery q, bool withStatuses) => db.HumanTasks.Values.Where(t =>
        (!withStatuses || q.Statuses is not { Count: > 0 } || q.Statuses.Contains(t.Status))
        && (q.AssignedTo is null || t.AssignedTo == q.AssignedTo)
        && (q.AssignedTo is not null || q.WorkflowInstanceId is not null || t.TestRunBy is null)
        && (q.Teams is null || (t.CandidateTeam is not null && q.Teams.Contains(t.CandidateTeam)))
        && (q.HiddenCases is null || t.CorrelationId is null || !q.HiddenCases.Contains(t.CorrelationId))
        && (q.Roles is null || t.CandidateRole is null || q.Roles.Contains(t.CandidateRole))
        && (q.DefinitionId is null || t.DefinitionId == q.DefinitionId)
        && (q.CorrelationId is null || t.CorrelationId == q.CorrelationId)
        && (q.WorkflowInstanceId is null || t.WorkflowInstanceId == q.WorkflowInstanceId)
        && (q.DueFrom is null || (t.DueAt is not null && t.DueOrder >= q.DueFrom))
        && (q.DueBefore is null || (t.DueAt is not null && t.DueOrder < q.DueBefore))
        && (q.Priority is null || t.Priority == q.Priority));
}
