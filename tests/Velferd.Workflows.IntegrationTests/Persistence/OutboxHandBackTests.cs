using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.IntegrationTests.Engine;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Outbox;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>A stopping node hands its claimed outbox message back on a real database: claimable at once, the attempt uncounted.</summary>
public abstract class OutboxHandBackTests(DatabaseKind kind) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private EngineNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        _node = await EngineNode.StartAsync(_database, _clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task HandBack_ClaimedMessage_IsClaimableAtOnceByAnotherNode_WithTheAttemptUncounted_AndALostClaimChangesNothing()
    {
        await using var scope = _node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = _clock.GetUtcNow();
        db.Add(new OutboxRow
        {
            Id = Ids.New(now), WorkflowInstanceId = "instans-1", ActivityId = "brev", Service = "digitalpost", Operation = "send",
            IdempotencyKey = "brev-1", Status = OutboxStatus.Pending, AvailableAt = now, CreatedAt = now,
        });
        await db.SaveChangesAsync(Ct);
        var store = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        var stopping = Assert.Single(await store.ClaimAsync("stopping-node", 10, TimeSpan.FromMinutes(2), now, Ct));

        await store.HandBackAsync(stopping, now, Ct);
        var other = Assert.Single(await store.ClaimAsync("other-node", 10, TimeSpan.FromMinutes(2), now, Ct));
        await store.HandBackAsync(stopping, now, Ct);
        var stillHeld = await store.ClaimAsync("third-node", 10, TimeSpan.FromMinutes(2), now, Ct);

        Assert.Equal(1, other.Message.Attempts);
        Assert.Empty(stillHeld);
    }
}

public sealed class SqliteOutboxHandBackTests() : OutboxHandBackTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlOutboxHandBackTests() : OutboxHandBackTests(DatabaseKind.PostgreSql);
