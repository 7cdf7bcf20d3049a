using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Access;

/// <summary>Break-glass grants in <c>welfare_break_glass</c>; a grant and its timeline event are one save.</summary>
public sealed class EfBreakGlassStore(WorkflowsDbContext db) : IBreakGlassStore
{
    /// <inheritdoc />
    public async Task AddAsync(BreakGlassGrant grant, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<BreakGlassRow>().Add(new BreakGlassRow
            {
                Id = grant.Id, CaseId = grant.CaseId, Team = grant.Team, User = grant.User, Reason = grant.Reason,
                OpenedAt = grant.OpenedAt.ToUniversalTime(), ExpiresAt = grant.ExpiresAt.ToUniversalTime(),
            });
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
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
        return [.. found.Select(b => new BreakGlassGrant(b.Id, b.CaseId, b.Team, b.User, b.Reason, b.OpenedAt, b.ExpiresAt))];
    }
}
