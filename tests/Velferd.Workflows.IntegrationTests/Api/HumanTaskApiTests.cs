using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The task inbox over HTTP, with the seeded P1 pathway (two user tasks) and the demo users.</summary>
public abstract class HumanTaskApiTests(HostFixture fixture)
{
    private const string ValidChildNumber = "01010100050";
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeededP1_TwoUserTasks_RunFromStartToEnd_ClaimedAndCompletedByACaseworkerAndASupervisor()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var (caseId, instanceId) = await StartP1Async(ola);

        var first = await SingleUnclaimedAsync(ola, caseId);
        var claimed = await ola.PostAsync($"/api/tasks/{first}/claim", null, Ct);
        var completed = await ola.PostAsJsonAsync($"/api/tasks/{first}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct);
        var olaSeesSecond = await UnclaimedAsync(ola, caseId);
        var second = await SingleUnclaimedAsync(lise, caseId);
        await lise.PostAsync($"/api/tasks/{second}/claim", null, Ct);
        var decided = await lise.PostAsJsonAsync($"/api/tasks/{second}/complete", new { outcome = "Videre til P2", form = new { begrunnelse = "Flere tjenester trengs rundt familien.", niva = "2" } }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var instance = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct);
        var history = await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/{first}", Ct);

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Empty(olaSeesSecond);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("Finished", instance!["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Equal("VIDERE_P2", instance["output"]!["Utfall"]!.GetValue<string>());
        Assert.Equal("2", instance["variables"]!["Beslutning"]!["niva"]!.GetValue<string>());
        Assert.Equal(
            ["Created:system", "Claimed:ola.saksbehandler", "Completed:ola.saksbehandler"],
            history!["history"]!.AsArray().Select(h => $"{h!["action"]}:{h["actor"]}"));
    }

    [Fact]
    public async Task TaskAnswers_FormDataWithTheChildsNumber_ShowItMasked()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var (caseId, _) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);
        await ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);
        Assert.Equal(HttpStatusCode.OK, (await ola.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct)).StatusCode);

        var task = await ola.GetStringAsync($"/api/tasks/{taskId}", Ct);
        var mine = await ola.GetStringAsync("/api/tasks/mine?status=Completed", Ct);

        Assert.DoesNotContain(ValidChildNumber, task, StringComparison.Ordinal);
        Assert.Contains("******00050", task, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidChildNumber, mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamScoping_CaseworkerSeesOnlyHisTeams_SupervisorSeesTheTeams_OthersNothing()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var (caseId, _) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);

        var siriList = await UnclaimedAsync(siri, caseId);
        var siriGet = await siri.GetAsync($"/api/tasks/{taskId}", Ct);
        var siriClaim = await siri.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);
        var siriTeam = await siri.GetAsync("/api/tasks/team/tit-sentrum", Ct);
        var liseTeam = await lise.GetFromJsonAsync<JsonObject>($"/api/tasks/team/tit-sentrum?caseId={caseId}", Ct);
        var liseCounts = await lise.GetFromJsonAsync<JsonObject>($"/api/tasks/counts?team=tit-sentrum&caseId={caseId}", Ct);
        var processOwnersOwn = await kari.GetFromJsonAsync<JsonObject>("/api/tasks/mine", Ct);
        var processOwnerGet = await kari.GetAsync($"/api/tasks/{taskId}", Ct);
        var anonymous = await fixture.Host.CreateClient().GetAsync("/api/tasks/mine", Ct);

        Assert.Empty(siriList);
        Assert.Equal(HttpStatusCode.NotFound, siriGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, siriClaim.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, siriTeam.StatusCode);
        Assert.Equal(taskId, Assert.Single(liseTeam!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(1, liseCounts!["open"]!.GetValue<int>());
        // A process owner works only the tasks of his own test runs (TestRuns), never a team's.
        Assert.DoesNotContain(processOwnersOwn!["items"]!.AsArray(), t => t!["id"]!.GetValue<string>() == taskId);
        Assert.Equal(HttpStatusCode.NotFound, processOwnerGet.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Reassign_BySupervisor_MovesTheTaskToAnotherInbox_ButNotByACaseworker()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var (caseId, _) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);
        await ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);

        var refused = await ola.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "tone.koordinator" }, Ct);
        var reassigned = await lise.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "tone.koordinator" }, Ct);
        var toneMine = await tone.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={caseId}", Ct);
        var olaMine = await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={caseId}", Ct);
        var toneCompletes = await tone.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct);
        var history = await lise.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        Assert.Equal(taskId, Assert.Single(toneMine!["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Empty(olaMine!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, toneCompletes.StatusCode);
        var reassignment = history!["history"]!.AsArray().Single(h => h!["action"]!.GetValue<string>() == "Reassigned")!;
        Assert.Equal(("lise.leder", "fra ola.saksbehandler til tone.koordinator"), (reassignment["actor"]!.GetValue<string>(), reassignment["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Reassign_ToAnUnknownUserOrOneOutsideTheTeam_Answers400OnUserIdAndKeepsTheHolder()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var (caseId, _) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);
        await ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);

        var unknown = await lise.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "finnes.ikke" }, Ct);
        var otherTeam = await lise.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = "siri.saksbehandler" }, Ct);
        var task = await lise.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (unknown.StatusCode, otherTeam.StatusCode));
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("userId"));
        Assert.True((await otherTeam.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("userId"));
        Assert.Equal("ola.saksbehandler", task!["task"]!["assignedTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentClaimsAndCompletions_OneWins_TheOtherGets409WithAClearMessage()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var admin = await fixture.Host.ClientForAsync("admin");
        var (caseId, _) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);

        var claims = await Task.WhenAll(
            ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct),
            admin.PostAsync($"/api/tasks/{taskId}/claim", null, Ct));
        var holder = (await admin.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct))!["task"]!["assignedTo"]!.GetValue<string>();
        var holderClient = holder == "admin" ? admin : ola;
        var completions = await Task.WhenAll(
            holderClient.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct),
            holderClient.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct));
        var again = await holderClient.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Til beslutning", form = GoodObservation() }, Ct);
        var againProblem = await again.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], claims.Select(r => r.StatusCode).Order());
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], completions.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal($"Oppgaven er allerede fullført av {holder} og kan ikke endres.", againProblem!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_WithABadForm_Answers400WithFieldErrors_AndStoresNothing()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var (caseId, instanceId) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);
        await ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);

        var response = await ola.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Godkjent", form = new { barn = "01010100051", alder = -1 } }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var task = await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct);
        var instance = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem!["errors"]!.AsObject();
        Assert.Equal(["form.alder", "form.barn", "form.familienInformert", "form.observasjoner", "outcome"], errors.Select(e => e.Key).Order());
        Assert.Equal("«Barnets fødselsnummer» må være et gyldig fødselsnummer eller D-nummer (11 siffer).", errors["form.barn"]![0]!.GetValue<string>());
        Assert.Equal("Claimed", task!["task"]!["status"]!.GetValue<string>());
        Assert.Null(task["task"]!["form"]);
        Assert.Equal(2, task["history"]!.AsArray().Count);
        Assert.Single(instance!["bookmarks"]!.AsArray(), b => b!["activityId"]!.GetValue<string>() == "konkretiser");
    }

    [Fact]
    public async Task CancellingTheInstance_CancelsItsOpenTasks()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var (caseId, instanceId) = await StartP1Async(ola);
        var taskId = await SingleUnclaimedAsync(ola, caseId);

        var cancelled = await lise.PostAsync($"/api/instances/{instanceId}/cancel", null, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var task = await lise.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct);
        var claim = await lise.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", task!["task"]!["status"]!.GetValue<string>());
        var last = task["history"]!.AsArray()[^1]!;
        Assert.Equal(("Cancelled", "system", "Forløpet ble avbrutt."), (last["action"]!.GetValue<string>(), last["actor"]!.GetValue<string>(), last["detail"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, claim.StatusCode);
        Assert.Empty(await UnclaimedAsync(ola, caseId));
    }

    private static JsonObject GoodObservation() => new()
    {
        ["observasjoner"] = "Barnet virker slitent og har mye fravær de siste ukene.",
        ["barn"] = ValidChildNumber,
        ["alder"] = 9,
        ["familienInformert"] = true,
        ["barnetsSyn"] = "Jeg er trøtt om morgenen.",
    };

    // P1 works on a registered case (its decision changes the case's level or closes it), so one is registered first.
    private async Task<(string CaseId, string InstanceId)> StartP1Async(HttpClient client)
    {
        var registered = await client.PostAsJsonAsync("/api/cases", new { kind = "BTI", team = "tit-sentrum", level = 0, child = new { fnr = ValidChildNumber } }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "p1-en-dor-inn", input = new { saksId = caseId } }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return (caseId, (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>());
    }

    private static async Task<JsonArray> UnclaimedAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={caseId}", Ct))!["items"]!.AsArray();

    private static async Task<string> SingleUnclaimedAsync(HttpClient client, string caseId) =>
        Assert.Single(await UnclaimedAsync(client, caseId))!["id"]!.GetValue<string>();
}

public sealed class SqliteHumanTaskApiTests(SqliteHostFixture fixture) : HumanTaskApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlHumanTaskApiTests(PostgreSqlHostFixture fixture) : HumanTaskApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
