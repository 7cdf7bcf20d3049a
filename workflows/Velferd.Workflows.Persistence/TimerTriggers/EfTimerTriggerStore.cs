using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Persistence.TimerTriggers;

/// <summary>Timer triggers in <c>timer_triggers</c>.</summary>
public sealed class EfTimerTriggerStore(WorkflowsDbContext db) : ITimerTriggerStore
{
    /// <inheritdoc />
    public async Task ReplaceAsync(string definitionId, IReadOnlyList<TimerTrigger> triggers, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await db.TimerTriggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken);
            var wanted = triggers.ToDictionary(t => t.Id, StringComparer.Ordinal);
            db.TimerTriggers.RemoveRange(stored.Where(row => !wanted.TryGetValue(row.Id, out var trigger) || trigger.Schedule != row.Schedule));
            var kept = stored.Where(row => wanted.TryGetValue(row.Id, out var trigger) && trigger.Schedule == row.Schedule).Select(row => row.Id).ToHashSet();
            db.TimerTriggers.AddRange(triggers.Where(t => !kept.Contains(t.Id)).Select(ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Two refreshes of the same definition at once (two nodes): the other one's rows stand.
            throw new ConcurrencyConflictException($"The timer triggers of a definition changed meanwhile: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListDefinitionIdsAsync(CancellationToken cancellationToken) =>
        await db.TimerTriggers.AsNoTracking().Select(t => t.DefinitionId).Distinct().ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimerTrigger>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        [.. (await db.TimerTriggers.AsNoTracking().Where(t => t.NextFireAt <= now).OrderBy(t => t.NextFireAt).Take(max).ToListAsync(cancellationToken))
            .Select(ToTrigger)];

    /// <inheritdoc />
    public async Task MoveOnAsync(TimerTrigger fired, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        var row = db.TimerTriggers.Where(t => t.Id == fired.Id && t.NextFireAt == fired.NextFireAt);
        var changed = next is { } at
            ? await row.ExecuteUpdateAsync(s => s.SetProperty(t => t.NextFireAt, at), cancellationToken)
            : await row.ExecuteDeleteAsync(cancellationToken);
        if (changed == 0)
        {
            throw new ConcurrencyConflictException($"Timer trigger {fired.Id} was fired or replaced meanwhile.");
        }
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken) =>
        await db.TimerTriggers.AsNoTracking().OrderBy(t => t.NextFireAt).Select(t => (DateTimeOffset?)t.NextFireAt).FirstOrDefaultAsync(cancellationToken);

    private static TimerTriggerRow ToRow(TimerTrigger t) => new()
    {
        Id = t.Id,
        DefinitionId = t.DefinitionId,
        DefinitionVersionId = t.DefinitionVersionId,
        ActivityId = t.ActivityId,
        Schedule = t.Schedule,
        NextFireAt = t.NextFireAt,
        CreatedAt = t.CreatedAt,
    };

    private static TimerTrigger ToTrigger(TimerTriggerRow row) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        DefinitionVersionId = row.DefinitionVersionId,
        ActivityId = row.ActivityId,
        Schedule = row.Schedule,
        NextFireAt = row.NextFireAt,
        CreatedAt = row.CreatedAt,
    };
}
