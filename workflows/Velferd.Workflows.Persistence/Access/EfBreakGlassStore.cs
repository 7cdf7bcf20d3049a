using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Access;

/// <summary>Break-glass grants in <c>welfare_break_glass</c>; a grant (or its early end), its timeline event and notice are one save.</summary>
public sealed class EfBreakGlassStore(WorkflowsDbContext db) : IBreakGlassStore
{
    /// <inheritdoc />
    public async Task AddAsync(BreakGlassGrant grant, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        db.Set<BreakGlassRow>().Add(new BreakGlassRow
        {
            Id = grant.Id, CaseId = grant.CaseId, Team = grant.Team, User = grant.User, Reason = grant.Reason,
            OpenedAt = grant.OpenedAt.ToUniversalTime(), ExpiresAt = grant.ExpiresAt.ToUniversalTime(),
        });
        await SaveWithAsync(events, notifications, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BreakGlassGrant?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<BreakGlassRow>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is { } row ? ToModel(row) : null;

    /// <inheritdoc />
    public async Task EndAsync(BreakGlassGrant ended, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var row = await db.Set<BreakGlassRow>().FirstAsync(b => b.Id == ended.Id, cancellationToken);
        row.ExpiresAt = ended.ExpiresAt.ToUniversalTime();
        row.EndedAt = ended.EndedAt?.ToUniversalTime();
        row.EndedBy = ended.EndedBy;
        await SaveWithAsync(events, notifications, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> LatestExpiryAsync(string caseId, string user, CancellationToken cancellationToken)
    {
        // Few rows per case and user; compared in memory because SQLite cannot order DateTimeOffset columns.
        var expiries = await db.Set<BreakGlassRow>().AsNoTracking()
            .Where(b => b.CaseId == caseId && b.User == user).Select(b => b.ExpiresAt).ToListAsync(cancellationToken);
        return expiries.Count == 0 ? null : expiries.Max();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BreakGlassGrant>> ListAsync(IReadOnlyCollection<string>? teams, CancellationToken cancellationToken)
    {
        var rows = db.Set<BreakGlassRow>().AsNoTracking();
        if (teams is not null)
        {
            var list = teams.ToList();
            rows = rows.Where(b => list.Contains(b.Team));
        }

        var found = await rows.OrderByDescending(b => b.Id).Take(500).ToListAsync(cancellationToken);
        return [.. found.Select(ToModel)];
    }

    private static BreakGlassGrant ToModel(BreakGlassRow b) => new(b.Id, b.CaseId, b.Team, b.User, b.Reason, b.OpenedAt, b.ExpiresAt, b.EndedAt, b.EndedBy);

    // The grant's change, its timeline events and the leaders' notice commit together.
    private async Task SaveWithAsync(IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            db.Set<NotificationRow>().AddRange(notifications.Select(TeamWorkMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
