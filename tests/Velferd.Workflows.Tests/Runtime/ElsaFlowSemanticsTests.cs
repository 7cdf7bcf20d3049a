using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Runtime;

/// <summary>
/// Elsa 3's token flow (<see cref="FlowSemantics.ElsaTokens"/>): how often an activity with several inbound
/// connections runs under each merge mode, joins, loops, terminal activities, and instances that keep the
/// per-arrival semantics they started under.
/// </summary>
public sealed class ElsaFlowSemanticsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Mode(string mode) => new() { ["mergeMode"] = mode };

    /// <summary>start → fork(A, B) → a, b → merge; a and b are waits (events) or plain lines as asked.</summary>
    private static FlowchartBuilder ForkIntoOne(string name, bool aWaits, bool bWaits, JsonObject? mergeProperties = null)
    {
        var builder = new FlowchartBuilder(name)
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")));
        builder = aWaits ? builder.Activity("a", "Elsa.Event", ("eventName", Expr.Literal("A"))) : builder.Activity("a", "Elsa.WriteLine", ("text", Expr.Literal("a")));
        builder = bWaits ? builder.Activity("b", "Elsa.Event", ("eventName", Expr.Literal("B"))) : builder.Activity("b", "Elsa.WriteLine", ("text", Expr.Literal("b")));
        return builder
            .Activity("merge", "Elsa.WriteLine", mergeProperties is null ? [("text", Expr.Literal("samlet"))] : [("text", Expr.Literal("samlet")), ("customProperties", mergeProperties)])
            .Chain("start", "fork")
            .Connect("fork", "a", "A")
            .Connect("fork", "b", "B")
            .Connect("a", "merge")
            .Connect("b", "merge");
    }

    /// <summary>start → decision → yes (True) / no (False) → after.</summary>
    private static FlowchartBuilder DecisionIntoOne(string name, string condition, JsonObject? afterProperties = null) =>
        new FlowchartBuilder(name)
            .Activity("start", "Elsa.Start")
            .Activity("decision", "Elsa.FlowDecision", ("condition", Expr.Literal(condition, "Boolean")))
            .Activity("yes", "Elsa.WriteLine", ("text", Expr.Literal("ja")))
            .Activity("no", "Elsa.WriteLine", ("text", Expr.Literal("nei")))
            .Activity("after", "Elsa.WriteLine", afterProperties is null ? [("text", Expr.Literal("etter"))] : [("text", Expr.Literal("etter")), ("customProperties", afterProperties)])
            .Chain("start", "decision")
            .Connect("decision", "yes", "True")
            .Connect("decision", "no", "False")
            .Connect("yes", "after")
            .Connect("no", "after");

    private static async Task<int> TimesRunAsync(WorkflowTestHost host, string instanceId, string activityId) =>
        (await host.GetLogAsync(instanceId, Ct)).Count(r => r.ActivityId == activityId && r.Status == ActivityExecutionStatus.Completed);

    [Fact]
    public async Task ImplicitMerge_AfterAFork_RunsOnceWhenBothBranchesArrived()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(ForkIntoOne("Implisitt samling", aWaits: false, bWaits: false).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(1, await TimesRunAsync(host, id, "merge"));
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(FlowSemantics.ElsaTokens, instance.State.FlowSemantics);
        Assert.Empty(instance.State.Tokens);
    }

    [Fact]
    public async Task ImplicitMerge_WithABranchStillWaiting_WaitsForItAndThenRunsOnce()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(ForkIntoOne("Venter på gren", aWaits: true, bWaits: false).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);
        var before = await TimesRunAsync(host, id, "merge");

        await host.SignalAsync("A", "sak", cancellationToken: Ct);

        Assert.Equal(0, before);
        Assert.Equal(1, await TimesRunAsync(host, id, "merge"));
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task Decision_BothPortsLeadToOneActivity_ItRunsOnceAndTheUntakenPortHoldsNothingBack()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(DecisionIntoOne("Valg", "true").Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Equal(["start", "decision", "yes", "after"], log.Select(r => r.ActivityId));
    }

    [Fact]
    public async Task MergeModeCascade_RunsTheActivityOncePerArrival()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(ForkIntoOne("Kaskade", aWaits: false, bWaits: false, Mode("Cascade")).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(2, await TimesRunAsync(host, id, "merge"));
    }

    [Fact]
    public async Task MergeModeRace_FirstArrivalRuns_TheOtherBranchIsCancelledAndNeverArrives()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(ForkIntoOne("Kappløp", aWaits: true, bWaits: true, Mode("Race")).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);

        await host.SignalAsync("B", "sak", cancellationToken: Ct);
        await host.SignalAsync("A", "sak", cancellationToken: Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Equal(1, await TimesRunAsync(host, id, "merge"));
        Assert.Contains(log, r => r.ActivityId == "a" && r.Status == ActivityExecutionStatus.Cancelled);
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task MergeModeMerge_ADecisionsUntakenBranch_NeverDeliversSoTheActivityDoesNotRun()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(DecisionIntoOne("Streng samling", "false", Mode("Merge")).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(0, await TimesRunAsync(host, id, "after"));
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task FlowchartMergeMode_IsTheDefaultForActivitiesWithoutTheirOwn()
    {
        await using var host = WorkflowTestHost.Create();
        var json = ForkIntoOne("Flytskjemaets modus", aWaits: false, bWaits: false).BuildJson();
        json["root"]!["customProperties"] = Mode("Cascade");

        var definition = await host.PublishAsync(WorkflowDefinitionJson.FromJson(json).Model!, Ct);
        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(2, await TimesRunAsync(host, id, "merge"));
    }

    [Fact]
    public async Task JoinWaitAll_WithThreeBranches_RunsOnceAfterTheLast()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Tre grener")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\",\"C\"]", "Object")))
            .Activity("a", "Elsa.WriteLine", ("text", Expr.Literal("a")))
            .Activity("b", "Elsa.Event", ("eventName", Expr.Literal("B")))
            .Activity("c", "Elsa.WriteLine", ("text", Expr.Literal("c")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
            .Activity("after", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "fork")
            .Connect("fork", "a", "A").Connect("fork", "b", "B").Connect("fork", "c", "C")
            .Connect("a", "join").Connect("b", "join").Connect("c", "join")
            .Connect("join", "after")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);
        var before = await TimesRunAsync(host, id, "after");

        await host.SignalAsync("B", "sak", cancellationToken: Ct);

        Assert.Equal(0, before);
        Assert.Equal(1, await TimesRunAsync(host, id, "join"));
        Assert.Equal(1, await TimesRunAsync(host, id, "after"));
    }

    [Fact]
    public async Task BackConnection_LoopsUntilTheDecisionLeaves_ThenTheWorkflowFinishes()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Løkke")
            .Variable("I", "Int32", "0")
            .Activity("start", "Elsa.Start")
            .Activity("check", "Elsa.FlowDecision", ("condition", Expr.JavaScript("getVariable('I') < 3", "Boolean")))
            .Activity("write", "Elsa.WriteLine", ("text", Expr.JavaScript("'runde ' + getVariable('I')", "String")))
            .Activity("inc", "Elsa.SetVariable", ("variable", JsonValue.Create("I")), ("value", Expr.JavaScript("getVariable('I') + 1")))
            .Activity("done", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "check")
            .Connect("check", "write", "True")
            .Connect("write", "inc")
            .Connect("inc", "check")
            .Connect("check", "done", "False")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Equal(["runde 0", "runde 1", "runde 2", "ferdig"], log.Where(r => r.ActivityType == "Elsa.WriteLine").Select(r => r.Message));
        Assert.Equal(4, await TimesRunAsync(host, id, "check"));
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task End_CompletesTheFlowchart_AndCancelsTheBranchStillWaiting()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Slutt")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("A")))
            .Activity("end", "Elsa.End")
            .Chain("start", "fork")
            .Connect("fork", "wait", "A")
            .Connect("fork", "end", "B")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (instance.Status, instance.SubStatus));
        Assert.Empty(instance.State.Bookmarks);
    }

    [Fact]
    public async Task InstanceStoredBeforeTokenFlow_ResumesPerArrival_AsItStarted()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(ForkIntoOne("Gammel instans", aWaits: true, bWaits: true).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);
        var started = await host.GetInstanceAsync(id, Ct);

        // The state as schema 1 stored it: no semantics version and no tokens.
        var stored = JsonSerializer.SerializeToNode(started.State, WorkflowJson.Options)!.AsObject();
        stored.Remove("flowSemantics");
        stored.Remove("tokens");
        stored["schemaVersion"] = 1;
        var legacy = new WorkflowInstance
        {
            Id = started.Id, DefinitionId = started.DefinitionId, DefinitionVersionId = started.DefinitionVersionId,
            DefinitionVersion = started.DefinitionVersion, CorrelationId = started.CorrelationId, Status = started.Status,
            SubStatus = started.SubStatus, State = stored.Deserialize<WorkflowState>(WorkflowJson.Options)!,
        };
        await using var scope = host.Services.CreateAsyncScope();
        var blueprint = (await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(definition.Id, Ct))!;
        var runner = scope.ServiceProvider.GetRequiredService<WorkflowRunner>();

        var log = new List<ActivityExecutionRecord>();
        foreach (var waiting in legacy.State.Bookmarks.ToList())
        {
            log.AddRange((await runner.RunAsync(blueprint, legacy, new ResumeTrigger(waiting.Id, null), scope.ServiceProvider, Ct)).ExecutionLog);
        }

        Assert.Equal(FlowSemantics.PerArrival, legacy.State.FlowSemantics);
        Assert.Equal(2, log.Count(r => r.ActivityId == "merge"));
        Assert.Equal(WorkflowSubStatus.Finished, legacy.SubStatus);
    }
}
