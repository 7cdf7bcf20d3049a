using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.HumanTasks;

public sealed class UserTaskTests
{
    private static readonly HumanTaskActor Ola = new("ola.saksbehandler", new HashSet<string> { "tit-sentrum" }, new HashSet<string> { "Caseworker" });
    private static readonly HumanTaskActor Lise = new("lise.leder", new HashSet<string> { "tit-sentrum" }, new HashSet<string> { "Supervisor" }, IsSupervisor: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UserTask_CompletedThroughTheInbox_ResumesOnTheChosenOutcome_WithTheFormAsOutput()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(Approval().Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak-1", cancellationToken: Ct);
        var task = Assert.Single((await InboxCall(host, inbox => inbox.UnclaimedAsync(Ola, new HumanTaskQuery(), Ct))).Items);

        await InboxCall(host, inbox => inbox.ClaimAsync(task.Id, Ola, Ct));
        var completed = await InboxCall(host, inbox => inbox.CompleteAsync(task.Id, Ola, "Avvist", new JsonObject { ["begrunnelse"] = "Mangler samtykke" }, Ct));
        await host.RunUntilIdleAsync(Ct);
        var instance = await host.GetInstanceAsync(id, Ct);

        Assert.IsType<HumanTaskResult.Ok>(completed);
        Assert.Equal(("sak-1", "forlop-med-oppgave", HumanTaskStatus.Open), (task.CorrelationId, task.DefinitionId, task.Status));
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal("avvist", instance.State.Output["Utfall"]!.GetValue<string>());
        Assert.Equal("Mangler samtykke", instance.State.Variables["Vurdering"]!["begrunnelse"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserTask_WithAssigneeAndDue_IsClaimedByTheAssigneeAndDueOnTheOsloCalendar()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(Approval(("assignee", Expr.Literal("ola.saksbehandler")), ("due", Expr.Literal("P7D")), ("priority", Expr.Literal("High"))).Build(), Ct);

        await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);
        var task = Assert.Single((await InboxCall(host, inbox => inbox.MineAsync(Ola, new HumanTaskQuery(), Ct))).Items);

        Assert.Equal((HumanTaskStatus.Claimed, TaskPriority.High), (task.Status, task.Priority));
        Assert.Equal(host.Clock.GetUtcNow().AddDays(7), task.DueAt);
    }

    [Fact]
    public async Task OverdueList_ShowsActiveTasksPastTheirDue_ToTheHolderAndTheTeamsSupervisor()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(Approval(("assignee", Expr.Literal("ola.saksbehandler")), ("due", Expr.Literal("P7D"))).Build(), Ct);
        await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        var beforeDue = await InboxCall(host, inbox => inbox.OverdueAsync(Lise, "tit-sentrum", new HumanTaskQuery(), Ct));
        await host.AdvanceTimeAsync(TimeSpan.FromDays(8), Ct);
        var teamOverdue = await InboxCall(host, inbox => inbox.OverdueAsync(Lise, "tit-sentrum", new HumanTaskQuery(), Ct));
        var myOverdue = await InboxCall(host, inbox => inbox.OverdueAsync(Ola, null, new HumanTaskQuery(), Ct));
        var refused = await InboxCall(host, inbox => inbox.OverdueAsync(Ola, "tit-sentrum", new HumanTaskQuery(), Ct));

        Assert.Empty(beforeDue!.Items);
        Assert.True(Assert.Single(teamOverdue!.Items).IsOverdue(host.Clock.GetUtcNow()));
        Assert.Single(myOverdue!.Items);
        Assert.Null(refused);
    }

    [Fact]
    public async Task CancellingTheInstance_CancelsItsOpenTask()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(Approval().Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);
        var waiting = Assert.Single((await host.GetInstanceAsync(id, Ct)).State.Bookmarks);

        await host.CancelAsync(id, Ct);
        var tasks = await InboxCall(host, inbox => inbox.TeamAsync(Lise, "tit-sentrum", new HumanTaskQuery { Statuses = [HumanTaskStatus.Cancelled] }, Ct));

        Assert.True(waiting.OwnsRows, "The task's wait must say it has a task to close.");
        Assert.Equal(HumanTaskStatus.Cancelled, Assert.Single(tasks!.Items).Status);
    }

    [Fact]
    public async Task BranchAbandonedByAWaitAnyJoin_CancelsTheTaskOnIt_AndACompletionIsThenAConflict()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(new FlowchartBuilder("Kappløp med oppgave")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
            .Activity("avbrutt", "Elsa.Event", ("eventName", Expr.Literal("Avbrutt")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAny")))
            .Chain("start", "fork")
            .Connect("fork", "oppgave", "A")
            .Connect("fork", "avbrutt", "B")
            .Connect("oppgave", "join")
            .Connect("avbrutt", "join")
            .Build(), Ct);
        await host.StartAsync(definition.DefinitionId, correlationId: "sak-2", cancellationToken: Ct);
        var task = Assert.Single((await InboxCall(host, inbox => inbox.UnclaimedAsync(Ola, new HumanTaskQuery(), Ct))).Items);
        await InboxCall(host, inbox => inbox.ClaimAsync(task.Id, Ola, Ct));

        await host.SignalAsync("Avbrutt", "sak-2", cancellationToken: Ct);
        var late = await InboxCall(host, inbox => inbox.CompleteAsync(task.Id, Ola, "Done", null, Ct));
        var found = await InboxCall(host, inbox => inbox.FindAsync(task.Id, Ola, Ct));

        Assert.Equal("Oppgaven er avbrutt og kan ikke endres.", Assert.IsType<HumanTaskResult.Conflict>(late).Message);
        Assert.Equal(HumanTaskStatus.Cancelled, found!.Value.Task.Status);
        Assert.Equal(HumanTaskBookmark.BranchEndedReason, found.Value.History[^1].Detail);
    }

    [Fact]
    public async Task UserTask_WithoutAssigneeOrTeam_FaultsWithAClearIncident()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(new FlowchartBuilder("Uten mottaker")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")))
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);
        var instance = await host.GetInstanceAsync(id, Ct);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("needs an assignee or a candidate team", Assert.Single(instance.State.Incidents).Message, StringComparison.Ordinal);
    }

    private static FlowchartBuilder Approval(params (string Key, JsonNode? Value)[] extra) => new FlowchartBuilder("Forløp med oppgave")
        .WithDefinitionId("forlop-med-oppgave")
        .Variable("Vurdering")
        .Activity("start", "Elsa.Start")
        .Activity(
            "oppgave",
            "Velferd.UserTask",
            [
                ("title", Expr.JavaScript("'Vurder sak ' + getCorrelationId()", "String")),
                ("fields", Expr.Literal("[{\"key\":\"begrunnelse\",\"label\":\"Begrunnelse\",\"type\":\"multiline\",\"required\":true}]", "Object")),
                ("outcomes", Expr.Literal("[\"Godkjent\",\"Avvist\"]", "Object")),
                ("candidateTeam", Expr.Literal("tit-sentrum")),
                ("form", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "var-Vurdering" } }),
                .. extra,
            ])
        .Activity("godkjent", "Elsa.SetOutput", ("outputName", Expr.Literal("Utfall")), ("outputValue", Expr.Literal("godkjent")))
        .Activity("avvist", "Elsa.SetOutput", ("outputName", Expr.Literal("Utfall")), ("outputValue", Expr.Literal("avvist")))
        .Chain("start", "oppgave")
        .Connect("oppgave", "godkjent", "Godkjent")
        .Connect("oppgave", "avvist", "Avvist");

    private static async Task<T> InboxCall<T>(WorkflowTestHost host, Func<HumanTaskInbox, Task<T>> call)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<HumanTaskInbox>());
    }
}
