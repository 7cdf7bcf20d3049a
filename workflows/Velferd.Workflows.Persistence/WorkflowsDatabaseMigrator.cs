using Microsoft.EntityFrameworkCore;

namespace Velferd.Workflows.Persistence;

/// <summary>Brings the database schema up to date at start-up.</summary>
public sealed class WorkflowsDatabaseMigrator(WorkflowsDbContext db)
{
    /// <summary>Applies pending migrations (and, on SQLite, turns on write-ahead logging for concurrent readers).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
