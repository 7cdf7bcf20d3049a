using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.IntegrationTests.Engine;

/// <summary>The engine's delivery guarantees on a real database, with two nodes sharing it.</summary>
public abstract class EngineOnDatabaseTests(DatabaseKind kind) : IAsyncLifetime
{
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
    public async Task TwoConcurrentStimuliToOneInstance_OnTwoNodes_BothApplyExactlyOnce()
    {
        var id = await StartForkedAsync();
        var instance = await FindAsync(id);
        var now = _clock.GetUtcNow();
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
            foreach (var bookmark in instance.State.Bookmarks)
            {
                await queue.EnqueueAsync(new Stimulus { Id = $"s-{bookmark.Id}", Kind = StimulusKind.Resume, IdempotencyKey = $"k-{bookmark.Id}", WorkflowInstanceId = id, BookmarkId = bookmark.Id, CreatedAt = now, AvailableAt = now }, Ct);
            }
        }

        // Each node claims one stimulus (batch size 1 is not needed: each claim takes what is free) and both run at once.
        await Task.WhenAll(DrainAsync(_first), DrainAsync(_second));

        var log = await LogAsync(id);
        Assert.Single(log, r => r.ActivityId == "a" && r.Resumed);
        Assert.Single(log, r => r.ActivityId == "b" && r.Resumed);
        Assert.Single(log, r => r.ActivityId == "end");
        Assert.Equal(WorkflowSubStatus.Finished, (await FindAsync(id)).SubStatus);
    }

    [Fact]
    public async Task StimulusClaimedByANodeThatDied_IsAppliedByTheOtherAfterTheLease()
    {
        var id = await StartForkedAsync();
        var bookmark = (await FindAsync(id)).State.Bookmarks[0];
        var now = _clock.GetUtcNow();
        await using var scope = _first.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
        await queue.EnqueueAsync(new Stimulus { Id = "orphan", Kind = StimulusKind.Resume, IdempotencyKey = "orphan", WorkflowInstanceId = id, BookmarkId = bookmark.Id, CreatedAt = now, AvailableAt = now }, Ct);
        var claimedByDeadNode = await queue.ClaimAsync("node-that-died", 10, TimeSpan.FromSeconds(30), now, null, Ct);

        var beforeLease = await _second.Dispatcher.ProcessAvailableAsync(Ct);
        _clock.Advance(TimeSpan.FromSeconds(31));
        var afterLease = await _second.Dispatcher.ProcessAvailableAsync(Ct);

        Assert.Single(claimedByDeadNode);
        Assert.Equal((0, 1), (beforeLease, afterLease));
        Assert.Equal(StimulusStatus.Done, (await queue.FindAsync("orphan", Ct))!.Status);
        Assert.Single(await LogAsync(id), r => r.ActivityId == bookmark.ActivityId && r.Resumed);
    }

    [Fact]
    public async Task ReplayedStimulus_SameIdempotencyKey_DoesNothingTwice()
    {
        var id = await StartForkedAsync();
        var bookmark = (await FindAsync(id)).State.Bookmarks[0];
        await using var scope = _first.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();

        var first = await engine.ResumeAsync(id, bookmark.Id, null, "fiks-melding-1", Ct);
        var replay = await engine.ResumeAsync(id, bookmark.Id, null, "fiks-melding-1", Ct);
        await DrainAsync(_first);

        Assert.Equal(first.Id, replay.Id);
        Assert.Single(await LogAsync(id), r => r.ActivityId == bookmark.ActivityId && r.Resumed);
    }

    [Fact]
    public async Task CommitThatFailsMidway_LeavesNoPartialRows()
    {
        var id = await StartForkedAsync();
        var before = await FindAsync(id);
        var logBefore = await LogAsync(id);
        await using var scope = _first.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        var now = _clock.GetUtcNow();
        var newLog = new ActivityExecutionRecord { Id = "log-new", WorkflowInstanceId = id, Sequence = 999, ActivityId = "a", ActivityNodeId = "n", ActivityType = "Elsa.Event", Status = ActivityExecutionStatus.Completed, StartedAt = now, CompletedAt = now };
        var clash = logBefore[0] with { Sequence = 1000 };

        // The instance update succeeds inside the transaction; the log rows' insert reuses an existing id and fails,
        // so everything must roll back.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(
            new BurstCommit
            {
                Instance = before,
                RemovedBookmarkIds = [before.State.Bookmarks[0].Id],
                ExecutionLog = [newLog, clash],
            },
            Ct));

        var after = await FindAsync(id);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(logBefore.Count, (await LogAsync(id)).Count);
        await using var check = _second.Services.CreateAsyncScope();
        var bookmarks = await check.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindBookmarksAsync("Elsa.Event", "A", null, Ct);
        Assert.Contains(bookmarks, b => b.WorkflowInstanceId == id);
    }

    [Fact]
    public async Task ManyStimuliForManyInstances_AppliedInGroups_EachOnceAndBothBranchesOfEveryInstance()
    {
        // 30 instances × 2 stimuli in one claimed batch: groups must never hold one instance twice (the second burst
        // would run on a stale copy), so the second stimulus of each instance waits for a later round.
        var ids = await StartForkedAsync(30);
        await EnqueueResumesAsync(ids, "A", "B");

        await DrainAsync(_first);

        foreach (var id in ids)
        {
            var log = await LogAsync(id);
            Assert.Single(log, r => r.ActivityId == "a" && r.Resumed);
            Assert.Single(log, r => r.ActivityId == "b" && r.Resumed);
            Assert.Single(log, r => r.ActivityId == "end");
            Assert.Equal(WorkflowSubStatus.Finished, (await FindAsync(id)).SubStatus);
        }

        Assert.Equal(0, await UnfinishedAsync());
    }

    [Fact]
    public async Task GroupWhoseCommitFails_IsAppliedOneByOne_SoOnlyTheFaultyStimulusWaitsForARetry()
    {
        var ids = await StartForkedAsync(6);
        var faulty = ids[2];
        await using var failing = await EngineNode.StartAsync(_database, _clock, services =>
            services.AddScoped<IBurstCommitParticipant>(_ => new FailingParticipant(faulty)));
        await EnqueueResumesAsync(ids, "A");

        var claimed = await failing.Dispatcher.ProcessAvailableAsync(Ct);

        Assert.Equal(6, claimed);
        foreach (var id in ids.Where(id => id != faulty))
        {
            Assert.Single(await LogAsync(id), r => r.ActivityId == "a" && r.Resumed);
        }

        Assert.DoesNotContain(await LogAsync(faulty), r => r.Resumed);
        await using var scope = _second.Services.CreateAsyncScope();
        var retry = await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().FindAsync($"A-{faulty}", Ct);
        Assert.Equal((StimulusStatus.Pending, 1), (retry!.Status, retry.Attempts));
        Assert.Contains("lagringsfeil", retry.LastError, StringComparison.Ordinal);

        // A healthy node applies it once its back-off has passed.
        _clock.Advance(TimeSpan.FromSeconds(2));
        await DrainAsync(_second);
        Assert.Single(await LogAsync(faulty), r => r.ActivityId == "a" && r.Resumed);
    }

    [Fact]
    public async Task GroupWithAStimulusThatCanNeverApply_CommitsTheOthers_AndMarksThatOneFailed()
    {
        var ids = await StartForkedAsync(4);
        await EnqueueResumesAsync(ids, "A");
        var now = _clock.GetUtcNow();
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().EnqueueAsync(
                new Stimulus { Id = "orphan-start", Kind = StimulusKind.Start, IdempotencyKey = "orphan-start", WorkflowInstanceId = "ny-instans", DefinitionVersionId = "finnes-ikke", CreatedAt = now, AvailableAt = now },
                Ct);
        }

        await DrainAsync(_first);

        foreach (var id in ids)
        {
            Assert.Single(await LogAsync(id), r => r.ActivityId == "a" && r.Resumed);
        }

        await using var check = _second.Services.CreateAsyncScope();
        Assert.Equal(StimulusStatus.Failed, (await check.ServiceProvider.GetRequiredService<IStimulusQueue>().FindAsync("orphan-start", Ct))!.Status);
        Assert.Equal(0, await UnfinishedAsync());
    }

    private async Task<IReadOnlyList<string>> StartForkedAsync(int count)
    {
        var first = await StartForkedAsync();
        var definitionId = (await FindAsync(first)).DefinitionId;
        await using var scope = _first.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var ids = new List<string> { first };
        for (var i = 1; i < count; i++)
        {
            ids.Add((await engine.StartAsync(new StartRequest(definitionId), Ct)).InstanceId!);
        }

        await DrainAsync(_first);
        return ids;
    }

    /// <summary>Enqueues, per instance, one resume of each named branch's event bookmark, ids «{branch}-{instance}».</summary>
    private async Task EnqueueResumesAsync(IReadOnlyList<string> ids, params string[] branches)
    {
        var now = _clock.GetUtcNow();
        await using var scope = _first.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
        foreach (var id in ids)
        {
            var bookmarks = (await FindAsync(id)).State.Bookmarks;
            foreach (var branch in branches)
            {
                var bookmark = bookmarks.Single(b => b.Key == branch);
                await queue.EnqueueAsync(new Stimulus { Id = $"{branch}-{id}", Kind = StimulusKind.Resume, IdempotencyKey = $"{branch}-{id}", WorkflowInstanceId = id, BookmarkId = bookmark.Id, CreatedAt = now, AvailableAt = now }, Ct);
            }
        }
    }

    private async Task<int> UnfinishedAsync()
    {
        await using var scope = _second.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStimulusQueue>().CountUnfinishedAsync(Ct);
    }

    /// <summary>A storage fault for one instance: every commit that writes it fails.</summary>
    private sealed class FailingParticipant(string instanceId) : IBurstCommitParticipant
    {
        public Task WriteAsync(IReadOnlyList<BurstCommit> commits, BurstTransaction transaction, CancellationToken cancellationToken) =>
            commits.Any(c => c.Instance?.Id == instanceId)
                ? throw new InvalidOperationException("Simulert lagringsfeil")
                : Task.CompletedTask;
    }

    private async Task<string> StartForkedAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var definitionId = $"fork-{Guid.NewGuid():N}";
        await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(
            new FlowchartBuilder("Fork").WithDefinitionId(definitionId)
                .Activity("start", "Elsa.Start")
                .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
                .Activity("a", "Elsa.Event", ("eventName", Expr.Literal("A")))
                .Activity("b", "Elsa.Event", ("eventName", Expr.Literal("B")))
                .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
                .Activity("end", "Elsa.WriteLine")
                .Chain("start", "fork")
                .Connect("fork", "a", "A").Connect("fork", "b", "B").Connect("a", "join").Connect("b", "join").Connect("join", "end")
                .Build(),
            publish: true,
            Ct);
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(new StartRequest(definitionId), Ct);
        await DrainAsync(_first);
        return started.InstanceId!;
    }

    private static async Task DrainAsync(EngineNode node)
    {
        while (await node.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }
    }

    private async Task<WorkflowInstance> FindAsync(string id)
    {
        await using var scope = _second.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(id, Ct))!;
    }

    private async Task<IReadOnlyList<ActivityExecutionRecord>> LogAsync(string id)
    {
        await using var scope = _second.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(id, Ct);
    }
}

public sealed class SqliteEngineOnDatabaseTests() : EngineOnDatabaseTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlEngineOnDatabaseTests() : EngineOnDatabaseTests(DatabaseKind.PostgreSql);
