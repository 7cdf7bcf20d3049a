using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Audit;

/// <summary>The audit log in <c>audit_entries</c>: appends and reads, nothing else.</summary>
public sealed class EfAuditLog(WorkflowsDbContext db) : IAuditLog
{
    /// <inheritdoc />
    /// <remarks>The context's <see cref="AuditedReadInterceptor"/> puts the row in front of the read's next query.</remarks>
    public bool WritesReadRowsWithTheRead => true;

    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var row = db.Set<AuditEntryRow>().Add(AuditMapping.ToRow(entry));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Set<AuditEntryRow>().AsNoTracking();
        if (query.CaseId is not null)
        {
            rows = rows.Where(a => a.CaseId == query.CaseId);
        }

        if (query.User is not null)
        {
            rows = rows.Where(a => a.User == query.User);
        }

        if (query.BreakGlass is { } breakGlass)
        {
            rows = rows.Where(a => a.BreakGlass == breakGlass);
        }

        // Ids are time-ordered (UUID v7), so ordering by id is newest-first without sorting timestamps SQLite cannot compare.
        var found = await rows.OrderByDescending(a => a.Id).Take(query.Take).ToListAsync(cancellationToken);
        return [.. found.Select(AuditMapping.ToModel)];
    }
}
