using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Testing.Host.BackgroundWork;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// The designer's test run (<c>"testRun": true</c> on the execute route): the pathway runs for real, but its task is the
/// process owner's alone, its deadline stays out of the supervisors' list, and its service call goes to the simulator,
/// never to the service's own address, while a real run of the same pathway reaches both.
/// </summary>
/// <remarks>
/// The host runs outside the Development simulator here: every service's address is a simulator started by the test
/// that stands for the real services, so a call that reached "the service" shows in its request count.
/// </remarks>
public abstract class TestRunTests(DatabaseKind kind)
{
    private const string Team = "tit-sentrum";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TestRun_TaskDeadlineAndServiceCall_StayAwayFromRealWork_WhileARealRunReachesThem()
    {
        await using var services = await SimulatorServer.StartAsync(cancellationToken: Ct);
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new WorkflowHostFactory(database, settings: RealServicesAt(services.BaseUrl));
        var kari = await host.ClientForAsync("kari.prosesseier");
        var ola = await host.ClientForAsync("ola.saksbehandler");
        var lise = await host.ClientForAsync("lise.leder");
        var definitionId = await PublishAsync(kari);

        var testRun = await ExecuteAsync(kari, definitionId, "sak-prøve", testRun: true);
        await WaitUntilSettledAsync(host);
        var krrCallsAfterTestRun = services.State.RequestCount("krr");
        var testTask = await TaskOfAsync(kari, "/api/tasks/mine", testRun);
        var teamSeesTestTask = await TaskOfAsync(lise, $"/api/tasks/team/{Team}", testRun);
        var unclaimedHasTestTask = await TaskOfAsync(ola, "/api/tasks/unclaimed", testRun);
        var supervisorSeesTestDeadline = await DeadlineOfAsync(lise, testRun);
        var instance = (await kari.GetFromJsonAsync<JsonObject>($"/api/instances/{testRun}", Ct))!;
        var completed = await kari.PostAsJsonAsync($"/api/tasks/{testTask!["id"]!.GetValue<string>()}/complete", new { outcome = "Done" }, Ct);
        await WaitUntilSettledAsync(host);
        var testRunAfter = (await kari.GetFromJsonAsync<JsonObject>($"/api/instances/{testRun}", Ct))!;

        var realRun = await ExecuteAsync(kari, definitionId, "sak-ekte", testRun: false);
        await WaitUntilSettledAsync(host);
        var realTask = await TaskOfAsync(lise, $"/api/tasks/team/{Team}", realRun);
        var realDeadline = await DeadlineOfAsync(lise, realRun);

        Assert.Equal(0, krrCallsAfterTestRun);
        Assert.NotNull(testTask);
        Assert.True(testTask["isTest"]!.GetValue<bool>());
        Assert.Equal(("kari.prosesseier", "Claimed"), (testTask["assignedTo"]!.GetValue<string>(), testTask["status"]!.GetValue<string>()));
        Assert.Null(teamSeesTestTask);
        Assert.Null(unclaimedHasTestTask);
        Assert.False(supervisorSeesTestDeadline);
        Assert.Equal("test:sak-prøve", instance["instance"]!["correlationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("Finished", testRunAfter["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Equal(1, services.State.RequestCount("krr"));
        Assert.NotNull(realTask);
        Assert.False(realTask["isTest"]!.GetValue<bool>());
        Assert.True(realDeadline);
    }

    [Fact]
    public async Task TestRun_CaseActivity_ReadsTheCaseButLeavesItAsItWas_WhileARealRunChangesIt()
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new WorkflowHostFactory(database);
        var kari = await host.ClientForAsync("kari.prosesseier");
        var ola = await host.ClientForAsync("ola.saksbehandler");
        var registered = await ola.PostAsJsonAsync("/api/cases", new { kind = "BTI", team = Team, level = 0, child = new { fnr = "01010100050" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await WaitUntilSettledAsync(host);
        var definitionId = await PublishAsync(kari, new FlowchartBuilder("Prøvekjøring av nivå")
            .WithDefinitionId($"provekjoring-niva-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("niva", "Velferd.SetCaseLevel", ("level", Expr.Literal("2")), ("reason", Expr.Literal("Prøver forløpet")))
            .Connect("start", "niva"));

        var testRun = await ExecuteAsync(kari, definitionId, caseId, testRun: true);
        await WaitUntilSettledAsync(host);
        var levelAfterTestRun = await LevelAsync(ola, caseId);
        var note = (await LogAsync(host, testRun)).Single(r => r.ActivityId == "niva").Message;
        await ExecuteAsync(kari, definitionId, caseId, testRun: false);
        await WaitUntilSettledAsync(host);

        Assert.Equal("Finished", (await FindAsync(host, testRun)).SubStatus.ToString());
        Assert.Equal(0, levelAfterTestRun);
        Assert.Equal("Testkjøring: saken er ikke endret. Saken er på nivå 2", note);
        Assert.Equal(2, await LevelAsync(ola, caseId));
    }

    [Theory]
    [InlineData("ola.saksbehandler")]
    [InlineData("lise.leder")]
    public async Task Execute_ByAUserWhoDoesNotOwnProcesses_IsForbidden(string user)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new WorkflowHostFactory(database);
        var client = await host.ClientForAsync(user);

        var run = await client.PostAsJsonAsync("/elsa/api/workflow-definitions/p2-tidlig-innsatsteam/execute", new { testRun = true }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
    }

    // Start → KRR lookup → a task for the team with a statutory deadline → end.
    private static Task<string> PublishAsync(HttpClient owner) =>
        PublishAsync(owner, new FlowchartBuilder("Prøvekjøring")
            .WithDefinitionId($"provekjoring-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("krr", "Velferd.Krr.HentKontaktinfo", ("identityNumber", Expr.Literal("10858540068")))
            .Activity("oppgave", "Velferd.UserTask",
                ("title", Expr.Literal("Vurder saken")), ("candidateTeam", Expr.Literal(Team)),
                ("due", Expr.Literal("P10D")), ("deadlineKind", Expr.Literal("Statutory")), ("deadlineName", Expr.Literal("Prøvefrist")))
            .Connect("start", "krr")
            .Connect("krr", "oppgave", "Digital")
            .Connect("krr", "oppgave", "IkkeDigital"));

    private static async Task<string> PublishAsync(HttpClient owner, FlowchartBuilder pathway)
    {
        var json = pathway.BuildJson();
        var id = json["definitionId"]!.GetValue<string>();
        var saved = await owner.PostAsync("/api/definitions", JsonContent.Create(json), Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct)).StatusCode);
        return id;
    }

    private static async Task<string> ExecuteAsync(HttpClient owner, string definitionId, string caseId, bool testRun)
    {
        var run = await owner.PostAsJsonAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", new { correlationId = caseId, testRun }, Ct);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    private static async Task<int> LevelAsync(HttpClient caseworker, string caseId) =>
        (await caseworker.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["level"]!.GetValue<int>();

    private static async Task<JsonObject?> TaskOfAsync(HttpClient client, string list, string instanceId)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>(list, Ct))!;
        return page["items"]!.AsArray().Select(t => t!.AsObject()).FirstOrDefault(t => t["workflowInstanceId"]!.GetValue<string>() == instanceId);
    }

    private static async Task<bool> DeadlineOfAsync(HttpClient supervisor, string instanceId)
    {
        var overview = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/deadlines/overview?team={Team}&withinDays=30", Ct))!;
        return overview["dueSoon"]!["items"]!.AsArray().Any(d => d!["workflowInstanceId"]!.GetValue<string>() == instanceId);
    }

    private static Dictionary<string, string> RealServicesAt(string servicesUrl)
    {
        var settings = new Dictionary<string, string>
        {
            ["Simulator:Enabled"] = "false",
            ["FiksIo:ReceiveEnabled"] = "false",
            ["Folkeregister:Hendelser:Enabled"] = "false",
            ["Workflows:Outbox:PollInterval"] = "00:00:00.100",
        };
        foreach (var (service, path) in new[] { ("Folkeregister", "folkeregisteret"), ("Krr", "krr"), ("DigitalPost", "digitalpost"), ("SvarUt", "svarut"), ("FiksIo", "fiksio"), ("Arkiv", "arkiv") })
        {
            settings[$"Services:{service}:BaseUrl"] = servicesUrl + path;
        }

        return settings;
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteTestRunTests() : TestRunTests(DatabaseKind.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresTestRunTests() : TestRunTests(DatabaseKind.PostgreSql);
