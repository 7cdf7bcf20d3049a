using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>One host on one fresh database, shared by the tests of a class (each test uses its own ids).</summary>
public abstract class HostFixture(DatabaseKind kind) : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The host.</summary>
    public WorkflowHostFactory Host { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        Host = new WorkflowHostFactory(_database);
        _ = Host.Server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The host on SQLite.</summary>
public sealed class SqliteHostFixture() : HostFixture(DatabaseKind.Sqlite);

/// <summary>The host on PostgreSQL.</summary>
public sealed class PostgreSqlHostFixture() : HostFixture(DatabaseKind.PostgreSql);
