using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.HumanTasks;

/// <summary>
/// Boundary deadlines on <c>Velferd.UserTask</c>, on the fake clock. The task is given Friday 2024-03-01 16:00 (Oslo)
/// with «5 virkedager»: due Friday 03-08 16:00, reminder 2 days before (Wednesday 16:00), escalation 1 day after
/// (Saturday 16:00). A parallel branch per event shows what the pathway would do with it.
/// </summary>
public sealed class UserTaskDeadlineTests
{
    private static readonly HumanTaskActor Ola = new("ola.saksbehandler", new HashSet<string> { "tit-sentrum" }, new HashSet<string> { "Caseworker" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Oslo(int month, int day, int hour, int minute) => new(2024, month, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task NonInterrupting_TaskStaysOpenPastReminderDueAndEscalation_EachRaisedOnce_ThenCompletingContinuesTheFlow()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var id = await StartAsync(host, interrupting: false);

        await host.AdvanceTimeToAsync(Oslo(3, 6, 16, 1), Ct);
        var afterReminder = await StateAsync(host, id);
        await host.AdvanceTimeToAsync(Oslo(3, 8, 16, 1), Ct);
        var afterDue = await StateAsync(host, id);
        await host.AdvanceTimeToAsync(Oslo(3, 9, 16, 1), Ct);
        var afterEscalation = await StateAsync(host, id);
        var completed = await CompleteAsync(host, afterEscalation.Task.Id);

        Assert.Equal((DeadlineStatus.Reminded, HumanTaskStatus.Claimed), (afterReminder.Deadline.Status, afterReminder.Task.Status));
        Assert.Equal(["varsle-saksbehandler"], afterReminder.Ran);
        Assert.Equal((DeadlineStatus.Overdue, HumanTaskStatus.Claimed), (afterDue.Deadline.Status, afterDue.Task.Status));
        Assert.Equal(["varsle-saksbehandler", "frist-passert"], afterDue.Ran);
        Assert.Equal(["varsle-saksbehandler", "frist-passert", "varsle-leder"], afterEscalation.Ran);
        Assert.Equal(HumanTaskStatus.Claimed, afterEscalation.Task.Status);
        Assert.IsType<HumanTaskResult.Ok>(completed);
        Assert.Equal(["varsle-saksbehandler", "frist-passert", "varsle-leder", "ferdig"], (await StateAsync(host, id)).Ran);
    }

    [Fact]
    public async Task CompletedInTime_MeetsTheDeadline_AndNoReminderDueOrEscalationFiresLater()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var id = await StartAsync(host, interrupting: true);
        await host.AdvanceTimeToAsync(Oslo(3, 5, 10, 0), Ct);

        var completed = await CompleteAsync(host, (await StateAsync(host, id)).Task.Id);
        await host.AdvanceTimeAsync(TimeSpan.FromDays(30), Ct);
        var after = await StateAsync(host, id);

        Assert.IsType<HumanTaskResult.Ok>(completed);
        Assert.Equal((DeadlineStatus.Met, null), (after.Deadline.Status, after.Deadline.NextFireAt));
        Assert.Equal(["ferdig"], after.Ran);
    }

    [Fact]
    public async Task NonInterrupting_CompletedAfterDueBeforeEscalation_StaysOverdue_AndTheEscalationIsStopped()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var id = await StartAsync(host, interrupting: false);
        await host.AdvanceTimeToAsync(Oslo(3, 8, 18, 0), Ct);

        await CompleteAsync(host, (await StateAsync(host, id)).Task.Id);
        await host.AdvanceTimeAsync(TimeSpan.FromDays(7), Ct);
        var after = await StateAsync(host, id);

        Assert.Equal((DeadlineStatus.Overdue, null), (after.Deadline.Status, after.Deadline.NextFireAt));
        Assert.Equal(["varsle-saksbehandler", "frist-passert", "ferdig"], after.Ran);
    }

    [Fact]
    public async Task Interrupting_DeadlinePasses_CancelsTheTask_LeavesOnOverskredet_AndStillEscalates()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var id = await StartAsync(host, interrupting: true);

        await host.AdvanceTimeToAsync(Oslo(3, 8, 16, 1), Ct);
        var afterDue = await StateAsync(host, id);
        var lateCompletion = await CompleteAsync(host, afterDue.Task.Id);
        await host.AdvanceTimeToAsync(Oslo(3, 9, 16, 1), Ct);
        var afterEscalation = await StateAsync(host, id);

        Assert.Equal((DeadlineStatus.Overdue, HumanTaskStatus.Cancelled), (afterDue.Deadline.Status, afterDue.Task.Status));
        Assert.Equal("Fristen for oppgaven ble overskredet.", (await HistoryAsync(host, afterDue.Task.Id))[^1].Detail);
        Assert.Equal(["varsle-saksbehandler", "overskredet"], afterDue.Ran);
        Assert.IsType<HumanTaskResult.Conflict>(lateCompletion);
        Assert.Equal(["varsle-saksbehandler", "overskredet", "varsle-leder"], afterEscalation.Ran);
        Assert.True((await host.GetInstanceAsync(id, Ct)).State.Output.ContainsKey("Overskredet"));
    }

    [Fact]
    public async Task Deadline_IsStoredWithTheTask_OnTheOsloWorkingDayCalendar_WithKindTeamAndTargets()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());

        var id = await StartAsync(host, interrupting: false);
        var (task, deadline, _) = await StateAsync(host, id);

        Assert.Equal(
            ("avklaringsfrist", DeadlineKind.Local, "tit-sentrum", "assignee", "teamleader"),
            (deadline.Name, deadline.Kind, deadline.Team, deadline.ReminderTargets, deadline.EscalationTargets));
        Assert.Equal((Oslo(3, 8, 16, 0), Oslo(3, 6, 16, 0), Oslo(3, 9, 16, 0)), (deadline.DueAt, deadline.ReminderAt, deadline.EscalationAt));
        Assert.Equal(deadline.DueAt, task.DueAt);
        Assert.Equal(task.BookmarkId, deadline.BookmarkId);
    }

    [Fact]
    public async Task ExtensionApproved_MovesTheTasksDueDateInTheInbox_WithAHistoryEntry_AndTheReminderFollows()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var id = await StartAsync(host, interrupting: false);
        var before = await StateAsync(host, id);
        await using var scope = host.Services.CreateAsyncScope();
        var extensions = scope.ServiceProvider.GetRequiredService<DeadlineExtensions>();

        await extensions.RequestAsync(before.Deadline.Id, null, "3 virkedager", "Venter på svar fra skolen.", "ola.saksbehandler", Ct);
        var approved = await extensions.ApproveAsync(before.Deadline.Id, "lise.leder", Ct);
        await host.AdvanceTimeToAsync(Oslo(3, 8, 16, 1), Ct);
        var after = await StateAsync(host, id);
        var history = await scope.ServiceProvider.GetRequiredService<IHumanTaskStore>().GetHistoryAsync(after.Task.Id, Ct);

        Assert.NotNull(approved.Deadline);
        Assert.Equal((Oslo(3, 13, 16, 0), Oslo(3, 13, 16, 0)), (after.Deadline.DueAt, after.Task.DueAt));
        Assert.Equal(Oslo(3, 11, 16, 0), after.Deadline.ReminderAt);
        Assert.Equal(("lise.leder", "Frist utvidet til 2024-03-13T16:00:00+01:00"), (history[^1].Actor, history[^1].Detail));
        Assert.Equal(HumanTaskAction.DueExtended, history[^1].Action);
        Assert.Empty(after.Ran);
    }

    [Fact]
    public async Task InterruptWithoutDeadlineKind_FaultsWithAMessageNamingTheInput()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(new FlowchartBuilder("Feil").WithDefinitionId("feil-frist")
            .Activity("start", "Elsa.Start")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Avklar")), ("candidateTeam", Expr.Literal("tit-sentrum")), ("due", Expr.Literal("P5D")), ("interruptOnOverdue", Expr.Literal("true", "Boolean")))
            .Chain("start", "oppgave")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, cancellationToken: Ct);

        Assert.Contains("Input 'InterruptOnOverdue'", Assert.Single((await host.GetInstanceAsync(id, Ct)).State.Incidents).Message, StringComparison.Ordinal);
        Assert.Empty(await host.DeadlinesAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task DueFrom_AnEarlierInstant_CountsTheDurationFromIt_NotFromTheTasksCreation()
    {
        await using var host = WorkflowTestHost.Create(s => s.AddWelfareActivities());
        var definition = await host.PublishAsync(new FlowchartBuilder("Beslutning").WithDefinitionId("beslutning-fra-registrering")
            .Activity("start", "Elsa.Start")
            .Activity("beslutt", "Velferd.UserTask",
                ("title", Expr.Literal("Beslutt videre vei")), ("candidateTeam", Expr.Literal("tit-sentrum")), ("due", Expr.Literal("14 dager")),
                ("deadlineKind", Expr.Literal("Lokal")), ("deadlineName", Expr.Literal("beslutningsfrist")), ("dueFrom", Expr.JavaScript("getInput('registrert')", "String")))
            .Connect("start", "beslutt")
            .Build(), Ct);

        var id = await host.StartAsync(definition.DefinitionId, new JsonObject { ["registrert"] = "2024-02-26T09:30:00+01:00" }, "sak-1", Ct);

        var deadline = Assert.Single(await host.DeadlinesAsync(new DeadlineQuery { WorkflowInstanceId = id }, Ct));
        Assert.Equal(Oslo(3, 11, 9, 30), deadline.DueAt);
        Assert.Equal(Oslo(3, 11, 9, 30), await DueOfTheTaskAsync(host, id));
    }

    [Fact]
    public void Descriptor_OffersTheDeadlineInputsInNorwegian_AndTheOverskredetPort()
    {
        using var services = new ServiceCollection().AddWorkflowCore().AddWelfareActivities().BuildServiceProvider();

        var descriptor = ActivityRegistryFor(services).Single(d => d.TypeName == "Velferd.UserTask");

        Assert.Contains(descriptor.Ports, p => p.Name == "Overskredet");
        Assert.Superset(
            new HashSet<string> { "Frist", "Påminnelse før frist", "Eskalering etter frist", "Fristtype", "Fristnavn", "Hjemmel", "Maks utvidelse", "Påminnelse til", "Eskaler til", "Avbryt ved fristbrudd" },
            descriptor.Inputs.Where(i => i.Category == "Frist").Select(i => i.DisplayName).ToHashSet());
    }

    private static IEnumerable<ActivityDescriptor> ActivityRegistryFor(IServiceProvider services) =>
        services.GetRequiredService<ActivityRegistry>().All.Select(t => t.Descriptor);

    private static async Task<string> StartAsync(WorkflowTestHost host, bool interrupting)
    {
        var definition = await host.PublishAsync(new FlowchartBuilder("Avklaring").WithDefinitionId($"avklaring-{interrupting}")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"Oppgave\",\"Paminnelse\",\"Frist\",\"Eskalering\"]", "Object")))
            .Activity("oppgave", "Velferd.UserTask",
                ("title", Expr.Literal("Avklar henvendelsen")), ("assignee", Expr.Literal("ola.saksbehandler")), ("candidateTeam", Expr.Literal("tit-sentrum")),
                ("outcomes", Expr.Literal("[\"Ferdig\"]", "Object")), ("due", Expr.Literal("5 virkedager")), ("deadlineKind", Expr.Literal("Lokal")),
                ("deadlineName", Expr.Literal("avklaringsfrist")), ("reminderOffset", Expr.Literal("2 dager")), ("escalationOffset", Expr.Literal("1 dag")),
                ("interruptOnOverdue", Expr.Literal(interrupting ? "true" : "false", "Boolean")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("Avklart")))
            .Activity("overskredet", "Elsa.SetOutput", ("outputName", Expr.Literal("Overskredet")), ("outputValue", Expr.Literal("ja")))
            .Activity("paminnelse", "Elsa.Event", ("eventName", Expr.Literal("avklaringsfrist:påminnelse")))
            .Activity("varsle-saksbehandler", "Elsa.WriteLine", ("text", Expr.Literal("Påminnelse til saksbehandler")))
            .Activity("frist", "Elsa.Event", ("eventName", Expr.Literal("avklaringsfrist:frist")))
            .Activity("frist-passert", "Elsa.WriteLine", ("text", Expr.Literal("Fristen er passert")))
            .Activity("eskalering", "Elsa.Event", ("eventName", Expr.Literal("avklaringsfrist:eskalering")))
            .Activity("varsle-leder", "Elsa.WriteLine", ("text", Expr.Literal("Varsel til leder")))
            .Connect("start", "fork")
            .Connect("fork", "oppgave", "Oppgave")
            .Connect("fork", "paminnelse", "Paminnelse")
            .Connect("fork", "frist", "Frist")
            .Connect("fork", "eskalering", "Eskalering")
            .Connect("oppgave", "ferdig", "Ferdig")
            .Connect("oppgave", "overskredet", "Overskredet")
            .Connect("paminnelse", "varsle-saksbehandler")
            .Connect("frist", "frist-passert")
            .Connect("eskalering", "varsle-leder")
            .Build(), Ct);
        return await host.StartAsync(definition.DefinitionId, correlationId: $"sak-{interrupting}", cancellationToken: Ct);
    }

    /// <summary>The task, its deadline, and which of the reacting activities have run, in order.</summary>
    private static async Task<(HumanTask Task, Deadline Deadline, IReadOnlyList<string> Ran)> StateAsync(WorkflowTestHost host, string instanceId)
    {
        string[] reactions = ["varsle-saksbehandler", "frist-passert", "varsle-leder", "ferdig", "overskredet"];
        var log = await host.GetLogAsync(instanceId, Ct);
        await using var scope = host.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IHumanTaskStore>().ListAsync(
            new HumanTaskQuery { WorkflowInstanceId = instanceId, Statuses = Enum.GetValues<HumanTaskStatus>() }, Ct);
        var task = Assert.Single(page.Items);
        var deadline = Assert.Single(await host.DeadlinesAsync(new DeadlineQuery { WorkflowInstanceId = instanceId }, Ct));
        return (task, deadline, [.. log.Where(r => r.Status == ActivityExecutionStatus.Completed && reactions.Contains(r.ActivityId)).Select(r => r.ActivityId)]);
    }

    private static async Task<DateTimeOffset?> DueOfTheTaskAsync(WorkflowTestHost host, string instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IHumanTaskStore>().ListAsync(new HumanTaskQuery { WorkflowInstanceId = instanceId }, Ct);
        return Assert.Single(page.Items).DueAt;
    }

    private static async Task<IReadOnlyList<HumanTaskHistoryEntry>> HistoryAsync(WorkflowTestHost host, string taskId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHumanTaskStore>().GetHistoryAsync(taskId, Ct);
    }

    private static async Task<HumanTaskResult> CompleteAsync(WorkflowTestHost host, string taskId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<HumanTaskInbox>().CompleteAsync(taskId, Ola, "Ferdig", new JsonObject(), Ct);
        await host.RunUntilIdleAsync(Ct);
        return result;
    }
}
