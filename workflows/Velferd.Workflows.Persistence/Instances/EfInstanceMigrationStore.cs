using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.InstanceMigration;
using Velferd.Workflows.Persistence.Audit;
using Velferd.Workflows.Persistence.HumanTasks;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Instances;

/// <summary>Stores a migrated instance and renames the activity ids of the rows its waits own, in one transaction.</summary>
public sealed class EfInstanceMigrationStore(WorkflowsDbContext db) : IInstanceMigrationStore
{
    /// <inheritdoc />
    public async Task SaveAsync(MigratedInstance migrated, AuditedRequest? audit, CancellationToken cancellationToken)
    {
        var instance = migrated.Instance;
        var state = JsonSerializer.Serialize(instance.State, WorkflowJson.Options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await db.Instances
            .Where(i => i.Id == instance.Id && i.Revision == instance.Revision)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.DefinitionVersionId, instance.DefinitionVersionId)
                    .SetProperty(i => i.DefinitionVersion, instance.DefinitionVersion)
                    .SetProperty(i => i.StateJson, state)
                    .SetProperty(i => i.SchemaVersion, instance.State.SchemaVersion)
                    .SetProperty(i => i.UpdatedAt, instance.UpdatedAt)
                    .SetProperty(i => i.Revision, instance.Revision + 1),
                cancellationToken);
        if (written == 0)
        {
            throw new ConcurrencyConflictException($"Instance {instance.Id} was changed by someone else.");
        }

        foreach (var (from, to) in migrated.RenamedActivities)
        {
            await db.Bookmarks.Where(b => b.WorkflowInstanceId == instance.Id && b.ActivityId == from)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ActivityId, to), cancellationToken);
            await db.Set<HumanTaskRow>().Where(t => t.WorkflowInstanceId == instance.Id && t.ActivityId == from)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ActivityId, to), cancellationToken);
            await db.Deadlines.Where(d => d.WorkflowInstanceId == instance.Id && d.ActivityId == from)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ActivityId, to), cancellationToken);
            await db.OutboxMessages.Where(m => m.WorkflowInstanceId == instance.Id && m.ActivityId == from)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ActivityId, to), cancellationToken);
        }

        if (audit is not null)
        {
            var row = db.Set<AuditEntryRow>().Add(AuditMapping.ToRow(
                AuditEntry.Of(audit, AuditActions.Update) with { Id = Core.Runtime.Ids.New(audit.At), CaseId = instance.CorrelationId, PersonRef = null }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                row.State = EntityState.Detached;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        instance.Revision++;
    }
}
