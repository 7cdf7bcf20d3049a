using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Hand-over offers; each write stores its timeline events and notifications in the same <c>SaveChanges</c>.</summary>
public sealed class EfHandoverStore(WorkflowsDbContext db) : IHandoverStore
{
    /// <inheritdoc />
    public async Task AddAsync(Handover handover, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<HandoverRow>().Add(TeamWorkMapping.ToRow(handover));
            Append(events, notifications);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Handover?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Set<HandoverRow>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        return row is null ? null : TeamWorkMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Handover>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<HandoverRow>().AsNoTracking().Where(h => h.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(h => h.OfferedAt).ThenBy(h => h.Id, StringComparer.Ordinal).Select(TeamWorkMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Handover>> ListDueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var offered = nameof(HandoverStatus.Offered);
        var rows = await db.Set<HandoverRow>().AsNoTracking()
            .Where(h => h.Status == offered && h.RemindedAt == null && h.RemindAt <= now)
            .OrderBy(h => h.RemindAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(TeamWorkMapping.ToModel)];
    }

    /// <inheritdoc />
    public async Task UpdateAsync(
        Handover expected, Handover changed, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        try
        {
            // Status and reminder are concurrency tokens: the UPDATE matches only the row as the caller read it.
            var entry = db.Set<HandoverRow>().Attach(TeamWorkMapping.ToRow(expected));
            entry.CurrentValues.SetValues(TeamWorkMapping.ToRow(changed));
            Append(events, notifications);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The hand-over was answered or reminded by someone else.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private void Append(IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications)
    {
        db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
        db.Set<NotificationRow>().AddRange(notifications.Select(TeamWorkMapping.ToRow));
    }
}
