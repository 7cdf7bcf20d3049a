using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Engine;

/// <summary>
/// Loops whose bodies wait, on a real database: the loop's position and its body runs live in the stored instance, so
/// a node that stops between two items loses nothing, and a parallel loop's waiting bodies are each resumed once even
/// when two nodes receive the same signal at the same time.
/// </summary>
public abstract class LoopsOnDatabaseTests(DatabaseKind kind) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(kind);

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ForEachBodyWaitsOnATimer_NodeRestartsBeforeEachItem_GoesOnWithTheNextItemAndFinishes()
    {
        var body = new FlowchartBuilder("body")
            .Activity("vent", "Elsa.Delay", ("timeSpan", Expr.Literal("01:00:00")))
            .Activity("skriv", "Elsa.WriteLine", ("text", Expr.JavaScript("'behandlet ' + getCurrentValue()", "String")))
            .Chain("vent", "skriv").BuildBody();
        string id;
        await using (var first = await EngineNode.StartAsync(_database, _clock))
        {
            id = await StartAsync(first, Loop("Elsa.ForEach", body), "sak-1");
        }

        var linesSeen = new List<int>();
        for (var item = 0; item < 3; item++)
        {
            // A fresh node each hour: nothing of the loop is held in a process between two items.
            await using var node = await EngineNode.StartAsync(_database, _clock);
            _clock.Advance(TimeSpan.FromHours(1));
            await PumpAndDrainAsync(node);
            linesSeen.Add((await LinesAsync(node, id)).Count);
        }

        await using var last = await EngineNode.StartAsync(_database, _clock);
        Assert.Equal([1, 2, 4], linesSeen);
        Assert.Equal(["behandlet a", "behandlet b", "behandlet c", "ferdig"], await LinesAsync(last, id));
        var instance = await FindAsync(last, id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Null(instance.State.Containers);
    }

    [Fact]
    public async Task ParallelForEachBodiesWaitForEvents_TwoNodesGetEachSignalAtOnceAfterARestart_EachBodyResumesOnce()
    {
        var body = new FlowchartBuilder("body")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.JavaScript("'godkjent-' + getCurrentValue()", "String")))
            .Activity("skriv", "Elsa.WriteLine", ("text", Expr.JavaScript("'godkjent ' + getCurrentValue()", "String")))
            .Chain("vent", "skriv").BuildBody();
        string id;
        await using (var first = await EngineNode.StartAsync(_database, _clock))
        {
            id = await StartAsync(first, Loop("Elsa.ParallelForEach", body), "sak-2");
        }

        await using var a = await EngineNode.StartAsync(_database, _clock);
        await using var b = await EngineNode.StartAsync(_database, _clock);
        foreach (var item in (string[])["c", "a", "b"])
        {
            await Task.WhenAll(SignalAsync(a, $"godkjent-{item}", "sak-2"), SignalAsync(b, $"godkjent-{item}", "sak-2"));
            await Task.WhenAll(DrainAsync(a), DrainAsync(b));
        }

        var log = await LogAsync(a, id);
        Assert.Equal(3, log.Count(r => r.ActivityId == "vent" && r.Resumed && r.Status == ActivityExecutionStatus.Completed));
        Assert.Equal(["godkjent c", "godkjent a", "godkjent b", "ferdig"], await LinesAsync(a, id));
        Assert.Single(log, r => r.ActivityId == "etter");
        Assert.Equal(WorkflowSubStatus.Finished, (await FindAsync(a, id)).SubStatus);
    }

    private static FlowchartBuilder Loop(string loopType, JsonObject body) =>
        new FlowchartBuilder($"Løkke {loopType}").WithDefinitionId($"loop-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("loop", loopType, ("items", Expr.Literal("[\"a\",\"b\",\"c\"]", "Object")), ("body", body))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "loop", "etter");

    private static async Task<string> StartAsync(EngineNode node, FlowchartBuilder definition, string correlationId)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition.Build(), publish: true, Ct);
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(
            new StartRequest(saved.Definition!.DefinitionId, CorrelationId: correlationId), Ct);
        await DrainAsync(node);
        return started.InstanceId!;
    }

    private static async Task SignalAsync(EngineNode node, string eventName, string correlationId)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().SignalAsync(eventName, correlationId, null, null, Ct);
    }

    private static async Task DrainAsync(EngineNode node)
    {
        while (await node.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }
    }

    private static async Task PumpAndDrainAsync(EngineNode node)
    {
        while (await node.Pump.FireDueAsync(Ct) + await node.Dispatcher.ProcessAvailableAsync(Ct) > 0)
        {
        }
    }

    private static async Task<WorkflowInstance> FindAsync(EngineNode node, string id)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(id, Ct))!;
    }

    private static async Task<IReadOnlyList<ActivityExecutionRecord>> LogAsync(EngineNode node, string id)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().GetExecutionLogAsync(id, Ct);
    }

    private static async Task<List<string?>> LinesAsync(EngineNode node, string id) =>
        [.. (await LogAsync(node, id)).Where(r => r is { ActivityType: "Elsa.WriteLine", Status: ActivityExecutionStatus.Completed }).Select(r => r.Message)];
}

public sealed class SqliteLoopsOnDatabaseTests() : LoopsOnDatabaseTests(DatabaseKind.Sqlite);

public sealed class PostgreSqlLoopsOnDatabaseTests() : LoopsOnDatabaseTests(DatabaseKind.PostgreSql);
