using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Testing.Databases;
using Xunit;

namespace Velferd.Workflows.Testing.Host;

/// <summary>One host on one fresh database, shared by the tests of a class (each test uses its own ids).</summary>
/// <param name="kind">The database.</param>
/// <param name="clock">A clock for the host instead of the system clock; null keeps real time.</param>
/// <param name="settings">Configuration values over Development's.</param>
/// <param name="services">Registrations over the host's own.</param>
public abstract class HostFixture(
    DatabaseKind kind, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The host.</summary>
    public WorkflowHostFactory Host { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        Host = new WorkflowHostFactory(_database, clock, settings, services);
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

/// <summary>
/// The host on a fake clock that stands still at the instant the fixture was made (real time then, so the demo
/// users' tokens are valid whichever clock checks them): "now", "due within 7 days" and "overdue" are exact.
/// </summary>
public abstract class FrozenClockHostFixture(DatabaseKind kind, FakeTimeProvider clock, IReadOnlyDictionary<string, string>? settings = null)
    : HostFixture(kind, clock, settings)
{
    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Clock { get; } = clock;
}

/// <summary>The host on SQLite and a frozen fake clock.</summary>
public sealed class SqliteFrozenClockHostFixture() : FrozenClockHostFixture(DatabaseKind.Sqlite, new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

/// <summary>The host on PostgreSQL and a frozen fake clock.</summary>
public sealed class PostgreSqlFrozenClockHostFixture() : FrozenClockHostFixture(DatabaseKind.PostgreSql, new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
