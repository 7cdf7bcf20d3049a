using Velferd.Workflows.Core.Deadlines;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>The deadline table in memory, with the EF store's claim rules.</summary>
public sealed class InMemoryDeadlineStore(InMemoryDatabase db, InMemoryDeadlineTable table) : IDeadlineStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimedDeadline>> ClaimDueAsync(string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var token = Guid.NewGuid().ToString("N");
            var due = table.Rows.Values
                .Where(r => r.Deadline.NextFireAt is { } at && at <= now && (r.ClaimToken is null || r.ClaimExpiresAt < now))
                .OrderBy(r => r.Deadline.NextFireAt)
                .Take(max)
                .ToList();
            var claimed = new List<ClaimedDeadline>();
            foreach (var row in due)
            {
                table.Rows[row.Deadline.Id] = row with { ClaimToken = token, ClaimExpiresAt = now + lease };
                claimed.Add(new ClaimedDeadline(row.Deadline, row.Deadline.NextStep!.Value, token));
            }

            return Task.FromResult<IReadOnlyList<ClaimedDeadline>>(claimed);
        }
    }

    /// <inheritdoc />
    public Task<int> CompleteStepsAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var completed = 0;
            foreach (var (claimed, stimulus) in fired)
            {
                if (!table.Rows.TryGetValue(claimed.Deadline.Id, out var row) || row.ClaimToken != claimed.ClaimToken)
                {
                    continue;
                }

                var after = DeadlineSchedule.AfterFiring(row.Deadline, claimed.Step, now);
                table.Rows[row.Deadline.Id] = new InMemoryDeadlineTable.Row(after, null, null);
                completed++;
                if (stimulus is not null && db.Stimuli.Values.All(s => s.Stimulus.IdempotencyKey != stimulus.IdempotencyKey))
                {
                    db.Stimuli[stimulus.Id] = new InMemoryDatabase.StoredStimulus(stimulus, null, null, null);
                }
            }

            return Task.FromResult(completed);
        }
    }

    /// <inheritdoc />
    public Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(table.Rows.Values.Select(r => r.Deadline.NextFireAt).Where(at => at is not null).Min());
        }
    }

    /// <inheritdoc />
    public Task<Deadline?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(table.Rows.TryGetValue(id, out var row) ? row.Deadline : null);
        }
    }

    /// <inheritdoc />
    public Task<DeadlinePage> ListAsync(DeadlineQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var matches = table.Rows.Values.Select(r => r.Deadline)
                .Where(d => (query.Id is null || d.Id == query.Id)
                    && (query.CorrelationId is null || d.CorrelationId == query.CorrelationId)
                    && (query.WorkflowInstanceId is null || d.WorkflowInstanceId == query.WorkflowInstanceId)
                    && (query.WorkflowInstanceId is not null || query.Id is not null || d.TestRunBy is null)
                    && (query.Teams is null || (d.Team is not null && query.Teams.Contains(d.Team)))
                    && (query.VisibleToTeams is null || VisibleTo(d, query.VisibleToTeams))
                    && (query.Visibility is null || query.Visibility.AllowsDeadline(
                        d.Team, db.Instances.TryGetValue(d.WorkflowInstanceId, out var owner) ? owner.Instance.Team : null, d.CorrelationId))
                    && (query.Statuses is null || query.Statuses.Contains(d.Status))
                    && (query.Kinds is null || query.Kinds.Contains(d.Kind))
                    && (query.DueBefore is null || d.DueAt < query.DueBefore)
                    && (!query.ExtensionRequested || d.RequestedDueAt is not null))
                .OrderBy(d => d.DueAt).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new DeadlinePage([.. matches.Take(query.Take)], matches.Count));
        }
    }

    private bool VisibleTo(Deadline deadline, IReadOnlyCollection<string> teams) =>
        (deadline.Team is not null && teams.Contains(deadline.Team))
        || (db.Instances.TryGetValue(deadline.WorkflowInstanceId, out var owner) && owner.Instance.Team is { } team && teams.Contains(team));

    /// <inheritdoc />
    public Task<bool> UpdateAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            if (!table.Rows.TryGetValue(expected.Id, out var row) || row.ClaimToken is not null
                || row.Deadline.UpdatedAt != expected.UpdatedAt || row.Deadline.Status != expected.Status)
            {
                return Task.FromResult(false);
            }

            table.Rows[expected.Id] = row with { Deadline = updated };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Deadline>> ListPendingAgeMilestonesAsync(AgeMilestoneQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var page = table.Rows.Values
                .Where(r => r.ClaimToken is null
                    && r.Deadline is { PersonIdentityNumber: not null, Status: DeadlineStatus.Pending, NextStep: DeadlineStep.Due }
                    && r.Deadline.DueAt < query.DueBefore
                    && (query.AfterId is null || string.CompareOrdinal(r.Deadline.Id, query.AfterId) > 0))
                .Select(r => r.Deadline)
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .Take(query.Take)
                .ToList();
            return Task.FromResult<IReadOnlyList<Deadline>>(page);
        }
    }
}
