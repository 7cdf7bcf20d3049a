using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Stafettlogg entries; each write stores its timeline event in the same <c>SaveChanges</c>.</summary>
public sealed class EfCaseLogStore(WorkflowsDbContext db) : ICaseLogStore
{
    /// <inheritdoc />
    public async Task AddAsync(CaseLogEntry entry, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<CaseLogEntryRow>().Add(TeamWorkMapping.ToRow(entry));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseLogEntry>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CaseLogEntryRow>().AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).Select(TeamWorkMapping.ToModel)];
    }
}
