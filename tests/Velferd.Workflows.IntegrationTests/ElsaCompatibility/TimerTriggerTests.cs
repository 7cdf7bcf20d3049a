using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.TimerTriggers;
using Velferd.Workflows.Scheduling.Deadlines;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>
/// Elsa's timer triggers on a frozen fake clock: a published pathway that begins at an <c>Elsa.Cron</c>,
/// <c>Elsa.Timer</c> or <c>Elsa.StartAt</c> with «start the workflow» ticked starts on its schedule, through the pump
/// the Quartz job runs (the frozen clock never reaches a Quartz trigger, so the test runs it as the job would).
/// </summary>
public abstract class TimerTriggerTests(FrozenClockHostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cron_Published_StartsOneInstanceAtEachOccurrenceAndNoneTwice()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = await PublishAsync(owner, "Elsa.Cron", "cronExpression", "*/10 * * * *");
        var first = await NextFireAtAsync(definitionId);

        Assert.Equal(0, first.Minute % 10);
        Assert.Equal(0, first.Second);
        Assert.InRange(first - fixture.Clock.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromMinutes(10));
        await MoveToAsync(first.AddSeconds(-1));
        Assert.Empty(await InstancesAsync(definitionId));

        await MoveToAsync(first);
        await MoveToAsync(first.AddMinutes(10));
        await FirePumpAsync();

        var instances = await InstancesAsync(definitionId);
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        foreach (var instance in instances)
        {
            var lines = (await BackgroundWork.LogAsync(fixture.Host, instance.Id)).Where(r => r.ActivityType == "Elsa.WriteLine").Select(r => r.Message);
            Assert.Equal(["startet av tidsplanen"], lines);
        }

        Assert.Equal(first.AddMinutes(20), await NextFireAtAsync(definitionId));
    }

    [Fact]
    public async Task Timer_MissedWhileNoNodeRan_StartsOnceLateAndKeepsItsRhythm()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = await PublishAsync(owner, "Elsa.Timer", "interval", "00:15:00");
        var first = await NextFireAtAsync(definitionId);

        await MoveToAsync(first.AddMinutes(50));

        Assert.Single(await InstancesAsync(definitionId));
        Assert.Equal(first.AddMinutes(60), await NextFireAtAsync(definitionId));
    }

    [Fact]
    public async Task StartAt_Published_StartsOnceAtTheInstantAndThenNeverAgain()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var at = fixture.Clock.GetUtcNow().AddHours(2);
        var definitionId = await PublishAsync(owner, "Elsa.StartAt", "dateTime", at.ToString("O"));

        await MoveToAsync(at.AddHours(-1));
        Assert.Empty(await InstancesAsync(definitionId));
        await MoveToAsync(at.AddDays(2));

        Assert.Single(await InstancesAsync(definitionId));
        Assert.Null(await TriggerOfAsync(definitionId));
    }

    [Fact]
    public async Task Retract_PublishedCron_StartsNothingMore()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = await PublishAsync(owner, "Elsa.Cron", "cronExpression", "0 * * * *");
        var first = await NextFireAtAsync(definitionId);

        var retracted = await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", JsonContent.Create(new JsonObject()), Ct);
        await MoveToAsync(first.AddHours(3));

        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.Empty(await InstancesAsync(definitionId));
        Assert.Null(await TriggerOfAsync(definitionId));
    }

    [Fact]
    public async Task Publish_NewVersionWithAnotherSchedule_ReplacesTheTrigger()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = await PublishAsync(owner, "Elsa.Cron", "cronExpression", "0 3 * * *");
        var before = (await TriggerOfAsync(definitionId))!;

        await PublishAsync(owner, "Elsa.Cron", "cronExpression", "30 4 * * *", definitionId);
        var after = (await TriggerOfAsync(definitionId))!;

        Assert.NotEqual(before.DefinitionVersionId, after.DefinitionVersionId);
        Assert.Equal("cron:0 30 4 * * ?", after.Schedule);
        Assert.Equal(30, after.NextFireAt.Minute);
    }

    [Fact]
    public async Task Cron_NotTickedToStartTheWorkflow_IsNoTrigger()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var definitionId = await PublishAsync(owner, "Elsa.Cron", "cronExpression", "0 * * * *", canStartWorkflow: false);

        Assert.Null(await TriggerOfAsync(definitionId));
    }

    [Theory]
    [InlineData("Elsa.Cron", "cronExpression", "0 8 1 * 1-5", "dag i måneden eller ukedag")]
    [InlineData("Elsa.Cron", "cronExpression", "hver morgen", "cron-uttrykk har fem felt")]
    [InlineData("Elsa.Timer", "interval", "om litt", "ikke et intervall")]
    public async Task Import_UnreadableSchedule_Is400NamingTheActivityAndStoresNothing(string type, string input, string value, string expected)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definition = Definition(NewId(), type, input, value, canStartWorkflow: true);

        var response = await owner.PostAsync("/elsa/api/workflow-definitions/import", JsonContent.Create(definition), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = string.Join(" ", (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray()).Select(m => m!.GetValue<string>()));
        Assert.Contains("Tidsstart", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/elsa/api/workflow-definitions/by-definition-id/{definition["definitionId"]}?versionOptions=Latest", Ct)).StatusCode);
    }

    [Fact]
    public async Task Cron_InsideAFlow_WaitsForTheNextOccurrence()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = await PublishAsync(owner, "Elsa.Cron", "cronExpression", "0 0 12 ? * *", canStartWorkflow: false);
        var run = await owner.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", JsonContent.Create(new JsonObject { ["versionOptions"] = "Published" }), Ct);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var instanceId = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
        await fixture.Host.WaitUntilIdleAsync(Idle);
        Assert.Equal(WorkflowStatus.Running, (await BackgroundWork.FindAsync(fixture.Host, instanceId)).Status);

        await MoveToAsync(fixture.Clock.GetUtcNow().AddDays(1));

        // The host's own Quartz job may have fired the step a moment before the test's pump: wait for its resume too.
        await BackgroundWork.WaitUntilAsync(fixture.Host, async () => (await BackgroundWork.FindAsync(fixture.Host, instanceId)).Status == WorkflowStatus.Finished);
    }

    private static async Task<string> PublishAsync(HttpClient owner, string type, string input, string value, string? definitionId = null, bool canStartWorkflow = true)
    {
        var definition = Definition(definitionId ?? NewId(), type, input, value, canStartWorkflow);
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", JsonContent.Create(definition), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var id = definition["definitionId"]!.GetValue<string>();
        var published = await owner.PostAsync($"/elsa/api/workflow-definitions/{id}/publish", JsonContent.Create(new JsonObject()), Ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    // Moves the frozen clock, fires what the move made due (as the Quartz job would) and waits for the engine.
    private async Task MoveToAsync(DateTimeOffset at)
    {
        if (at > fixture.Clock.GetUtcNow())
        {
            fixture.Clock.SetUtcNow(at);
        }

        await FirePumpAsync();
    }

    // The host's own Quartz job runs the same pump: a row it fired a moment before this one stays out of this count, so
    // wait until no row is due any more, then for the engine.
    private async Task FirePumpAsync()
    {
        var pump = fixture.Host.Services.GetRequiredService<DeadlinePump>();
        while (await pump.FireDueAsync(Ct) > 0)
        {
        }

        await BackgroundWork.WaitUntilAsync(fixture.Host, async () => await pump.NextDueAsync(Ct) is not { } next || next > fixture.Clock.GetUtcNow());
        await fixture.Host.WaitUntilIdleAsync(Idle);
    }

    private async Task<DateTimeOffset> NextFireAtAsync(string definitionId) => (await TriggerOfAsync(definitionId))!.NextFireAt;

    private async Task<TimerTrigger?> TriggerOfAsync(string definitionId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetRequiredService<ITimerTriggerStore>().ListDueAsync(DateTimeOffset.MaxValue, 10_000, Ct);
        return due.SingleOrDefault(t => t.DefinitionId == definitionId);
    }

    private async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(string definitionId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 100 }, Ct)).Items;
    }

    private static string NewId() => $"tidsstart-{Guid.NewGuid():N}";

    // An Elsa 3 export as Elsa Studio writes one: the timer, then a line written.
    private static JsonObject Definition(string definitionId, string type, string input, string value, bool canStartWorkflow) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = "Tidsstart",
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["id"] = "root",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = "tidsur",
                    ["name"] = "Tidsstart",
                    ["type"] = type,
                    ["version"] = 1,
                    ["customProperties"] = new JsonObject { ["canStartWorkflow"] = canStartWorkflow },
                    [input] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } },
                },
                new JsonObject
                {
                    ["id"] = "skriv",
                    ["type"] = "Elsa.WriteLine",
                    ["version"] = 1,
                    ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "startet av tidsplanen" } },
                },
            },
            ["connections"] = new JsonArray
            {
                new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "tidsur", ["port"] = "Done" },
                    ["target"] = new JsonObject { ["activity"] = "skriv", ["port"] = "In" },
                },
            },
        },
    };
}

public sealed class SqliteTimerTriggerTests(SqliteFrozenClockHostFixture fixture) : TimerTriggerTests(fixture), IClassFixture<SqliteFrozenClockHostFixture>;

public sealed class PostgreSqlTimerTriggerTests(PostgreSqlFrozenClockHostFixture fixture) : TimerTriggerTests(fixture), IClassFixture<PostgreSqlFrozenClockHostFixture>;
