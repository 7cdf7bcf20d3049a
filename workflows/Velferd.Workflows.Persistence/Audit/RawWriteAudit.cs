using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Audit;

/// <summary>
/// The audit row of a write that bypasses EF's change tracking (<c>ExecuteUpdate</c>, which the save interceptor never
/// sees): the write and the request's row run in one transaction of their own, so they commit together. Only
/// when the request is an audited write still without its row and no transaction is open already (a commit participant
/// inside another save keeps the row for the answer, which writes it before anything is sent).
/// </summary>
internal static class RawWriteAudit
{
    /// <summary>Runs <paramref name="write"/>; when it changed a row, adds the request's row in the same transaction.</summary>
    public static async Task<bool> WriteAsync(DbContext db, string? caseId, Func<Task<bool>> write, CancellationToken cancellationToken)
    {
        if (AuditedRequest.Current is not { IsWrite: true, Written: false } request || db.Database.CurrentTransaction is not null)
        {
            return await write();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await write())
        {
            return false;
        }

        if (!request.TryClaimRow())
        {
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        AuditedRequest.Touched(caseId);
        var row = db.Add(AuditMapping.ToRow(AuditEntry.Of(request, AuditActions.Update)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            request.ReleaseRow();
            throw;
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}
