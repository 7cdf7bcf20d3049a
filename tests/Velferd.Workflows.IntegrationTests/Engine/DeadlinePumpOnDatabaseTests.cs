using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Deadlines;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Engine;

/// <summary>The deadline pump's guarantees on a real database with two nodes: each deadline fires once, and a node that dies mid-pump loses none.</summary>
public abstract class DeadlinePumpOnDatabaseTests(DatabaseKind kind) : IAsyncLifetime
{
    private const int Deadlines = 1000;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 1, 15, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private EngineNode _first = null!;
    private EngineNode _second = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(kind);
        _first = await EngineNode.StartAsync(_database, _clock);
        _second = await EngineNode.StartAsync(_database, _clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ThousandDeadlinesDue_TwoNodesPumpingAtOnce_EachFiresExactlyOnce()
    {
        var ids = await StartTimersAsync(Deadlines);

        _clock.Advance(TimeSpan.FromHours(1));
        var fired = await Task.WhenAll(PumpAndDrainAsync(_first), PumpAndDrainAsync(_second));

        Assert.Equal(Deadlines, fired.Sum());
        await AssertEachResumedOnceAsync(ids);
    }

    [Fact]
    public async Task NodeDiesAfterClaiming_TheOtherFiresEveryDeadlineAfterTheLease()
    {
        var ids = await StartTimersAsync(Deadlines);
        _clock.Advance(TimeSpan.FromHours(1));
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            // The first node claims every due deadline and dies before completing any.
            var claimed = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ClaimDueAsync("node-that-died", 5000, TimeSpan.FromSeconds(30), _clock.GetUtcNow(), Ct);
            Assert.Equal(Deadlines, claimed.Count);
        }

        var beforeLease = await _second.Pump.FireDueAsync(Ct);
        _clock.Advance(TimeSpan.FromSeconds(31));
        var afterLease = await PumpAndDrainAsync(_second);

        Assert.Equal((0, Deadlines), (beforeLease, afterLease));
        await AssertEachResumedOnceAsync(ids);
    }

    [Fact]
    public async Task SlowNodeLosesOneClaimOfItsBatch_TheOthersFireFromItsBatch_TheLostOneFromTheNewOwner_EachOnce()
    {
        var ids = await StartTimersAsync(5);
        _clock.Advance(TimeSpan.FromHours(1));
        await using var slowScope = _first.Services.CreateAsyncScope();
        var slow = slowScope.ServiceProvider.GetRequiredService<IDeadlineStore>();
        var batch = await slow.ClaimDueAsync("slow-node", 10, TimeSpan.FromSeconds(30), _clock.GetUtcNow(), Ct);
        _clock.Advance(TimeSpan.FromSeconds(31));
        await using var fastScope = _second.Services.CreateAsyncScope();
        var fast = fastScope.ServiceProvider.GetRequiredService<IDeadlineStore>();
        var now = _clock.GetUtcNow();
        var stolen = await fast.ClaimDueAsync("fast-node", 1, TimeSpan.FromSeconds(30), now, Ct);

        var bySlow = await slow.CompleteStepsAsync([.. batch.Select(c => new FiredStep(c, DeadlinePump.ToStimulus(c, now)))], now, Ct);
        var byFast = await fast.CompleteStepsAsync([.. stolen.Select(c => new FiredStep(c, DeadlinePump.ToStimulus(c, now)))], now, Ct);

        Assert.Equal((5, 4, 1), (batch.Count, bySlow, byFast));
        await AssertEachResumedOnceAsync(ids);
    }

    [Fact]
    public async Task NodeStopsWhileFiringABatch_TheBatchStillFires_NoMoreIsClaimed_AndTheRestFiresElsewhereAtOnce()
    {
        var ids = await StartTimersAsync(5);
        _clock.Advance(TimeSpan.FromHours(1));
        using var stopping = new CancellationTokenSource();
        await using var stoppingNode = await EngineNode.StartAsync(_database, _clock, services =>
        {
            services.Configure<DeadlinePumpOptions>(o => o.BatchSize = 2);

            // The stop arrives while the node holds its first batch.
            services.AddScoped<IDeadlineStore>(sp => new StopsAfterClaiming(new EfDeadlineStore(sp.GetRequiredService<WorkflowsDbContext>()), stopping));
        });

        var firedWhileStopping = await stoppingNode.Pump.FireDueAsync(stopping.Token);
        var firedElsewhereAtOnce = await PumpAndDrainAsync(_second);

        Assert.Equal((2, 3), (firedWhileStopping, firedElsewhereAtOnce));
        await AssertEachResumedOnceAsync(ids);
    }

    [Fact]
    public async Task DeadlineDueWhileEveryNodeWasDown_FiresOnTheFirstPumpAfterRestart()
    {
        var ids = await StartTimersAsync(3);

        _clock.Advance(TimeSpan.FromDays(3));
        await using var restarted = await EngineNode.StartAsync(_database, _clock);
        var fired = await PumpAndDrainAsync(restarted);

        Assert.Equal(3, fired);
        await AssertEachResumedOnceAsync(ids);
    }

    private async Task<IReadOnlyList<string>> StartTimersAsync(int count)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var definitionId = $"timer-{Guid.NewGuid():N}";
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Timer").WithDefinitionId(definitionId)
                .Activity("start", "Elsa.Start")
                .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1H")))
                .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
                .Chain("start", "vent", "etter")
                .Build(),
            publish: true,
            Ct);
        // Start stimuli straight into the queue, applied by both nodes' dispatchers in batches.
        var queue = scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
        var now = _clock.GetUtcNow();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = Ids.New(now);
            ids.Add(id);
            await queue.EnqueueAsync(new Stimulus { Id = Ids.New(now), Kind = StimulusKind.Start, IdempotencyKey = $"start/{id}", WorkflowInstanceId = id, DefinitionVersionId = saved.Definition!.Id, CorrelationId = $"sak-{i}", CreatedAt = now, AvailableAt = now }, Ct);
        }

        await Task.WhenAll(PumpAndDrainAsync(_first), PumpAndDrainAsync(_second));
        return ids;
    }

    private static async Task<int> PumpAndDrainAsync(EngineNode node)
    {
        var fired = 0;
        while (true)
        {
            var now = await node.Pump.FireDueAsync(Ct);
            fired += now;
            var applied = 0;
            while (await node.Dispatcher.ProcessAvailableAsync(Ct) is > 0 and var n)
            {
                applied += n;
            }

            if (now == 0 && applied == 0)
            {
                return fired;
            }
        }
    }

    private async Task AssertEachResumedOnceAsync(IReadOnlyList<string> ids)
    {
        // Stimuli left by a lost race are retried by whichever dispatcher comes next.
        while (await _first.Dispatcher.ProcessAvailableAsync(Ct) + await _second.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }

        await using var scope = _second.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        foreach (var id in ids)
        {
            var log = await store.GetExecutionLogAsync(id, Ct);
            Assert.Single(log, r => r.ActivityId == "vent" && r.Resumed);
            Assert.Single(log, r => r.ActivityId == "etter");
            Assert.Equal(WorkflowSubStatus.Finished, (await store.FindAsync(id, Ct))!.SubStatus);
        }

        var deadlines = await scope.ServiceProvider.GetRequiredService<IDeadlineStore>().ListAsync(new DeadlineQuery { Take = 5000 }, Ct);
        Assert.Equal(ids.Count, deadlines.TotalCount);
        Assert.All(deadlines.Items, d => Assert.Equal(DeadlineStatus.Elapsed, d.Status));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().CountUnfinishedAsync(Ct));
    }

    // A deadline store whose node is told to stop right after it claims a batch.
    private sealed class StopsAfterClaiming(IDeadlineStore store, CancellationTokenSource stop) : IDeadlineStore
    {
        public async Task<IReadOnlyList<ClaimedDeadline>> ClaimDueAsync(string owner, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var claimed = await store.ClaimDueAsync(owner, max, lease, now, cancellationToken);
            await stop.CancelAsync();
            return claimed;
        }

        public Task<int> CompleteStepsAsync(IReadOnlyList<FiredStep> fired, DateTimeOffset now, CancellationToken cancellationToken) =>
            store.CompleteStepsAsync(fired, now, cancellationToken);

        public Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken) => store.NextFireAtAsync(cancellationToken);

        public Task<Deadline?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

        public Task<DeadlinePage> ListAsync(DeadlineQuery query, CancellationToken cancellationToken) => store.ListAsync(query, cancellationToken);

        public Task<bool> UpdateAsync(Deadline expected, Deadline updated, CancellationToken cancellationToken) => store.UpdateAsync(expected, updated, cancellationToken);

        public Task<IReadOnlyList<Deadline>> ListPendingAgeMilestonesAsync(AgeMilestoneQuery query, CancellationToken cancellationToken) =>
            store.ListPendingAgeMilestonesAsync(query, cancellationToken);
    }
}

public sealed class SqliteDeadlinePumpOnDatabaseTests() : DeadlinePumpOnDatabaseTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlDeadlinePumpOnDatabaseTests() : DeadlinePumpOnDatabaseTests(DatabaseKind.PostgreSql);
