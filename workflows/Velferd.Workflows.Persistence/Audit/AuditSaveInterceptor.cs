using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Audit;

/// <summary>
/// Puts an audited write's row into the write's own save (R-66: in the same transaction as the write): the first save
/// that changes anything during a request the host audits as a write gets the request's row added, so the data and
/// its row commit together or not at all. The case is the one the access decision noted, else the one the saved rows
/// name; the action is <c>update</c> when a stored row changes, else <c>create</c>.
/// </summary>
public sealed class AuditSaveInterceptor : SaveChangesInterceptor
{
    /// <summary>The one instance (it keeps no state: the request is ambient).</summary>
    public static AuditSaveInterceptor Instance { get; } = new();

    private static readonly string[] CaseProperties = ["CaseId", "CorrelationId"];

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddRow(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddRow(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        GiveBack(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    private static void AddRow(DbContext? context)
    {
        if (context is null || AuditedRequest.Current is not { IsWrite: true, Written: false } request)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntryRow && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0 || !request.TryClaimRow())
        {
            return;
        }

        AuditedRequest.Touched(changed.Select(CaseOf).FirstOrDefault(id => id is not null));
        var action = changed.Any(e => e.State is EntityState.Modified or EntityState.Deleted) ? AuditActions.Update : AuditActions.Create;
        context.Add(AuditMapping.ToRow(AuditEntry.Of(request, action)));
    }

    // The save failed: nothing of it is stored, so neither is the row; a retry or the answer writes it.
    private static void GiveBack(DbContext? context)
    {
        if (context is null || AuditedRequest.Current is not { IsWrite: true } request)
        {
            return;
        }

        var pending = context.ChangeTracker.Entries<AuditEntryRow>().Where(e => e.State == EntityState.Added).ToList();
        if (pending.Count > 0)
        {
            pending.ForEach(e => e.State = EntityState.Detached);
            request.ReleaseRow();
        }
    }

    private static string? CaseOf(EntityEntry entry)
    {
        if (entry.Entity is Welfare.WelfareCaseRow welfareCase)
        {
            return welfareCase.Id;
        }

        return CaseProperties
            .Select(name => entry.Metadata.FindProperty(name) is { } property ? entry.Property(property.Name).CurrentValue as string : null)
            .FirstOrDefault(id => !string.IsNullOrEmpty(id));
    }
}
