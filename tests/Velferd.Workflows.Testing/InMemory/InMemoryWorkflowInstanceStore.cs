using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Instances, bookmarks and execution logs in memory, with the EF store's concurrency rules.</summary>
public sealed class InMemoryWorkflowInstanceStore(InMemoryDatabase db, IEnumerable<IInMemoryBurstCommitParticipant> participants) : IWorkflowInstanceStore
{
    /// <inheritdoc />
    public Task<WorkflowInstance?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Instances.TryGetValue(id, out var stored)
                ? InMemoryDatabase.Copy(stored.Instance, stored.Instance.Revision)
                : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, WorkflowInstance>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyDictionary<string, WorkflowInstance> found = ids.Distinct(StringComparer.Ordinal)
                .Where(db.Instances.ContainsKey)
                .ToDictionary(id => id, id => InMemoryDatabase.Copy(db.Instances[id].Instance, db.Instances[id].Instance.Revision), StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task CommitAsync(IReadOnlyList<BurstCommit> commits, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            // Check every commit first, so a refused group changes nothing.
            foreach (var commit in commits)
            {
                Check(commit);
            }

            if (commits.Select(c => c.Instance?.Id).OfType<string>().GroupBy(id => id).Any(g => g.Count() > 1))
            {
                throw new ConcurrencyConflictException("A group names one instance twice: the second burst ran on a stale copy.");
            }

            foreach (var commit in commits)
            {
                Apply(commit);
            }
        }

        return Task.CompletedTask;
    }

    private void Check(BurstCommit commit)
    {
        if (commit.Stimulus is { } claimed)
        {
            if (!db.Stimuli.TryGetValue(claimed.Stimulus.Id, out var row) || row.ClaimToken != claimed.ClaimToken
                || row.Stimulus.Status != StimulusStatus.Claimed)
            {
                throw new ConcurrencyConflictException("The stimulus lease was lost.");
            }
        }

        if (commit.Instance is { } instance)
        {
            var exists = db.Instances.TryGetValue(instance.Id, out var stored);
            if (commit.IsNewInstance ? exists : !exists || stored!.Instance.Revision != instance.Revision)
            {
                throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by someone else.");
            }
        }
    }

    private void Apply(BurstCommit commit)
    {
        var handled = new HashSet<IBurstEffect>(ReferenceEqualityComparer.Instance);
        foreach (var participant in participants)
        {
            participant.Write(commit, handled);
        }

        if (commit.Effects.FirstOrDefault(e => !handled.Contains(e)) is { } unhandled)
        {
            throw new InvalidOperationException($"No in-memory commit participant stores {unhandled.GetType().Name}.");
        }

        if (commit.Stimulus is { } done)
        {
            var row = db.Stimuli[done.Stimulus.Id];
            db.Stimuli[done.Stimulus.Id] = row with { Stimulus = row.Stimulus with { Status = StimulusStatus.Done }, Owner = null, ClaimToken = null, LeaseExpiresAt = null };
        }

        if (commit.Instance is { } saved)
        {
            db.Instances[saved.Id] = new InMemoryDatabase.StoredInstance(InMemoryDatabase.Copy(saved, saved.Revision + 1));
            foreach (var id in commit.RemovedBookmarkIds)
            {
                db.Bookmarks.Remove(id);
            }

            foreach (var bookmark in commit.AddedBookmarks)
            {
                db.Bookmarks[bookmark.Id] = (saved.Id, bookmark);
            }

            db.ExecutionLog.AddRange(commit.ExecutionLog);
        }

        foreach (var stimulus in commit.NewStimuli)
        {
            if (db.Stimuli.Values.All(s => s.Stimulus.IdempotencyKey != stimulus.IdempotencyKey))
            {
                db.Stimuli[stimulus.Id] = new InMemoryDatabase.StoredStimulus(stimulus, null, null, null);
            }
        }

        if (commit.Instance is { } committed)
        {
            committed.Revision++;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BookmarkMatch>> FindBookmarksAsync(
        string name, string? key, string? correlationId, CaseVisibility? visible, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyList<BookmarkMatch> matches = [.. db.Bookmarks.Values
                .Where(b => b.Bookmark.Name == name && b.Bookmark.Key == key && (correlationId is null || b.Bookmark.CorrelationId == correlationId))
                .Where(b => visible is null || (db.Instances.TryGetValue(b.InstanceId, out var owner) && visible.Allows(owner.Instance.Team, owner.Instance.CorrelationId)))
                .Select(b => new BookmarkMatch(b.InstanceId, b.Bookmark.Id))];
            return Task.FromResult(matches);
        }
    }

    /// <inheritdoc />
    public Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var matches = db.Instances.Values.Select(s => s.Instance)
                .Where(i => (query.DefinitionId is null || i.DefinitionId == query.DefinitionId)
                    && (query.DefinitionVersionId is null || i.DefinitionVersionId == query.DefinitionVersionId)
                    && (query.CorrelationId is null || i.CorrelationId == query.CorrelationId)
                    && (query.Teams is null || (i.Team is not null && query.Teams.Contains(i.Team)))
                    && (query.Visibility is null || query.Visibility.Allows(i.Team, i.CorrelationId))
                    && (query.Status is null || i.Status == query.Status)
                    && (query.SubStatus is null || i.SubStatus == query.SubStatus))
                .ToList();
            var page = matches
                .Where(i => query.After is null || string.CompareOrdinal(i.Id, query.After) < 0)
                .OrderByDescending(i => i.Id, StringComparer.Ordinal)
                .Take(query.PageSize)
                .Select(i => InMemoryDatabase.Copy(i, i.Revision))
                .ToList();
            return Task.FromResult(new InstancePage(page, page.Count == query.PageSize ? page[^1].Id : null, matches.Count));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InstanceCount>> CountByVersionAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyList<InstanceCount> counts = [.. db.Instances.Values.Select(s => s.Instance)
                .Where(i => i.DefinitionId == definitionId)
                .GroupBy(i => (i.DefinitionVersion, i.Status, i.SubStatus))
                .Select(g => new InstanceCount(g.Key.DefinitionVersion, g.Key.Status, g.Key.SubStatus, g.LongCount()))];
            return Task.FromResult(counts);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActivityExecutionRecord>> GetExecutionLogAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyList<ActivityExecutionRecord> log = [.. db.ExecutionLog.Where(r => r.WorkflowInstanceId == instanceId).OrderBy(r => r.Sequence)];
            return Task.FromResult(log);
        }
    }
}
