using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Access;

/// <summary>
/// Need to know on a case's pathway work: its instances (through <c>/api</c> and the designer's
/// <c>/elsa/api</c>), deadlines and tasks are seen through the same relations as the case itself: a team member, a
/// member added by name, the stafettholder, the holder of an open task of the case; not a user of another service
/// without a relation, and never a user outside barnevern for barnevern's own material, whatever the relation.
/// </summary>
public abstract class InstanceNeedToKnowTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeProvider Clock => TimeProvider.System;

    [Fact]
    public async Task CaseInstanceAndDeadline_ByRelation_TeamMemberAddedMemberAndStafettholderSeeThemAnotherServiceDoesNot()
    {
        var tone = await ClientAsync("tone.koordinator");
        var caseId = Text(await CreateAsync(tone, TitCase(PersonAged(Clock, 7), Guardian())), "id");
        var instanceId = await StartAsync(tone, await DeadlineDefinitionAsync("tit-sentrum"), caseId);
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user = "nils.nav", service = "nav" }, Ct)).IsSuccessStatusCode);
        var offer = await tone.PostAsJsonAsync($"/api/cases/{caseId}/handovers", new { toUser = "mona.psykiskhelse" }, Ct);
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
        var mona = await ClientAsync("mona.psykiskhelse");
        var offerId = Text((await offer.Content.ReadFromJsonAsync<JsonObject>(Ct))!, "id");
        Assert.True((await mona.PostAsJsonAsync($"/api/handovers/{offerId}/accept", new { }, Ct)).IsSuccessStatusCode);

        foreach (var related in new[] { "ola.saksbehandler", "nils.nav", "mona.psykiskhelse" })
        {
            Assert.Equal((related, true), (related, await SeesAsync(await ClientAsync(related), caseId, instanceId)));
        }

        var stranger = await ClientAsync("kari.ke");
        Assert.False(await SeesAsync(stranger, caseId, instanceId));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/elsa/api/workflow-instances/{instanceId}/variables", Ct)).StatusCode);
    }

    [Fact]
    public async Task CaseTask_OfferedToAnotherTeam_ItsHolderSeesTheInstanceOnlyWhileHeHoldsIt()
    {
        var tone = await ClientAsync("tone.koordinator");
        var nils = await ClientAsync("nils.nav");
        var caseId = Text(await CreateAsync(tone, TitCase(PersonAged(Clock, 8), Guardian())), "id");
        var instanceId = await StartAsync(tone, await TaskDefinitionAsync("nav-sentrum"), caseId);
        var taskId = await TaskOfAsync(nils, instanceId);
        var beforeClaim = await nils.GetAsync($"/api/instances/{instanceId}", Ct);

        Assert.True((await nils.PostAsync($"/api/tasks/{taskId}/claim", null, Ct)).IsSuccessStatusCode);
        var whileHeld = await SeesAsync(nils, caseId, instanceId);
        Assert.True((await nils.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { }, Ct)).IsSuccessStatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(HttpStatusCode.NotFound, beforeClaim.StatusCode);
        Assert.True(whileHeld);
        Assert.Equal(HttpStatusCode.NotFound, (await nils.GetAsync($"/api/instances/{instanceId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task BarnevernCase_PptAndNavMembersByName_SeeNoneOfItsInstancesDeadlinesOrTasks()
    {
        var bjorn = await ClientAsync("bjorn.barnevern");
        var caseId = Text(await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonAged(Clock, 9), Guardian())), "id");
        foreach (var (user, service) in new[] { ("petra.ppt", "ppt"), ("nils.nav", "nav") })
        {
            Assert.True((await bjorn.PostAsJsonAsync($"/api/cases/{caseId}/members", new { user, service }, Ct)).IsSuccessStatusCode);
        }

        var withDeadline = await StartAsync(bjorn, await DeadlineDefinitionAsync("bv-vest"), caseId);

        // A barnevern task offered to the TIT team stays out of its non-barnevern members' inbox.
        var withTask = await StartAsync(bjorn, await TaskDefinitionAsync("tit-sentrum"), caseId);
        var lise = await ClientAsync("lise.leder");
        var taskId = await TaskOfAsync(lise, withTask);

        Assert.True(await SeesAsync(bjorn, caseId, withDeadline));
        Assert.True(await SeesAsync(lise, caseId, withTask));
        foreach (var outsider in new[] { "petra.ppt", "nils.nav" })
        {
            var client = await ClientAsync(outsider);
            Assert.Equal((outsider, false), (outsider, await SeesAsync(client, caseId, withDeadline)));
            Assert.DoesNotContain(caseId, await CaseIdsListedAsync(client));
        }

        var petra = await ClientAsync("petra.ppt");
        Assert.Equal(HttpStatusCode.NotFound, (await petra.GetAsync($"/api/tasks/{taskId}", Ct)).StatusCode);
        Assert.DoesNotContain(taskId, await TaskIdsAsync(petra, "/api/tasks/unclaimed"));
        Assert.Equal(HttpStatusCode.NotFound, (await petra.PostAsync($"/api/tasks/{taskId}/claim", null, Ct)).StatusCode);
        Assert.Contains(taskId, await TaskIdsAsync(lise, "/api/tasks/unclaimed"));
        Assert.Equal(HttpStatusCode.OK, (await lise.GetAsync($"/api/tasks/{taskId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Signal_ByCaseRelation_AMemberByNameResumesTheCasesInstance_NoRelationOrBarnevernMaterialResumesNothing()
    {
        var tone = await ClientAsync("tone.koordinator");
        var bjorn = await ClientAsync("bjorn.barnevern");
        var eventName = $"Avklart{Guid.NewGuid():N}";
        var definitionId = await CaseWorkApi.EventDefinitionAsync(fixture.Host, eventName);
        var titCase = Text(await CreateAsync(tone, TitCase(PersonAged(Clock, 7), Guardian())), "id");
        Assert.True((await tone.PostAsJsonAsync($"/api/cases/{titCase}/members", new { user = "nils.nav", service = "nav" }, Ct)).IsSuccessStatusCode);
        var titInstance = await StartAsync(tone, definitionId, titCase);
        var bvCase = Text(await CreateAsync(bjorn, CaseOf("Barnevern", "bv-vest", PersonAged(Clock, 9), Guardian())), "id");
        Assert.True((await bjorn.PostAsJsonAsync($"/api/cases/{bvCase}/members", new { user = "petra.ppt", service = "ppt" }, Ct)).IsSuccessStatusCode);
        var bvInstance = await StartAsync(bjorn, definitionId, bvCase);

        // Each signal names its case; none but the related senders' may resume.
        var refused = new List<string?>();
        foreach (var (user, caseId, instanceId) in new[] { ("kari.ke", titCase, titInstance), ("petra.ppt", bvCase, bvInstance), ("kari.prosesseier", bvCase, bvInstance) })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await SignalAsync(await ClientAsync(user), eventName, caseId)).StatusCode);
            await fixture.Host.WaitUntilIdleAsync(Idle);
            refused.Add($"{user}: {await SubStatusAsync(instanceId)}");
        }

        await SignalAsync(await ClientAsync("nils.nav"), eventName, titCase);
        await SignalAsync(await ClientAsync("siri.saksbehandler"), eventName, bvCase);
        await fixture.Host.WaitUntilIdleAsync(Idle);

        Assert.Equal(["kari.ke: Suspended", "petra.ppt: Suspended", "kari.prosesseier: Suspended"], refused);
        Assert.Equal(("Finished", "Finished"), (await SubStatusAsync(titInstance), await SubStatusAsync(bvInstance)));
    }

    private static async Task<HttpResponseMessage> SignalAsync(HttpClient client, string eventName, string caseId) =>
        await client.PostAsJsonAsync($"/api/signals/{eventName}", new { correlationId = caseId, payload = new { gitt = true } }, Ct);

    // Read by the administrator, who sees every instance.
    private async Task<string> SubStatusAsync(string instanceId) =>
        (await (await ClientAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct))!["instance"]!["subStatus"]!.GetValue<string>();

    private Task<HttpClient> ClientAsync(string user) => fixture.Host.ClientForAsync(user);

    // Every way to the instance and its deadline agrees: the instance, its designer view, the lists, the deadlines.
    private static async Task<bool> SeesAsync(HttpClient client, string caseId, string instanceId)
    {
        var one = await client.GetAsync($"/api/instances/{instanceId}", Ct);
        var designer = await client.GetAsync($"/elsa/api/workflow-instances/{instanceId}", Ct);
        var listed = (await client.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}", Ct))!["items"]!.AsArray()
            .Any(i => i!["id"]!.GetValue<string>() == instanceId);
        var deadlines = (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={caseId}", Ct))!["items"]!.AsArray()
            .Count(d => d!["workflowInstanceId"]!.GetValue<string>() == instanceId);
        var seen = one.StatusCode == HttpStatusCode.OK;
        Assert.Equal(seen, designer.StatusCode == HttpStatusCode.OK);
        Assert.Equal(seen, listed);
        Assert.True(seen || deadlines == 0, "a deadline of an instance he may not see was listed");
        Assert.True(seen ? one.IsSuccessStatusCode : one.StatusCode == HttpStatusCode.NotFound);
        return seen;
    }

    private static async Task<List<string>> CaseIdsListedAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonObject>("/api/cases?pageSize=200", Ct))!["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>())];

    private static async Task<List<string>> TaskIdsAsync(HttpClient client, string path) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"{path}?pageSize=200", Ct))!["items"]!.AsArray().Select(t => t!["id"]!.GetValue<string>())];

    private static async Task<string> TaskOfAsync(HttpClient candidate, string instanceId)
    {
        var items = (await candidate.GetFromJsonAsync<JsonObject>("/api/tasks/unclaimed?pageSize=200", Ct))!["items"]!.AsArray();
        return items.Single(t => t!["workflowInstanceId"]!.GetValue<string>() == instanceId)!["id"]!.GetValue<string>();
    }

    private Task<string> StartAsync(HttpClient client, string definitionId, string caseId) => CaseWorkApi.StartAsync(fixture.Host, client, definitionId, caseId);

    private Task<string> DeadlineDefinitionAsync(string team) => CaseWorkApi.DeadlineDefinitionAsync(fixture.Host, team);

    private Task<string> TaskDefinitionAsync(string candidateTeam) => CaseWorkApi.TaskDefinitionAsync(fixture.Host, candidateTeam);

    private static string Text(JsonObject node, string name) => node[name]!.GetValue<string>();
}

/// <summary>On SQLite.</summary>
public sealed class SqliteInstanceNeedToKnowTests(SqliteHostFixture fixture) : InstanceNeedToKnowTests(fixture), IClassFixture<SqliteHostFixture>;

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlInstanceNeedToKnowTests(PostgreSqlHostFixture fixture) : InstanceNeedToKnowTests(fixture), IClassFixture<PostgreSqlHostFixture>;
