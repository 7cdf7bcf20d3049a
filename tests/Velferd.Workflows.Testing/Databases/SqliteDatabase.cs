using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence.Sqlite;

namespace Velferd.Workflows.Testing.Databases;

/// <summary>A migrated SQLite database in a temporary file of its own.</summary>
public sealed class SqliteDatabase : WorkflowTestDatabase
{
    private TestDatabase? _database;

    /// <inheritdoc />
    protected override async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        return _database.ConnectionString;
    }

    /// <inheritdoc />
    protected override void AddPersistence(IServiceCollection services, string connectionString) =>
        services.AddSqliteWorkflowPersistence(connectionString);

    /// <inheritdoc />
    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
