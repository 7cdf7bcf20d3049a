using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// Team scoping of instance data (DOMAIN.md R-64, issue 17): an instance belongs to the team that started it; a
/// caseworker of another team finds nothing of it under <c>/api/instances</c> or <c>/elsa/api</c>, and his signals
/// do not reach it. Idempotency keys belong to the caller.
/// </summary>
public abstract class InstanceAccessApiTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstanceRoutes_CaseworkerOfAnotherTeam_GetsNotFoundOrNothing_OwnTeamAndProcessOwnerSeeIt()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var (caseId, id) = await StartAsync(ola, "p1-en-dor-inn");
        var executionId = (await ola.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-execution-summaries/list?workflowInstanceId={id}", Ct))!["items"]![0]!["id"]!.GetValue<string>();

        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["instance"] = await siri.GetAsync($"/api/instances/{id}", Ct),
            ["elsa instance"] = await siri.GetAsync($"/elsa/api/workflow-instances/{id}", Ct),
            ["execution state"] = await siri.GetAsync($"/elsa/api/workflow-instances/{id}/execution-state", Ct),
            ["variables"] = await siri.GetAsync($"/elsa/api/workflow-instances/{id}/variables", Ct),
            ["journal"] = await siri.PostAsJsonAsync($"/elsa/api/workflow-instances/{id}/journal", new { }, Ct),
            ["report"] = await siri.PostAsJsonAsync("/elsa/api/activity-executions/report", new { workflowInstanceId = id }, Ct),
            ["execution"] = await siri.GetAsync($"/elsa/api/activity-executions/by-id?id={executionId}", Ct),
            ["call stack"] = await siri.GetAsync($"/elsa/api/activity-executions/{executionId}/call-stack", Ct),
        };
        var siriList = await siri.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}", Ct);
        var siriElsaList = await ElsaListAsync(siri, caseId);
        var siriExecutions = await siri.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-executions/list?workflowInstanceId={id}", Ct);
        var siriSummaries = await siri.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-execution-summaries/list?workflowInstanceId={id}", Ct);
        var olaInstance = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{id}", Ct);
        var liseList = await lise.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}", Ct);
        var kariElsaList = await ElsaListAsync(kari, caseId);
        var kariVariables = await kari.GetAsync($"/elsa/api/workflow-instances/{id}/variables", Ct);

        Assert.All(refused, r => Assert.True(r.Value.StatusCode == HttpStatusCode.NotFound, $"{r.Key}: {r.Value.StatusCode}"));
        Assert.Empty(siriList!["items"]!.AsArray());
        Assert.Equal(0, siriList["totalCount"]!.GetValue<int>());
        Assert.Empty(siriElsaList["items"]!.AsArray());
        Assert.Empty(siriExecutions!["items"]!.AsArray());
        Assert.Empty(siriSummaries!["items"]!.AsArray());
        Assert.Equal("tit-sentrum", olaInstance!["instance"]!["team"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single(liseList!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Single(kariElsaList["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, kariVariables.StatusCode);
    }

    [Fact]
    public async Task ElsaCancelAndExport_UserOfAnotherTeam_GetsNotFoundAndCancelsNothing()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var started = await lise.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", team = "bv-vest", input = new { saksId = "sak-bv" } }, Ct);
        var bv = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var supervisorOfTit = await SupervisorOfTitOnlyAsync();

        var cancel = await supervisorOfTit.PostAsync($"/elsa/api/cancel/workflow-instances/{bv}", null, Ct);
        var apiCancel = await supervisorOfTit.PostAsync($"/api/instances/{bv}/cancel", null, Ct);
        var bulkCancel = await supervisorOfTit.PostAsJsonAsync("/elsa/api/bulk-actions/cancel/workflow-instances", new { ids = new[] { bv } }, Ct);
        var export = await supervisorOfTit.GetAsync($"/elsa/api/workflow-instances/{bv}/export", Ct);
        var bulkExport = await supervisorOfTit.PostAsJsonAsync("/elsa/api/bulk-actions/export/workflow-instances", new { ids = new[] { bv } }, Ct);
        var after = await lise.GetFromJsonAsync<JsonObject>($"/api/instances/{bv}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiCancel.StatusCode);
        Assert.Equal(0, (await bulkCancel.Content.ReadFromJsonAsync<JsonObject>(Ct))!["cancelled"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bulkExport.StatusCode);
        Assert.Equal("Suspended", after!["instance"]!["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_TeamIsTheStartersOwn_SeveralTeamsMustNameOne_AnotherTeamIsRefused()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");

        var liseWithoutTeam = await lise.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam" }, Ct);
        var olaForBv = await ola.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", team = "bv-vest" }, Ct);
        var liseForBv = await lise.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", team = "bv-vest" }, Ct);
        var bv = (await liseForBv.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var siriSees = await siri.GetAsync($"/api/instances/{bv["id"]}", Ct);
        var olaSees = await ola.GetAsync($"/api/instances/{bv["id"]}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, liseWithoutTeam.StatusCode);
        Assert.True((await liseWithoutTeam.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("team"));
        Assert.Equal(HttpStatusCode.BadRequest, olaForBv.StatusCode);
        Assert.True((await olaForBv.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("team"));
        Assert.Equal(HttpStatusCode.Created, liseForBv.StatusCode);
        Assert.Equal("bv-vest", bv["team"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, siriSees.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, olaSees.StatusCode);
    }

    [Fact]
    public async Task Signal_WithoutCase_ResumesNoOrdinaryEvent_WithAnotherTeamsCase_ResumesNothing_OwnCaseResumes()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var definitionId = await PublishAsync(new FlowchartBuilder("Samtykke avklart").WithDefinitionId($"samtykke-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("SamtykkeAvklart")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("avklart")))
            .Chain("start", "vent", "ferdig")
            .Build());
        var (olaCase, olaInstance) = await StartAsync(ola, definitionId);
        var (siriCase, siriInstance) = await StartAsync(siri, definitionId);

        var noCase = await siri.PostAsJsonAsync("/api/signals/SamtykkeAvklart", new { payload = new { gitt = true } }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var afterNoCase = (await WaitsForAsync(ola, olaInstance), await WaitsForAsync(siri, siriInstance));
        var otherTeam = await siri.PostAsJsonAsync("/api/signals/SamtykkeAvklart", new { correlationId = olaCase, payload = new { gitt = true } }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var afterOtherTeam = await WaitsForAsync(ola, olaInstance);
        await ola.PostAsJsonAsync("/api/signals/SamtykkeAvklart", new { correlationId = olaCase, payload = new { gitt = true } }, Ct);
        await siri.PostAsJsonAsync("/api/signals/SamtykkeAvklart", new { correlationId = siriCase, payload = new { gitt = true } }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.Accepted, noCase.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, otherTeam.StatusCode);
        Assert.Equal(("SamtykkeAvklart", "SamtykkeAvklart"), afterNoCase);
        Assert.Equal("SamtykkeAvklart", afterOtherTeam);
        Assert.NotEqual("SamtykkeAvklart", await WaitsForAsync(ola, olaInstance));
        Assert.NotEqual("SamtykkeAvklart", await WaitsForAsync(siri, siriInstance));
    }

    [Fact]
    public async Task Signal_BroadcastEventWithoutCase_ResumesOnlyTheSendersTeams()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var eventName = $"Rundskriv{Guid.NewGuid():N}";
        var definitionId = await PublishAsync(new FlowchartBuilder("Kringkasting").WithDefinitionId($"kringkast-{Guid.NewGuid():N}")
            .Activity("start", "Elsa.Start")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal(eventName)), ("broadcast", Expr.Literal(true, "Boolean")))
            .Activity("ferdig", "Elsa.WriteLine", ("text", Expr.Literal("mottatt")))
            .Chain("start", "vent", "ferdig")
            .Build());
        var (_, olaInstance) = await StartAsync(ola, definitionId);
        var (_, siriInstance) = await StartAsync(siri, definitionId);

        var sent = await siri.PostAsJsonAsync($"/api/signals/{eventName}", new { payload = new { } }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal("Finished", await SubStatusAsync(siri, siriInstance));
        Assert.Equal("Suspended", await SubStatusAsync(ola, olaInstance));
    }

    [Fact]
    public async Task IdempotencyKey_IsTheCallers_ReusedWithAnotherBody_Answers422()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var key = Guid.NewGuid().ToString("N");
        var body = new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-idem" } };

        var first = await SendWithKeyAsync(ola, "/api/instances", key, body);
        var repeated = await SendWithKeyAsync(ola, "/api/instances", key, body);
        var otherBody = await SendWithKeyAsync(ola, "/api/instances", key, new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-annen" } });
        var otherUser = await SendWithKeyAsync(siri, "/api/instances", key, body);
        var signal = await SendWithKeyAsync(ola, "/api/signals/SamtykkeAvklart", key, new { correlationId = "sak-idem", payload = new { gitt = true } });
        var signalAgain = await SendWithKeyAsync(ola, "/api/signals/SamtykkeAvklart", key, new { correlationId = "sak-idem", payload = new { gitt = true } });
        var signalOther = await SendWithKeyAsync(ola, "/api/signals/SamtykkeAvklart", key, new { correlationId = "sak-idem", payload = new { gitt = false } });

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Created],
            [first.Status, repeated.Status, otherBody.Status, otherUser.Status]);
        Assert.Equal(first.Body["id"]!.GetValue<string>(), repeated.Body["id"]!.GetValue<string>());
        Assert.NotEqual(first.Body["id"]!.GetValue<string>(), otherUser.Body["id"]!.GetValue<string>());
        Assert.Equal("bv-vest", otherUser.Body["team"]!.GetValue<string>());
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.UnprocessableEntity], [signal.Status, signalAgain.Status, signalOther.Status]);
        Assert.Equal(signal.Body["stimulusId"]!.GetValue<string>(), signalAgain.Body["stimulusId"]!.GetValue<string>());
    }

    private async Task<HttpClient> SupervisorOfTitOnlyAsync()
    {
        // No demo user leads tit-sentrum alone; a token for one is issued the way sign-in issues them.
        var issuer = fixture.Host.Services.GetRequiredService<Host.Auth.TokenIssuer>();
        var (token, _) = issuer.Issue(new Host.Auth.DemoUser { UserName = "per.leder", Roles = ["Supervisor"], Teams = ["tit-sentrum"] });
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> SendWithKeyAsync(HttpClient client, string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    private async Task<(string CaseId, string InstanceId)> StartAsync(HttpClient client, string definitionId)
    {
        var caseId = $"sak-{Guid.NewGuid():N}";
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId, input = new { saksId = caseId } }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return (caseId, (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>());
    }

    private async Task<string> PublishAsync(DefinitionModel definition)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definition, publish: true, Ct);
        return saved.Definition!.DefinitionId;
    }

    private static async Task<JsonObject> ElsaListAsync(HttpClient client, string caseId)
    {
        var response = await client.PostAsJsonAsync("/elsa/api/workflow-instances", new { correlationId = caseId }, Ct);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<string> SubStatusAsync(HttpClient client, string instanceId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!["instance"]!["subStatus"]!.GetValue<string>();

    /// <summary>The event the instance waits for (the first bookmark's key).</summary>
    private static async Task<string?> WaitsForAsync(HttpClient client, string instanceId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!["bookmarks"]!.AsArray().FirstOrDefault()?["key"]?.GetValue<string>();
}

public sealed class SqliteInstanceAccessApiTests(SqliteHostFixture fixture) : InstanceAccessApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlInstanceAccessApiTests(PostgreSqlHostFixture fixture) : InstanceAccessApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
