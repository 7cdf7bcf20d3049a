using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Runtime;

/// <summary>
/// Elsa 3's loops and containers in a flowchart: <c>Elsa.ForEach</c>, <c>Elsa.ParallelForEach</c>, <c>Elsa.While</c>,
/// <c>Elsa.FlowNode</c> run an embedded body (a nested flowchart in their <c>body</c> property) and go on at <c>Done</c>;
/// <c>Elsa.Break</c> ends the innermost ForEach/While; bodies that wait hold their loop.
/// </summary>
public sealed class ElsaLoopTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Line(string script) => Expr.JavaScript(script, "String");

    /// <summary>start → loop(body) → etter («ferdig»).</summary>
    private static FlowchartBuilder AroundLoop(string name, string loopType, JsonObject body, params (string Key, JsonNode? Value)[] inputs) =>
        new FlowchartBuilder(name)
            .Activity("start", "Elsa.Start")
            .Activity("loop", loopType, [.. inputs, ("body", body)])
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("ferdig")))
            .Chain("start", "loop", "etter");

    private static JsonObject WriteCurrentValue() =>
        new FlowchartBuilder("body").Activity("skriv", "Elsa.WriteLine", ("text", Line("'element ' + getCurrentIndex() + ': ' + getCurrentValue()"))).BuildBody();

    private static async Task<List<string?>> LinesAsync(WorkflowTestHost host, string id) =>
        [.. (await host.GetLogAsync(id, Ct)).Where(r => r is { ActivityType: "Elsa.WriteLine", Status: ActivityExecutionStatus.Completed }).Select(r => r.Message)];

    private static async Task<int> TimesRunAsync(WorkflowTestHost host, string id, string activityId) =>
        (await host.GetLogAsync(id, Ct)).Count(r => r.ActivityId == activityId && r.Status == ActivityExecutionStatus.Completed);

    [Fact]
    public async Task ForEach_ThreeItems_RunsTheBodyOncePerItemInOrderThenGoesOnAtDone()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(AroundLoop("For hvert", "Elsa.ForEach", WriteCurrentValue(), ("items", Expr.Literal("[\"a\",\"b\",\"c\"]", "Object"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["element 0: a", "element 1: b", "element 2: c", "ferdig"], await LinesAsync(host, id));
        Assert.Equal(1, await TimesRunAsync(host, id, "loop"));
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Null(instance.State.Containers);
        Assert.Empty(instance.State.Tokens);
    }

    [Fact]
    public async Task ForEach_CurrentValueBoundToAVariable_TheVariableHoldsTheLastItem()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(
            AroundLoop("Bundet", "Elsa.ForEach", new FlowchartBuilder("body").Activity("skriv", "Elsa.WriteLine", ("text", Expr.Variable("gjeldende", "String"))).BuildBody(),
                ("items", Expr.JavaScript("[1, 2, 3].map(n => 'nr ' + n)")),
                ("currentValue", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "var-gjeldende" } }))
            .Variable("gjeldende").Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["nr 1", "nr 2", "nr 3", "ferdig"], await LinesAsync(host, id));
        Assert.Equal("nr 3", (await host.GetInstanceAsync(id, Ct)).State.Variables["gjeldende"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForEach_BodyWaitsForAnEvent_EachSignalMovesToTheNextItem()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("neste")))
            .Activity("skriv", "Elsa.WriteLine", ("text", Line("'behandlet ' + getCurrentValue()")))
            .Chain("vent", "skriv").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Venter", "Elsa.ForEach", body, ("items", Expr.Literal("[\"a\",\"b\"]", "Object"))).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak-1", cancellationToken: Ct);

        await host.SignalAsync("neste", "sak-1", cancellationToken: Ct);
        var afterFirst = await LinesAsync(host, id);
        var waitsAfterFirst = (await host.GetInstanceAsync(id, Ct)).State.Bookmarks.Count;
        await host.SignalAsync("neste", "sak-1", cancellationToken: Ct);

        Assert.Equal(["behandlet a"], afterFirst);
        Assert.Equal(1, waitsAfterFirst);
        Assert.Equal(["behandlet a", "behandlet b", "ferdig"], await LinesAsync(host, id));
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task ForEach_EmptyList_GoesOnAtDoneWithoutRunningTheBody()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(AroundLoop("Tom", "Elsa.ForEach", WriteCurrentValue(), ("items", Expr.JavaScript("[]"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["ferdig"], await LinesAsync(host, id));
    }

    [Fact]
    public async Task ForEach_ItemsThatAreNoList_FaultsNamingTheItems()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(AroundLoop("Feil", "Elsa.ForEach", WriteCurrentValue(), ("items", Expr.JavaScript("42"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Items must be a list", Assert.Single(instance.State.Incidents).Message);
    }

    [Theory]
    [InlineData(1, 3, 1, true, "1,2,3")]
    [InlineData(1, 3, 1, false, "1,2")]
    [InlineData(5, 1, -2, true, "5,3,1")]
    [InlineData(3, 1, 1, true, "")]
    public async Task For_CountsFromStartToEndByStep(int start, int end, int step, bool inclusive, string values)
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body").Activity("skriv", "Elsa.WriteLine", ("text", Line("'' + getCurrentValue()"))).BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Tell", "Elsa.For", body,
            ("start", Expr.Literal(start, "Int32")), ("end", Expr.Literal(end, "Int32")), ("step", Expr.Literal(step, "Int32")),
            ("outerBoundInclusive", Expr.Literal(inclusive, "Boolean"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal([.. values.Split(',', StringSplitOptions.RemoveEmptyEntries), "ferdig"], await LinesAsync(host, id));
    }

    [Fact]
    public async Task While_ConditionOnAVariable_RunsUntilItTurnsFalse()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("tell", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "var-teller", ["name"] = "teller" }), ("value", Expr.JavaScript("getTeller() + 1")))
            .Activity("skriv", "Elsa.WriteLine", ("text", Line("'runde ' + getTeller()")))
            .Chain("tell", "skriv").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Så lenge", "Elsa.While", body, ("condition", Expr.JavaScript("getTeller() < 3", "Boolean"))).Variable("teller", "Int32", "0").Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["runde 1", "runde 2", "runde 3", "ferdig"], await LinesAsync(host, id));
    }

    [Fact]
    public async Task While_ConditionNeverFalse_FaultsAtTheBurstLimitInsteadOfHanging()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(AroundLoop("Evig", "Elsa.While", new FlowchartBuilder("body").BuildBody(), ("condition", Expr.JavaScript("true", "Boolean"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("probably loops", Assert.Single(instance.State.Incidents).Message);
    }

    [Fact]
    public async Task Break_InAForEachBody_EndsTheLoopAndCancelsTheRestOfTheRound()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("sjekk", "Elsa.FlowDecision", ("condition", Expr.JavaScript("getCurrentValue() === 'stopp'", "Boolean")))
            .Activity("stopp", "Elsa.Break")
            .Activity("skriv", "Elsa.WriteLine", ("text", Line("'behandlet ' + getCurrentValue()")))
            .Connect("sjekk", "stopp", "True")
            .Connect("sjekk", "skriv", "False").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Avbryt", "Elsa.ForEach", body, ("items", Expr.Literal("[\"a\",\"stopp\",\"c\"]", "Object"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["behandlet a", "ferdig"], await LinesAsync(host, id));
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task Break_InANestedLoop_EndsOnlyTheInnerLoop()
    {
        await using var host = WorkflowTestHost.Create();
        var inner = new FlowchartBuilder("indre")
            .Activity("skriv", "Elsa.WriteLine", ("text", Line("'indre ' + getCurrentValue()")))
            .Activity("stopp", "Elsa.Break")
            .Chain("skriv", "stopp").BuildBody();
        var outer = new FlowchartBuilder("ytre")
            .Activity("indreLoop", "Elsa.ForEach", ("items", Expr.JavaScript("[getCurrentValue() + '1', getCurrentValue() + '2']")), ("body", inner))
            .BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Nestet", "Elsa.ForEach", outer, ("items", Expr.Literal("[\"x\",\"y\"]", "Object"))).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["indre x1", "indre y1", "ferdig"], await LinesAsync(host, id));
        Assert.Equal(2, await TimesRunAsync(host, id, "indreLoop"));
    }

    [Fact]
    public async Task ParallelForEach_BodiesWaitForTheirOwnEvents_EachResumedOnceAndDoneAfterTheLast()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("vent", "Elsa.Event", ("eventName", Line("'godkjent-' + getCurrentValue()")))
            .Activity("skriv", "Elsa.WriteLine", ("text", Line("'godkjent ' + getCurrentValue()")))
            .Chain("vent", "skriv").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Samtidig", "Elsa.ParallelForEach", body, ("items", Expr.Literal("[\"a\",\"b\",\"c\"]", "Object"))).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak-2", cancellationToken: Ct);
        var waiting = (await host.GetInstanceAsync(id, Ct)).State.Bookmarks.Count;

        await host.SignalAsync("godkjent-c", "sak-2", cancellationToken: Ct);
        await host.SignalAsync("godkjent-a", "sak-2", cancellationToken: Ct);
        await host.SignalAsync("godkjent-a", "sak-2", cancellationToken: Ct);
        var beforeLast = await LinesAsync(host, id);
        await host.SignalAsync("godkjent-b", "sak-2", cancellationToken: Ct);

        Assert.Equal(3, waiting);
        Assert.Equal(["godkjent c", "godkjent a"], beforeLast);
        Assert.Equal(["godkjent c", "godkjent a", "godkjent b", "ferdig"], await LinesAsync(host, id));
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Null(instance.State.Containers);
    }

    [Fact]
    public async Task FlowNode_RunsItsBodyOnceThenGoesOnAtDone()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("en", "Elsa.WriteLine", ("text", Expr.Literal("inne 1")))
            .Activity("to", "Elsa.WriteLine", ("text", Expr.Literal("inne 2")))
            .Chain("en", "to").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Beholder", "Elsa.FlowNode", body).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["inne 1", "inne 2", "ferdig"], await LinesAsync(host, id));
    }

    [Fact]
    public async Task End_InABody_CompletesOnlyThatBody()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body")
            .Activity("slutt", "Elsa.End")
            .Activity("aldri", "Elsa.WriteLine", ("text", Expr.Literal("aldri")))
            .Chain("slutt", "aldri").BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Slutt inni", "Elsa.FlowNode", body).Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Equal(["ferdig"], await LinesAsync(host, id));
    }

    [Fact]
    public async Task Cancel_WhileALoopBodyWaits_LeavesNoLoopOrWaitBehind()
    {
        await using var host = WorkflowTestHost.Create();
        var body = new FlowchartBuilder("body").Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("aldri"))).BuildBody();
        var definition = await host.PublishAsync(AroundLoop("Avbrytes", "Elsa.ForEach", body, ("items", Expr.Literal("[1,2]", "Object"))).Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        await host.CancelAsync(id, Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Cancelled, instance.SubStatus);
        Assert.Null(instance.State.Containers);
        Assert.Empty(instance.State.Bookmarks);
    }
}
