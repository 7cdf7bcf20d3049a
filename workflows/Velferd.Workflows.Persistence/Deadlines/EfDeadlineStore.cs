using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Audit;
using Velferd.Workflows.Persistence.Leases;
using Velferd.Workflows.Persistence.Stimuli;

namespace Velferd.Workflows.Persistence.Deadlines;

/// <summary>
/// The deadline table on EF Core. Claims are the stimulus queue's two portable steps (pick candidates, then update only
/// those still claimable, stamping a token unique to the claim); completing a batch of fired steps and storing their
/// stimuli is one transaction, and a step whose claim was lost stores nothing.
/// </summary>
public sealed class EfDeadlineStore(WorkflowsDbContext db) : IDeadlineStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimedDeadline>> ClaimDueAsync(string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expires = now + lease;
        var (rows, token) = await LeaseClaim.ClaimAsync(
            db.Deadlines, Claimable(db.Deadlines.AsNoTracking(), now), q => Claimable(q, now), d => d.NextFireAt, max,
            (setters, token) => setters
                .SetProperty(d => d.ClaimedBy, owner)
                .SetProperty(d => d.ClaimToken, token)
                .SetProperty(d => d.ClaimExpiresAt, expires),
            cancellationToken);
        return [.. rows.Select(r => new ClaimedDeadline(r.ToModel(), r.NextStep!.Value, token))];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Steps that end in the same state (a burst of deadlines due at one instant: all «Elapsed» or «Overdue», no next
    /// step) are completed with one UPDATE per group instead of one per row. If a group updates fewer rows than it
    /// holds, some claims were lost and the statement cannot say which, so the transaction is rolled back and the
    /// batch is completed row by row.
    /// </remarks>
    public async Task<int> CompleteStepsAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (fired.Count == 0)
        {
            return 0;
        }

        var grouped = await CompleteAsync(fired, now, grouped: true, cancellationToken);
        return grouped ?? (await CompleteAsync(fired, now, grouped: false, cancellationToken))!.Value;
    }

    private async Task<int?> CompleteAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, bool grouped, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = new List<FiredStep>();
        var groups = fired.GroupBy(f =>
        {
            var after = DeadlineSchedule.AfterFiring(f.Claimed.Deadline, f.Claimed.Step, now);
            return (f.Claimed.ClaimToken, after.Status, after.NextStep, after.NextFireAt, after.ResolvedAt, Row: grouped ? null : f.Claimed.Deadline.Id);
        });
        foreach (var group in groups)
        {
            var (token, status, nextStep, nextFireAt, resolvedAt, _) = group.Key;
            var ids = group.Select(f => f.Claimed.Deadline.Id).ToList();
            var rows = ids.Count == 1 ? db.Deadlines.Where(d => d.Id == ids[0]) : db.Deadlines.Where(d => ids.Contains(d.Id));
            var updated = await rows
                .Where(d => d.ClaimToken == token)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(d => d.Status, status)
                        .SetProperty(d => d.NextStep, nextStep)
                        .SetProperty(d => d.NextFireAt, nextFireAt)
                        .SetProperty(d => d.ResolvedAt, resolvedAt)
                        .SetProperty(d => d.UpdatedAt, now)
                        .SetProperty(d => d.ClaimedBy, (string?)null)
                        .SetProperty(d => d.ClaimToken, (string?)null)
                        .SetProperty(d => d.ClaimExpiresAt, (DateTimeOffset?)null),
                    cancellationToken);
            if (updated == ids.Count)
            {
                completed.AddRange(group);
            }
            else if (ids.Count > 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        var stimuli = completed.Select(f => f.Stimulus).OfType<Stimulus>().ToList();
        if (stimuli.Count > 0)
        {
            var keys = stimuli.Select(s => s.IdempotencyKey).ToList();
            var existing = (await db.Stimuli.AsNoTracking().Where(s => keys.Contains(s.IdempotencyKey)).Select(s => s.IdempotencyKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            db.Stimuli.AddRange(stimuli.Where(s => !existing.Contains(s.IdempotencyKey)).Select(EfStimulusQueue.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return completed.Count;
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken) =>
        await db.Deadlines.AsNoTracking().Where(d => d.NextFireAt != null).OrderBy(d => d.NextFireAt).Select(d => d.NextFireAt).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<Deadline?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await db.Deadlines.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken))?.ToModel();

    /// <inheritdoc />
    public async Task<DeadlinePage> ListAsync(DeadlineQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Deadlines.AsNoTracking();
        if (query.Id is not null)
        {
            rows = rows.Where(d => d.Id == query.Id);
        }

        if (query.CorrelationId is not null)
        {
            rows = rows.Where(d => d.CorrelationId == query.CorrelationId);
        }

        if (query.WorkflowInstanceId is not null)
        {
            rows = rows.Where(d => d.WorkflowInstanceId == query.WorkflowInstanceId);
        }
        else if (query.Id is null)
        {
            // A test run's deadlines belong to its instance, never to the lists supervisors act on.
            rows = rows.Where(d => d.TestRunBy == null);
        }

        if (query.Teams is { } teams)
        {
            rows = rows.Where(d => d.Team != null && teams.Contains(d.Team));
        }

        if (query.VisibleToTeams is { } visibleTo)
        {
            rows = rows.Where(d => (d.Team != null && visibleTo.Contains(d.Team))
                || db.Instances.Any(i => i.Id == d.WorkflowInstanceId && i.Team != null && visibleTo.Contains(i.Team)));
        }

        if (query.Visibility is { } visibility)
        {
            rows = Visible(rows, visibility);
        }

        if (query.Statuses is { } statuses)
        {
            rows = rows.Where(d => statuses.Contains(d.Status));
        }

        if (query.Kinds is { } kinds)
        {
            rows = rows.Where(d => kinds.Contains(d.Kind));
        }

        if (query.DueBefore is { } before)
        {
            rows = rows.Where(d => d.DueAt < before);
        }

        if (query.ExtensionRequested)
        {
            rows = rows.Where(d => d.RequestedDueAt != null);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(d => d.DueAt).ThenBy(d => d.Id).Take(query.Take).ToListAsync(cancellationToken);
        return new DeadlinePage([.. page.Select(r => r.ToModel())], total);
    }

    /// <inheritdoc />
    /// <remarks>A user's change (an extension) gets its audit row in the same transaction (<see cref="RawWriteAudit"/>).</remarks>
    public Task<bool> UpdateAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken) =>
        RawWriteAudit.WriteAsync(db, expected.CorrelationId, () => WriteAsync(expected, updated, cancellationToken), cancellationToken);

    private async Task<bool> WriteAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken)
    {
        var next = DeadlineRow.From(updated);
        var changed = await db.Deadlines
            .Where(d => d.Id == expected.Id && d.UpdatedAt == expected.UpdatedAt && d.Status == expected.Status && d.ClaimToken == null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(d => d.AnchorAt, next.AnchorAt)
                    .SetProperty(d => d.DueAt, next.DueAt)
                    .SetProperty(d => d.DueLocal, next.DueLocal)
                    .SetProperty(d => d.ReminderAt, next.ReminderAt)
                    .SetProperty(d => d.EscalationAt, next.EscalationAt)
                    .SetProperty(d => d.Status, next.Status)
                    .SetProperty(d => d.NextStep, next.NextStep)
                    .SetProperty(d => d.NextFireAt, next.NextFireAt)
                    .SetProperty(d => d.ExtensionCount, next.ExtensionCount)
                    .SetProperty(d => d.RequestedDueAt, next.RequestedDueAt)
                    .SetProperty(d => d.ExtensionReason, next.ExtensionReason)
                    .SetProperty(d => d.ExtensionRequestedBy, next.ExtensionRequestedBy)
                    .SetProperty(d => d.ExtensionApprovedBy, next.ExtensionApprovedBy)
                    .SetProperty(d => d.UpdatedAt, next.UpdatedAt),
                cancellationToken);
        return changed == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Deadline>> ListPendingAgeMilestonesAsync(AgeMilestoneQuery query, CancellationToken cancellationToken)
    {
        var dueBefore = query.DueBefore.ToUniversalTime();
        var rows = db.Deadlines.AsNoTracking().Where(d =>
            d.PersonIdentityNumber != null
            && d.Status == DeadlineStatus.Pending
            && d.NextStep == DeadlineStep.Due
            && d.ClaimToken == null
            && d.DueAt < dueBefore);
        if (query.AfterId is { } after)
        {
            rows = rows.Where(d => string.Compare(d.Id, after) > 0);
        }

        var page = await rows.OrderBy(d => d.Id).Take(query.Take).ToListAsync(cancellationToken);
        return [.. page.Select(r => r.ToModel())];
    }

    // CaseVisibility.AllowsDeadline in SQL: the deadline's own team, else its instance's, or a related case; never a hidden one.
    private IQueryable<DeadlineRow> Visible(IQueryable<DeadlineRow> rows, CaseVisibility visibility)
    {
        var teams = visibility.Teams.ToList();
        var related = visibility.RelatedCases.ToList();
        var withoutTeam = visibility.WithoutTeam;
        rows = rows.Where(d => (d.Team != null && teams.Contains(d.Team))
            || db.Instances.Any(i => i.Id == d.WorkflowInstanceId
                && ((i.Team != null && teams.Contains(i.Team)) || (withoutTeam && d.Team == null && i.Team == null)))
            || (d.CorrelationId != null && related.Contains(d.CorrelationId)));
        var hidden = visibility.HiddenCases.ToList();
        return hidden.Count == 0 ? rows : rows.Where(d => d.CorrelationId == null || !hidden.Contains(d.CorrelationId));
    }

    private static IQueryable<DeadlineRow> Claimable(IQueryable<DeadlineRow> rows, DateTimeOffset now) =>
        rows.Where(d => d.NextFireAt != null && d.NextFireAt <= now && (d.ClaimToken == null || d.ClaimExpiresAt < now));
}
