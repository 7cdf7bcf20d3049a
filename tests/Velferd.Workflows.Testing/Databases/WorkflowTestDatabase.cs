using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Testing.Contracts;
using Xunit;

namespace Velferd.Workflows.Testing.Databases;

/// <summary>
/// A real database for the EF store tests: created and migrated once (as a fixture), emptied at the start of each
/// test, dropped at the end.
/// </summary>
public abstract class WorkflowTestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>The clock the stores read (the store contracts pass their instants in, so it only stamps rows).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.Zero));

    /// <summary>The connection string of the test database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The stores over this database, registered as the host registers them.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not initialised yet.");

    /// <summary>
    /// Why this kind of database cannot be reached on this machine (null when it can); its tests then report, as skipped
    /// with this reason, that they did not run, rather than passing.
    /// </summary>
    public virtual string? Unavailable => null;

    /// <summary>Creates the database, registers the stores on it and migrates it.</summary>
    public async ValueTask InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        ConnectionString = await CreateDatabaseAsync(CancellationToken.None);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        AddPersistence(services, ConnectionString);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    /// <summary>
    /// Deletes every row of our tables, so a test starts empty whatever the previous one left; the audit log excepted,
    /// which the database keeps append-only, so tests read it by case or by the rows they added.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        if (Unavailable is { } reason)
        {
            Assert.Skip(reason);
        }

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var entityType in DependentsFirst(db.Model))
        {
            var delete = "DELETE FROM " + sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        }
    }

    /// <summary>Empties the database and opens a unit of the three stores over it.</summary>
    public async Task<StoreUnit> ResetAndOpenAsync(CancellationToken cancellationToken)
    {
        await ResetAsync(cancellationToken);
        return StoreUnit.Open(Services);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty database; returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync(CancellationToken cancellationToken);

    /// <summary>Registers the provider's persistence.</summary>
    protected abstract void AddPersistence(IServiceCollection services, string connectionString);

    /// <summary>Removes the database.</summary>
    protected abstract Task DropDatabaseAsync();

    private static List<IEntityType> DependentsFirst(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => e.GetTableName() is { } table && table != "audit_entries").ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            // A table goes once no remaining table refers to it.
            var next = remaining.First(candidate => !remaining.Any(other =>
                other != candidate && other.GetForeignKeys().Any(fk => fk.PrincipalEntityType == candidate)));
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
