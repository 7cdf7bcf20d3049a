using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.PostgreSql;
using Velferd.Workflows.Persistence.Sqlite;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>
/// The EF stores on one database of a kind, migrated once per test class; <see cref="ResetAsync"/> empties our tables
/// at the start of each test, so a crashed test never poisons the next.
/// </summary>
public abstract class StoreFixture(DatabaseKind kind) : IAsyncLifetime
{
    private static readonly string[] Tables =
        ["human_task_history", "human_tasks", "workflow_bookmarks", "activity_executions", "workflow_instances", "stimuli"];

    private TestDatabase? _database;
    private ServiceProvider? _services;

    /// <summary>The container with the stores (resolve them in a scope).</summary>
    public IServiceProvider Services => _services!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        if (kind == DatabaseKind.Sqlite)
        {
            services.AddSqliteWorkflowPersistence(_database.ConnectionString);
        }
        else
        {
            services.AddPostgreSqlWorkflowPersistence(_database.ConnectionString);
        }

        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    /// <summary>Empties the engine's and the tasks' tables.</summary>
    public async Task ResetAsync()
    {
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        foreach (var table in Tables)
        {
#pragma warning disable EF1002 // The table names are our own constants.
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table}");
#pragma warning restore EF1002
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The stores on SQLite.</summary>
public sealed class SqliteStoreFixture() : StoreFixture(DatabaseKind.Sqlite);

/// <summary>The stores on PostgreSQL.</summary>
public sealed class PostgreSqlStoreFixture() : StoreFixture(DatabaseKind.PostgreSql);
