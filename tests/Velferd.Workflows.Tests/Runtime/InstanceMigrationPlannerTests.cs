using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.InstanceMigration;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Runtime;

/// <summary>
/// What moving an instance to another version does to its waits, its tokens and its half-arrived joins, and what
/// stops it: a step the target lacks or has with another type, or a connection underway that the target lacks.
/// </summary>
public sealed class InstanceMigrationPlannerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Two waits in parallel branches that a join brings together; the fork's ports and the branch ids vary by version.
    private static DefinitionModel Forked(string id, string branchA = "a", string portB = "B", string waitTypeB = "Elsa.Event") =>
        new FlowchartBuilder($"Gaffel {id}")
            .WithDefinitionId(id)
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal($"[\"A\",\"{portB}\"]", "Object")))
            .Activity(branchA, "Elsa.Event", ("eventName", Expr.Literal("A")))
            .Activity("b", waitTypeB, waitTypeB == "Elsa.Event" ? ("eventName", Expr.Literal("B")) : ("text", Expr.Literal("B")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
            .Chain("start", "fork")
            .Connect("fork", branchA, "A")
            .Connect("fork", "b", portB)
            .Connect(branchA, "join")
            .Connect("b", "join")
            .Build();

    [Fact]
    public async Task Plan_RenamedBranch_RewritesItsWaitAndTheTokensIntoIt_AndKeepsTheRest()
    {
        await using var host = WorkflowTestHost.Create();
        var (instance, source, target) = await TwoVersionsAsync(host, Forked("g1"), Forked("g1", branchA: "a2"));

        var (plan, migrated) = InstanceMigrationPlanner.Plan(instance, source, target, new ActivityMap(new Dictionary<string, string> { ["a"] = "a2" }));

        Assert.True(plan.CanMigrate, string.Join(" ", plan.Problems));
        Assert.Equal(["a → a2", "b → b"], plan.Moves.Select(m => $"{m.FromActivityId} → {m.ToActivityId}").Order());
        Assert.Equal(["a2", "b"], migrated!.Instance.State.Bookmarks.Select(b => b.ActivityId).Order());
        Assert.Contains(migrated.Instance.State.Tokens, t => t is { From: "fork", Port: "A", To: "a2" });
        Assert.DoesNotContain(migrated.Instance.State.Tokens, t => t.To == "a");
        Assert.Equal((target.Definition.Id, 2), (migrated.Instance.DefinitionVersionId, migrated.Instance.DefinitionVersion));
        Assert.Equal(new Dictionary<string, string> { ["a"] = "a2" }, migrated.RenamedActivities);
        Assert.Contains(instance.State.Bookmarks, b => b.ActivityId == "a");
    }

    [Fact]
    public async Task Plan_WaitingStepWithAnotherTypeInTheTarget_IsRefusedNamingBothTypes()
    {
        await using var host = WorkflowTestHost.Create();
        var (instance, source, target) = await TwoVersionsAsync(host, Forked("g2"), Forked("g2", waitTypeB: "Elsa.WriteLine"));

        var (plan, migrated) = InstanceMigrationPlanner.Plan(instance, source, target, ActivityMap.SameIds);

        Assert.Null(migrated);
        Assert.Contains("er Elsa.Event, men", Assert.Single(plan.Problems), StringComparison.Ordinal);
        Assert.Contains("Elsa.WriteLine", plan.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_TokenOnAConnectionTheTargetLacks_IsRefused()
    {
        await using var host = WorkflowTestHost.Create();
        var (instance, source, target) = await TwoVersionsAsync(host, Forked("g3"), Forked("g3", portB: "C"));

        var (plan, migrated) = InstanceMigrationPlanner.Plan(instance, source, target, ActivityMap.SameIds);

        Assert.Null(migrated);
        Assert.Contains(plan.Problems, p => p.StartsWith("Forbindelsen fra «fork» (B) til «b» er underveis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_HalfArrivedJoinOfAnOlderInstance_FollowsTheRenamedBranch()
    {
        await using var host = WorkflowTestHost.Create();
        var (instance, source, target) = await TwoVersionsAsync(host, Forked("g4"), Forked("g4", branchA: "a2"));
        instance.State.FlowSemantics = FlowSemantics.PerArrival;
        instance.State.JoinTokens["join"] = ["b:Done->join"];
        var map = new ActivityMap(new Dictionary<string, string> { ["a"] = "a2" });

        var (_, migrated) = InstanceMigrationPlanner.Plan(instance, source, target, map);
        var (refused, _) = InstanceMigrationPlanner.Plan(instance, source, await RemovedJoinAsync(host, "g4"), map);

        Assert.Equal(["b:Done->join"], migrated!.Instance.State.JoinTokens["join"]);
        Assert.Contains(refused.Problems, p => p.StartsWith("«join» finnes ikke i versjon 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_FinishedInstance_IsRefused()
    {
        await using var host = WorkflowTestHost.Create();
        var (instance, source, target) = await TwoVersionsAsync(host, Forked("g5"), Forked("g5"));
        instance.Status = WorkflowStatus.Finished;

        var (plan, migrated) = InstanceMigrationPlanner.Plan(instance, source, target, ActivityMap.SameIds);

        Assert.Null(migrated);
        Assert.Equal(["Instansen er avsluttet."], plan.Problems);
    }

    private static async Task<(WorkflowInstance Instance, WorkflowBlueprint Source, WorkflowBlueprint Target)> TwoVersionsAsync(
        WorkflowTestHost host, DefinitionModel one, DefinitionModel two)
    {
        var first = await host.PublishAsync(one, Ct);
        var instanceId = await host.StartAsync(first.DefinitionId, cancellationToken: Ct);
        var second = await host.PublishAsync(two, Ct);
        var instance = await host.GetInstanceAsync(instanceId, Ct);
        return (instance, await BlueprintAsync(host, first), await BlueprintAsync(host, second));
    }

    private static async Task<WorkflowBlueprint> RemovedJoinAsync(WorkflowTestHost host, string id)
    {
        var third = await host.PublishAsync(new FlowchartBuilder($"Gaffel {id}")
            .WithDefinitionId(id)
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("a2", "Elsa.Event", ("eventName", Expr.Literal("A")))
            .Activity("b", "Elsa.Event", ("eventName", Expr.Literal("B")))
            .Chain("start", "fork")
            .Connect("fork", "a2", "A")
            .Connect("fork", "b", "B")
            .Build(), Ct);
        return await BlueprintAsync(host, third);
    }

    private static async Task<WorkflowBlueprint> BlueprintAsync(WorkflowTestHost host, WorkflowDefinition definition)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowBlueprintProvider>().FindAsync(definition.Id, Ct))!;
    }
}
