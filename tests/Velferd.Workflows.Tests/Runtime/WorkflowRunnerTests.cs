using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Runtime;

public sealed class WorkflowRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_SequentialFlowchart_RunsEveryActivityInOrderAndFinishes()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Sekvens")
            .Variable("Teller", "Int32", "1")
            .Activity("start", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "var-Teller", ["name"] = "Teller" }), ("value", Expr.JavaScript("getVariable('Teller') + 41")))
            .Activity("log", "Elsa.WriteLine", ("text", Expr.JavaScript("'Teller er ' + getVariable('Teller')", "String")))
            .Activity("out", "Elsa.SetOutput", ("outputName", Expr.Literal("Svar")), ("outputValue", Expr.Variable("Teller")))
            .Activity("end", "Elsa.End")
            .Chain("start", "set", "log", "out", "end")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (instance.Status, instance.SubStatus));
        Assert.Equal(42, instance.State.Output["Svar"]!.GetValue<long>());
        var log = await host.GetLogAsync(id, Ct);
        Assert.Equal(["start", "set", "log", "out", "end"], log.Select(r => r.ActivityId));
        Assert.Equal("Teller er 42", log[2].Message);
    }

    [Fact]
    public async Task ActivityTest_RunsTheOneActivity_WithInitialVariables_AndNothingAfterIt()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Test av ett steg")
            .Variable("Teller", "Int32", "1")
            .Activity("start", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "var-Teller", ["name"] = "Teller" }), ("value", Expr.JavaScript("getVariable('Teller') + 41")))
            .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "set", "log")
            .Build(), Ct);
        await using var scope = host.Services.CreateAsyncScope();
        var blueprint = (await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(definition.Id, Ct))!;
        var sandbox = new WorkflowInstance
        {
            Id = "test", DefinitionId = definition.DefinitionId, DefinitionVersionId = definition.Id, DefinitionVersion = definition.Version,
        };

        var result = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
            .RunAsync(blueprint, sandbox, new ActivityTestTrigger("set"), scope.ServiceProvider, Ct);

        var record = Assert.Single(result.ExecutionLog);
        Assert.Equal(("set", ActivityExecutionStatus.Completed), (record.ActivityId, record.Status));
        Assert.Equal(42, result.Instance.State.Variables["Teller"]!.GetValue<long>());
        var stored = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>()
            .ListAsync(new InstanceQuery { DefinitionId = definition.DefinitionId }, Ct);
        Assert.Empty(stored.Items);
    }

    [Fact]
    public async Task EventWait_OwnsNoRows_SoResumingItAsksTheCommitForNoLookups()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Vent to ganger")
            .Activity("start", "Elsa.Start")
            .Activity("first", "Elsa.Event", ("eventName", Expr.Literal("Ping")))
            .Activity("second", "Elsa.Event", ("eventName", Expr.Literal("Ping")))
            .Chain("start", "first", "second")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);
        var instance = await host.GetInstanceAsync(id, Ct);
        var waiting = Assert.Single(instance.State.Bookmarks);
        await using var scope = host.Services.CreateAsyncScope();
        var blueprint = (await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(definition.Id, Ct))!;

        var result = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>()
            .RunAsync(blueprint, instance, new ResumeTrigger(waiting.Id, null), scope.ServiceProvider, Ct);

        Assert.False(waiting.OwnsRows);
        Assert.Equal([waiting.Id], result.RemovedBookmarkIds);
        Assert.False(result.RemovedBookmarksMayOwnRows);
        Assert.False(Assert.Single(result.AddedBookmarks).OwnsRows);
    }

    [Theory]
    [InlineData(17, "yes")]
    [InlineData(12, "no")]
    public async Task FlowDecision_JavaScriptCondition_TakesTheMatchingPort(int age, string expected)
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Beslutning")
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", Expr.JavaScript("getInput('alder') >= 16", "Boolean")))
            .Activity("yes", "Elsa.WriteLine", ("text", Expr.Literal("ungdom")))
            .Activity("no", "Elsa.WriteLine", ("text", Expr.Literal("barn")))
            .Chain("start", "decide")
            .Connect("decide", "yes", "True")
            .Connect("decide", "no", "False")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, new JsonObject { ["alder"] = age }, cancellationToken: Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Equal(expected, log[^1].ActivityId);
        Assert.DoesNotContain(log, r => r.ActivityId == (expected == "yes" ? "no" : "yes"));
    }

    [Fact]
    public async Task Event_SignalWithTheInstancesCorrelationId_ResumesOnlyThatInstance()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Vent")
            .Variable("Svar")
            .Activity("start", "Elsa.Start")
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("SamtykkeGitt")), ("result", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "var-Svar" } }))
            .Activity("end", "Elsa.End")
            .Chain("start", "wait", "end")
            .Build(), Ct);
        var first = await host.StartAsync(definition.DefinitionId, correlationId: "sak-1", cancellationToken: Ct);
        var second = await host.StartAsync(definition.DefinitionId, correlationId: "sak-2", cancellationToken: Ct);

        await host.SignalAsync("SamtykkeGitt", "sak-1", new JsonObject { ["gitt"] = true }, cancellationToken: Ct);

        var resumed = await host.GetInstanceAsync(first, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.True(resumed.State.Variables["Svar"]!["gitt"]!.GetValue<bool>());
        Assert.Equal(WorkflowSubStatus.Suspended, (await host.GetInstanceAsync(second, Ct)).SubStatus);
    }

    [Fact]
    public async Task Signal_SameIdempotencyKeyTwice_ResumesOnce()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Løkke")
            .Activity("start", "Elsa.Start")
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Ping")))
            .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal("ping")))
            .Chain("start", "wait", "log", "wait")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);

        await host.SignalAsync("Ping", "sak", idempotencyKey: "melding-1", cancellationToken: Ct);
        await host.SignalAsync("Ping", "sak", idempotencyKey: "melding-1", cancellationToken: Ct);

        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "log");
    }

    [Fact]
    public async Task ForkAndJoinWaitAll_ContinuesOnlyWhenBothBranchesArrived()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Parallelt")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"Helse\",\"Skole\"]", "Object")))
            .Activity("health", "Elsa.Event", ("eventName", Expr.Literal("HelseFerdig")))
            .Activity("school", "Elsa.Event", ("eventName", Expr.Literal("SkoleFerdig")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
            .Activity("end", "Elsa.WriteLine", ("text", Expr.Literal("begge ferdige")))
            .Chain("start", "fork")
            .Connect("fork", "health", "Helse")
            .Connect("fork", "school", "Skole")
            .Connect("health", "join")
            .Connect("school", "join")
            .Connect("join", "end")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);

        await host.SignalAsync("HelseFerdig", "sak", cancellationToken: Ct);
        var halfway = await host.GetInstanceAsync(id, Ct);
        await host.SignalAsync("SkoleFerdig", "sak", cancellationToken: Ct);

        Assert.Equal(WorkflowSubStatus.Suspended, halfway.SubStatus);
        Assert.Single(halfway.State.Bookmarks);
        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "end");
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public async Task JoinWaitAny_FirstBranchWins_AndTheRacingWaitIsCancelled()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Kappløp")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("done", "Elsa.Event", ("eventName", Expr.Literal("Utført")))
            .Activity("timeout", "Elsa.Event", ("eventName", Expr.Literal("FristUte")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAny")))
            .Activity("end", "Elsa.WriteLine", ("text", Expr.Literal("videre")))
            .Chain("start", "fork")
            .Connect("fork", "done", "A")
            .Connect("fork", "timeout", "B")
            .Connect("done", "join")
            .Connect("timeout", "join")
            .Connect("join", "end")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);

        await host.SignalAsync("Utført", "sak", cancellationToken: Ct);
        await host.SignalAsync("FristUte", "sak", cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "end");
        Assert.Contains(log, r => r.ActivityId == "timeout" && r.Status == ActivityExecutionStatus.Cancelled);
    }

    [Fact]
    public async Task RunawayJavaScript_FaultsOnlyItsOwnInstance_WithAClearIncident()
    {
        await using var host = WorkflowTestHost.Create();
        var runaway = await host.PublishAsync(new FlowchartBuilder("Løper løpsk")
            .Activity("start", "Elsa.Start")
            .Activity("loop", "Elsa.RunJavaScript", ("script", Expr.Literal("while (true) { }")))
            .Chain("start", "loop")
            .Build(), Ct);
        var healthy = await host.PublishAsync(new FlowchartBuilder("Frisk")
            .Activity("start", "Elsa.Start")
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Neste")))
            .Chain("start", "wait")
            .Build(), Ct);
        var other = await host.StartAsync(healthy.DefinitionId, cancellationToken: Ct);

        var faulted = await host.StartAsync(runaway.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(faulted, Ct);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (instance.Status, instance.SubStatus));
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal("loop", incident.ActivityId);
        Assert.Contains("JavaScript executed more than the limit", incident.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowSubStatus.Suspended, (await host.GetInstanceAsync(other, Ct)).SubStatus);
    }

    [Theory]
    [InlineData("function f(n) { return f(n + 1); } f(0)", "recursed deeper than the limit")]
    [InlineData("var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; } s.length", "allocated more than the limit")]
    [InlineData("throw new Error('oops')", "JavaScript error")]
    public async Task JavaScriptBreakingALimit_FaultsWithTheReason(string script, string expected)
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Skript")
            .Activity("start", "Elsa.Start")
            .Activity("run", "Elsa.RunJavaScript", ("script", Expr.Literal(script)))
            .Chain("start", "run")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var incident = Assert.Single((await host.GetInstanceAsync(id, Ct)).State.Incidents);
        Assert.Contains(expected, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JavaScriptRunningPastTheTimeLimit_FaultsWithTheTimeout()
    {
        await using var host = WorkflowTestHost.Create(services => services.Configure<JavaScriptOptions>(o =>
        {
            o.MaxStatements = int.MaxValue;
            o.Timeout = TimeSpan.FromMilliseconds(200);
        }));
        var definition = await host.PublishAsync(new FlowchartBuilder("Tidsgrense")
            .Activity("start", "Elsa.Start")
            .Activity("run", "Elsa.RunJavaScript", ("script", Expr.Literal("while (true) { }")))
            .Chain("start", "run")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var incident = Assert.Single((await host.GetInstanceAsync(id, Ct)).State.Incidents);
        Assert.Equal("JavaScript ran longer than the limit of 200 ms.", incident.Message);
    }

    [Fact]
    public async Task JavaScriptWithACatastrophicRegularExpression_FaultsWithinTheTimeLimit()
    {
        await using var host = WorkflowTestHost.Create(services => services.Configure<JavaScriptOptions>(o =>
            o.Timeout = TimeSpan.FromMilliseconds(200)));
        var definition = await host.PublishAsync(new FlowchartBuilder("Regex")
            .Activity("start", "Elsa.Start")
            .Activity("run", "Elsa.RunJavaScript", ("script", Expr.Literal("/^(a+)+$/.test('a'.repeat(40) + '!')")))
            .Chain("start", "run")
            .Build(), Ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        // Jint's own default lets one match run 10 s; the instance must fault in about the script's limit instead.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The regular expression ran {clock.Elapsed}.");
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal(("run", "JavaScript ran longer than the limit of 200 ms."), (incident.ActivityId, incident.Message));
    }

    [Fact]
    public async Task FlowchartThatLoopsWithoutWaiting_FaultsInsteadOfRunningForever()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Evig")
            .Activity("start", "Elsa.Start")
            .Activity("a", "Elsa.WriteLine")
            .Activity("b", "Elsa.WriteLine")
            .Chain("start", "a", "b", "a")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("probably loops", Assert.Single(instance.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_EndsTheWorkflowAndCancelsOtherWaits()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Fullfør")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Aldri")))
            .Activity("complete", "Elsa.Complete")
            .Chain("start", "fork")
            .Connect("fork", "wait", "A")
            .Connect("fork", "complete", "B")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Empty(instance.State.Bookmarks);
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_RemovesItsWaitsAndFinishesAsCancelled()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Avbryt")
            .Activity("start", "Elsa.Start")
            .Activity("wait", "Elsa.Event", ("eventName", Expr.Literal("Neste")))
            .Chain("start", "wait")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak", cancellationToken: Ct);

        await host.CancelAsync(id, Ct);
        await host.SignalAsync("Neste", "sak", cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (instance.Status, instance.SubStatus));
        Assert.Empty(instance.State.Bookmarks);
    }

    [Fact]
    public async Task FlowSwitch_MatchFirst_FollowsTheFirstMatchingCaseElseDefault()
    {
        await using var host = WorkflowTestHost.Create();
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Akutt", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getInput('hast') === 'akutt'" } },
            new JsonObject { ["label"] = "Vanlig", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getInput('hast') === 'vanlig'" } });
        var definition = await host.PublishAsync(new FlowchartBuilder("Switch")
            .Activity("start", "Elsa.Start")
            .Activity("switch", "Elsa.FlowSwitch", ("cases", cases))
            .Activity("urgent", "Elsa.WriteLine")
            .Activity("normal", "Elsa.WriteLine")
            .Activity("other", "Elsa.WriteLine")
            .Chain("start", "switch")
            .Connect("switch", "urgent", "Akutt")
            .Connect("switch", "normal", "Vanlig")
            .Connect("switch", "other", "Default")
            .Build(), Ct);

        var urgent = await host.StartAsync(definition.DefinitionId, new JsonObject { ["hast"] = "akutt" }, cancellationToken: Ct);
        var unknown = await host.StartAsync(definition.DefinitionId, new JsonObject { ["hast"] = "?" }, cancellationToken: Ct);

        Assert.Equal("urgent", (await host.GetLogAsync(urgent, Ct))[^1].ActivityId);
        Assert.Equal("other", (await host.GetLogAsync(unknown, Ct))[^1].ActivityId);
    }

    [Fact]
    public async Task Correlate_SetsTheCorrelationId_SoSignalsForTheCaseFindTheInstance()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Korreler")
            .Activity("start", "Elsa.Start")
            .Activity("wait1", "Elsa.Event", ("eventName", Expr.Literal("Først")))
            .Activity("correlate", "Elsa.Correlate", ("correlationId", Expr.JavaScript("'sak-' + getInput('sak')", "String")))
            .Activity("wait2", "Elsa.Event", ("eventName", Expr.Literal("Deretter")))
            .Chain("start", "correlate", "wait1")
            .Connect("correlate", "wait2")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, new JsonObject { ["sak"] = 7 }, cancellationToken: Ct);

        await host.SignalAsync("Først", "sak-7", cancellationToken: Ct);
        await host.SignalAsync("Deretter", "sak-7", cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal("sak-7", instance.CorrelationId);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
    }

    [Fact]
    public async Task Correlate_WithAnIdOfAMegabyteFromTheInput_FaultsNamingTheLimitAndStoresNoId()
    {
        await using var host = WorkflowTestHost.Create();
        var definition = await host.PublishAsync(new FlowchartBuilder("Lang saks-id")
            .Activity("start", "Elsa.Start")
            .Activity("correlate", "Elsa.Correlate", ("correlationId", Expr.JavaScript("getInput('saksId')", "String")))
            .Chain("start", "correlate")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, new JsonObject { ["saksId"] = new string('7', 1024 * 1024) }, cancellationToken: Ct);

        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Null(instance.CorrelationId);
        var incident = Assert.Single(instance.State.Incidents);
        Assert.Equal("correlate", incident.ActivityId);
        Assert.Contains(CorrelationIds.TooLong, incident.Message, StringComparison.Ordinal);
    }
}
