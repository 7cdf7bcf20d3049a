using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.TimerTriggers;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.TimerTriggers;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Engine;

/// <summary>
/// A pathway's timer-trigger rows when two nodes store them at the same instant: the second one's insert meets the first
/// one's rows under the same key. The publish still succeeds, with one row per trigger.
/// </summary>
public abstract class TimerTriggersOnDatabaseTests(DatabaseKind kind) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.Zero));
    private readonly RivalNodeFirst _rival = new();
    private TestDatabase _database = null!;
    private EngineNode _publishing = null!;
    private EngineNode _other = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        _publishing = await EngineNode.StartAsync(_database, _clock, services =>
            services.ConfigureDbContext<WorkflowsDbContext>(options => options.AddInterceptors(_rival)));
        _other = await EngineNode.StartAsync(_database, _clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _publishing.DisposeAsync();
        await _other.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Publish_OtherNodeStoresTheSameTriggerRowsFirst_PublishSucceedsWithOneRowAtTheFirstInstant()
    {
        var definitionId = $"tidsstart-{Guid.NewGuid():N}";
        var definition = new FlowchartBuilder("Tidsstart")
            .WithDefinitionId(definitionId)
            .Activity("tidsur", "Elsa.Cron", ("cronExpression", Expr.Literal("0 8 * * *")), ("customProperties", new JsonObject { ["canStartWorkflow"] = true }))
            .Activity("skriv", "Elsa.WriteLine", ("text", Expr.Literal("startet")))
            .Chain("tidsur", "skriv")
            .Build();

        // Just before the publishing node stores its rows, the other node refreshes the same definition (it reads the
        // version the publish has just stored) and stores the same rows.
        _rival.Run = async cancellationToken =>
        {
            await using var scope = _other.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ScheduledStarts>().PublishedVersionChangedAsync(definitionId, cancellationToken);
        };
        DefinitionChange change;
        await using (var scope = _publishing.Services.CreateAsyncScope())
        {
            change = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition, publish: true, Ct);
        }

        Assert.Equal(1, _rival.Runs);
        Assert.True(change.Definition is { IsPublished: true }, "the publish was refused");
        await using var check = _other.Services.CreateAsyncScope();
        var rows = (await check.ServiceProvider.GetRequiredService<ITimerTriggerStore>().ListDueAsync(DateTimeOffset.MaxValue, 100, Ct))
            .Where(t => t.DefinitionId == definitionId).ToList();
        var row = Assert.Single(rows);
        Assert.Equal((change.Definition.Id, "tidsur"), (row.DefinitionVersionId, row.ActivityId));
        // 08:00 in Oslo the next morning (winter time: 07:00 UTC).
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 7, 0, 0, TimeSpan.Zero), row.NextFireAt);
    }

    // Runs the other node's refresh once, when this node is about to insert timer-trigger rows: between its read of the
    // stored rows and its insert, as two nodes publishing at the same instant would interleave.
    private sealed class RivalNodeFirst : SaveChangesInterceptor
    {
        public Func<CancellationToken, Task>? Run { get; set; }

        public int Runs { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Run is { } rival && Runs == 0 && eventData.Context!.ChangeTracker.Entries<TimerTriggerRow>().Any(e => e.State == EntityState.Added))
            {
                Runs++;
                await rival(cancellationToken);
            }

            return result;
        }
    }
}

public sealed class SqliteTimerTriggersOnDatabaseTests() : TimerTriggersOnDatabaseTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlTimerTriggersOnDatabaseTests() : TimerTriggersOnDatabaseTests(DatabaseKind.PostgreSql);
