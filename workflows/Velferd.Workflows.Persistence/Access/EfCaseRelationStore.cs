using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Persistence.HumanTasks;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Persistence.Access;

/// <summary>
/// A user's relations to cases outside his teams, and the cases hidden from him, in a few indexed queries (members by
/// user, active tasks by assignee, break-glass by user; the baton only among the few cases he created or was handed).
/// </summary>
public sealed class EfCaseRelationStore(WorkflowsDbContext db) : ICaseRelationStore
{
    private static readonly string Accepted = nameof(HandoverStatus.Accepted);

    /// <inheritdoc />
    public async Task<CaseScope> ScopeAsync(CaseUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (user.IsAdmin)
        {
            return CaseScope.Empty;
        }

        var teams = user.Teams.ToList();
        var name = user.UserName;

        // Every query starts from the user's own rows (members, tasks and grants by user, cases by creator) and reaches a
        // case by its key, never by reading the cases table: a municipality has tens of thousands of cases, and this runs
        // on every request. Inlined statuses, so PostgreSQL can use the partial index of active tasks by assignee.
        var outside = db.Set<WelfareCaseRow>().AsNoTracking().Where(c => !teams.Contains(c.Team));
        var active = HumanTaskInbox.Active.ToList();
        var asMember = db.Set<CaseMemberRow>().Where(m => m.UserName == name).Join(outside, m => m.CaseId, c => c.Id, (m, c) => c.Id);
        var asHolder = db.Set<HumanTaskRow>().Where(t => t.AssignedTo == name && EF.Constant(active).Contains(t.Status) && t.CorrelationId != null)
            .Join(outside, t => t.CorrelationId!, c => c.Id, (t, c) => c.Id);
        var until = now.ToUniversalTime();
        var granted = db.Set<BreakGlassRow>().Where(b => b.User == name && b.ExpiresAt > until).Select(b => b.CaseId);
        var related = (await asMember.Concat(asHolder).Concat(granted).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        related.UnionWith(await BatonCasesAsync(outside, name, cancellationToken));

        var kinds = NeedToKnow.KindsHiddenFrom(user).ToList();
        if (kinds.Count == 0)
        {
            return new CaseScope(related, CaseScope.Empty.HiddenCases);
        }

        var relatedList = related.ToList();
        var hidden = await db.Set<WelfareCaseRow>().AsNoTracking()
            .Where(c => kinds.Contains(c.Kind) && (teams.Contains(c.Team) || relatedList.Contains(c.Id))).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return new CaseScope(related, hidden.ToHashSet(StringComparer.Ordinal)) { HiddenKinds = kinds };
    }

    /// <inheritdoc />
    public CaseScope ListScope(CaseUser user) => CaseScope.Empty with { HiddenKinds = NeedToKnow.KindsHiddenFrom(user) };

    // The holder is the last accepted hand-over's receiver, else the case's creator (BatonRules.HolderOf); candidates
    // are the cases he created or was handed (each found by its own index), decided per case on their accepted hand-overs.
    private async Task<IEnumerable<string>> BatonCasesAsync(IQueryable<WelfareCaseRow> outside, string name, CancellationToken cancellationToken)
    {
        var handovers = db.Set<HandoverRow>().AsNoTracking();
        var withBaton = outside.Where(c => c.Kind == CaseKind.Bti && c.Level >= 1);
        var candidates = await withBaton.Where(c => c.CreatedBy == name).Select(c => new { c.Id, c.CreatedBy })
            .Union(handovers.Where(h => h.ToUser == name && h.Status == Accepted).Join(withBaton, h => h.CaseId, c => c.Id, (h, c) => new { c.Id, c.CreatedBy }))
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Select(c => c.Id).ToList();
        var accepted = await handovers.Where(h => ids.Contains(h.CaseId) && h.Status == Accepted)
            .Select(h => new { h.CaseId, h.ToUser, h.DecidedAt }).ToListAsync(cancellationToken);
        return candidates
            .Where(c => string.Equals(
                accepted.Where(h => h.CaseId == c.Id).OrderBy(h => h.DecidedAt).LastOrDefault()?.ToUser ?? c.CreatedBy,
                name,
                StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Id);
    }
}
