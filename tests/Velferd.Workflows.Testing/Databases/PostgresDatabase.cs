using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence.PostgreSql;

namespace Velferd.Workflows.Testing.Databases;

/// <summary>
/// A migrated database of its own (<c>velferd_test_…</c>) on the PostgreSQL server named by
/// <see cref="TestDatabase.PostgresVariable"/>; dropped afterwards. Without that variable the tests fail, never skip.
/// </summary>
public sealed class PostgresDatabase : WorkflowTestDatabase
{
    private TestDatabase? _database;

    /// <inheritdoc />
    protected override async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        _database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        return _database.ConnectionString;
    }

    /// <inheritdoc />
    protected override void AddPersistence(IServiceCollection services, string connectionString) =>
        services.AddPostgreSqlWorkflowPersistence(connectionString);

    /// <inheritdoc />
    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
