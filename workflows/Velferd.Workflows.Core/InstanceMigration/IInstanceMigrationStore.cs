using Velferd.Workflows.Core.Access;

namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>Stores a migrated instance.</summary>
public interface IInstanceMigrationStore
{
    /// <summary>
    /// In one transaction: the instance pinned to its new version (checked against the revision it was loaded at), the
    /// activity ids of the rows stored with its waits renamed, and, when <paramref name="audit"/> is given, an audit
    /// row for the instance's case.
    /// </summary>
    /// <exception cref="Instances.ConcurrencyConflictException">The instance changed since it was loaded; nothing is stored.</exception>
    Task SaveAsync(MigratedInstance migrated, AuditedRequest? audit, CancellationToken cancellationToken);
}
