using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Stimuli;
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
        var ids = await Claimable(db.Deadlines.AsNoTracking(), now).OrderBy(d => d.NextFireAt).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid().ToString("N");
        var expires = now + lease;
        var claimed = await Claimable(db.Deadlines.Where(d => ids.Contains(d.Id)), now).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(d => d.ClaimedBy, owner)
                .SetProperty(d => d.ClaimToken, token)
                .SetProperty(d => d.ClaimExpiresAt, expires),
            cancellationToken);
        if (claimed == 0)
        {
            return [];
        }

        var rows = await db.Deadlines.AsNoTracking().Where(d => d.ClaimToken == token).OrderBy(d => d.NextFireAt).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ClaimedDeadline(r.ToModel(), r.NextStep!.Value, token))];
    }

    /// <inheritdoc />
    public async Task<int> CompleteStepsAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (fired.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = 0;
        var stimuli = new List<Stimulus>();
        foreach (var (claimed, stimulus) in fired)
        {
            var after = DeadlineSchedule.AfterFiring(claimed.Deadline, claimed.Step, now);
            var updated = await db.Deadlines
                .Where(d => d.Id == claimed.Deadline.Id && d.ClaimToken == claimed.ClaimToken)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(d => d.Status, after.Status)
                        .SetProperty(d => d.NextStep, after.NextStep)
                        .SetProperty(d => d.NextFireAt, after.NextFireAt)
                        .SetProperty(d => d.ResolvedAt, after.ResolvedAt)
                        .SetProperty(d => d.UpdatedAt, now)
                        .SetProperty(d => d.ClaimedBy, (string?)null)
                        .SetProperty(d => d.ClaimToken, (string?)null)
                        .SetProperty(d => d.ClaimExpiresAt, (DateTimeOffset?)null),
                    cancellationToken);
            if (updated == 0)
            {
                continue;
            }

            completed++;
            if (stimulus is not null)
            {
                stimuli.Add(stimulus);
            }
        }

        if (stimuli.Count > 0)
        {
            var keys = stimuli.Select(s => s.IdempotencyKey).ToList();
            var existing = (await db.Stimuli.AsNoTracking().Where(s => keys.Contains(s.IdempotencyKey)).Select(s => s.IdempotencyKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            db.Stimuli.AddRange(stimuli.Where(s => !existing.Contains(s.IdempotencyKey)).Select(EfStimulusQueue.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return completed;
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
        if (query.CorrelationId is not null)
        {
            rows = rows.Where(d => d.CorrelationId == query.CorrelationId);
        }

        if (query.WorkflowInstanceId is not null)
        {
            rows = rows.Where(d => d.WorkflowInstanceId == query.WorkflowInstanceId);
        }

        if (query.Teams is { } teams)
        {
            rows = rows.Where(d => d.Team != null && teams.Contains(d.Team));
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

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(d => d.DueAt).ThenBy(d => d.Id).Take(query.Take).ToListAsync(cancellationToken);
        return new DeadlinePage([.. page.Select(r => r.ToModel())], total);
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken)
    {
        var next = DeadlineRow.From(updated);
        var changed = await db.Deadlines
            .Where(d => d.Id == expected.Id && d.UpdatedAt == expected.UpdatedAt && d.Status == expected.Status && d.ClaimToken == null)
            .ExecuteUpdateAsync(
                setters => setters
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

    private static IQueryable<DeadlineRow> Claimable(IQueryable<DeadlineRow> rows, DateTimeOffset now) =>
        rows.Where(d => d.NextFireAt != null && d.NextFireAt <= now && (d.ClaimToken == null || d.ClaimExpiresAt < now));
}
