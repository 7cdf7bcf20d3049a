using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// Moving running instances to a new version of their definition over HTTP: the dry run stores nothing, the migration
/// moves what can move (tasks follow their renamed step) with an audit row per case, and leaves the rest as it was.
/// </summary>
public abstract class InstanceMigrationApiTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Version 1: a task «Vurder» (id "oppgave"), then the end marks version 1.
    private static FlowchartBuilder VersionOne(string definitionId) => new FlowchartBuilder($"Migrering {definitionId}")
        .WithDefinitionId(definitionId)
        .Variable("Versjon", "String", "1")
        .Activity("start", "Elsa.Start")
        .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
        .Activity("ferdig", "Elsa.SetVariable", ("variable", JsonValue.Create("Versjon")), ("value", Expr.Literal("1")))
        .Chain("start", "oppgave", "ferdig");

    // Version 2: the task's step has a new id ("vurdering"), a new variable, and the end marks version 2.
    private static FlowchartBuilder VersionTwo(string definitionId) => new FlowchartBuilder($"Migrering {definitionId}")
        .WithDefinitionId(definitionId)
        .Variable("Versjon", "String", "1")
        .Variable("Merknad", "String", "ny i versjon 2")
        .Activity("start", "Elsa.Start")
        .Activity("vurdering", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("candidateTeam", Expr.Literal("tit-sentrum")))
        .Activity("ferdig", "Elsa.SetVariable", ("variable", JsonValue.Create("Versjon")), ("value", Expr.Literal("2")))
        .Chain("start", "vurdering", "ferdig");

    [Fact]
    public async Task DryRunThenMigrate_RenamedTaskStep_MovesEveryWaitingInstance_AndTheTaskFinishesOnTheNewVersion()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var id = await PublishAsync(kari, VersionOne(NewId()));
        var cases = new[] { $"sak-{Guid.NewGuid():N}", $"sak-{Guid.NewGuid():N}" };
        var instances = new List<string>();
        foreach (var caseId in cases)
        {
            instances.Add(await StartAsync(ola, id, caseId));
        }

        await PublishAsync(kari, VersionTwo(id));

        var unmapped = await PostAsync(kari, $"/api/definitions/{id}/migrations/dry-run", new { fromVersion = 1, toVersion = 2 });
        var mapped = await PostAsync(kari, $"/api/definitions/{id}/migrations/dry-run", new { fromVersion = 1, toVersion = 2, activityMap = new { oppgave = "vurdering" } });
        var afterDryRun = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instances[0]}", Ct);
        var migrated = await PostAsync(kari, $"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 2, activityMap = new { oppgave = "vurdering" } });
        var moved = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instances[0]}", Ct);
        var task = Assert.Single((await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={cases[0]}", Ct))!["items"]!.AsArray())!;
        var taskId = task["id"]!.GetValue<string>();
        await ola.PostAsync($"/api/tasks/{taskId}/claim", null, Ct);
        var completed = await ola.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Done" }, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var finished = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instances[0]}", Ct);

        Assert.Equal((0, 2), (unmapped["migratable"]!.GetValue<int>(), unmapped["refused"]!.GetValue<int>()));
        Assert.Contains("«oppgave» finnes ikke i versjon 2: velg hvilket steg som tar over.", unmapped["instances"]![0]!["problems"]!.AsArray().Select(p => p!.GetValue<string>()));
        var missing = Assert.Single(unmapped["unmappedActivities"]!.AsArray())!;
        Assert.Equal(("oppgave", 2, "vurdering"), (missing["activityId"]!.GetValue<string>(), missing["instanceCount"]!.GetValue<int>(), Assert.Single(missing["candidates"]!.AsArray())!["activityId"]!.GetValue<string>()));
        Assert.Equal((2, 0), (mapped["migratable"]!.GetValue<int>(), mapped["refused"]!.GetValue<int>()));
        Assert.All(mapped["instances"]!.AsArray(), i => Assert.Equal("WouldMigrate", i!["result"]!.GetValue<string>()));
        Assert.Equal("vurdering", mapped["instances"]![0]!["moves"]![0]!["toActivityId"]!.GetValue<string>());
        Assert.Equal(1, afterDryRun!["instance"]!["definitionVersion"]!.GetValue<int>());
        Assert.Equal(2, migrated["migratable"]!.GetValue<int>());
        Assert.All(migrated["instances"]!.AsArray(), i => Assert.Equal("Migrated", i!["result"]!.GetValue<string>()));
        Assert.Equal(2, moved!["instance"]!["definitionVersion"]!.GetValue<int>());
        Assert.Equal("vurdering", Assert.Single(moved["bookmarks"]!.AsArray())!["activityId"]!.GetValue<string>());
        Assert.Equal("ny i versjon 2", moved["variables"]!["Merknad"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(("Finished", "2"), (finished!["instance"]!["subStatus"]!.GetValue<string>(), finished["variables"]!["Versjon"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DryRun_AnotherTeamsInstance_MovesWithTheVersion_ButItsCaseIsNotShown()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var siri = await fixture.Host.ClientForAsync("siri.saksbehandler");
        var id = await PublishAsync(kari, VersionOne(NewId()));
        var ownTeams = await StartAsync(ola, id, $"sak-{Guid.NewGuid():N}");
        var otherTeams = await StartAsync(siri, id, $"sak-{Guid.NewGuid():N}");
        await PublishAsync(kari, VersionTwo(id));

        var report = await PostAsync(kari, $"/api/definitions/{id}/migrations/dry-run", new { fromVersion = 1, toVersion = 2, activityMap = new { oppgave = "vurdering" } });

        var byId = report["instances"]!.AsArray().ToDictionary(i => i!["instanceId"]!.GetValue<string>());
        Assert.Equal(2, report["migratable"]!.GetValue<int>());
        Assert.NotNull(byId[ownTeams]!["correlationId"]);
        Assert.Null(byId[otherTeams]!["correlationId"]);
    }

    [Fact]
    public async Task Migrate_EachCaseGetsItsAuditRow_NamingTheProcessOwnerAndTheMigration()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var admin = await fixture.Host.ClientForAsync("admin");
        var id = await PublishAsync(kari, VersionOne(NewId()));
        var caseId = $"sak-{Guid.NewGuid():N}";
        await StartAsync(ola, id, caseId);
        await PublishAsync(kari, VersionTwo(id));

        await PostAsync(kari, $"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 2, activityMap = new { oppgave = "vurdering" } });
        var rows = (await admin.GetFromJsonAsync<JsonArray>($"/api/audit?caseId={caseId}", Ct))!;

        var row = Assert.Single(rows, r => r!["route"]!.GetValue<string>() == "POST /api/definitions/{definitionId}/migrations/")!;
        Assert.Equal(
            ("kari.prosesseier", "update", "migrering av forløpsinstanser"),
            (row["user"]!.GetValue<string>(), row["action"]!.GetValue<string>(), row["purpose"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Migrate_AnInstanceWaitingAtARemovedStep_IsRefusedAndLeftOnItsVersion_WhileTheOthersMove()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var id = await PublishAsync(kari, VersionOne(NewId()));
        var taskOnly = await StartAsync(ola, id, $"sak-{Guid.NewGuid():N}");
        // Version 2 waits for «Purring» instead of the task; version 3 has no such step.
        await PublishAsync(kari, new FlowchartBuilder($"Migrering {id}").WithDefinitionId(id)
            .Variable("Versjon", "String", "1")
            .Activity("start", "Elsa.Start")
            .Activity("purring", "Elsa.Event", ("eventName", Expr.Literal("Purring")))
            .Activity("ferdig", "Elsa.SetVariable", ("variable", JsonValue.Create("Versjon")), ("value", Expr.Literal("1")))
            .Chain("start", "purring", "ferdig"));
        var waitsForReminder = await StartAsync(ola, id, $"sak-{Guid.NewGuid():N}");
        await PublishAsync(kari, VersionTwo(id));

        var fromTwo = await PostAsync(kari, $"/api/definitions/{id}/migrations", new { fromVersion = 2, toVersion = 3 });
        var fromOne = await PostAsync(kari, $"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 3, activityMap = new { oppgave = "vurdering" } });
        var refused = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{waitsForReminder}", Ct);
        var moved = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{taskOnly}", Ct);

        var problem = Assert.Single(fromTwo["instances"]!.AsArray())!;
        Assert.Equal("Refused", problem["result"]!.GetValue<string>());
        Assert.Contains("«purring» finnes ikke i versjon 3", Assert.Single(problem["problems"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, refused!["instance"]!["definitionVersion"]!.GetValue<int>());
        Assert.Equal("purring", Assert.Single(refused["bookmarks"]!.AsArray())!["activityId"]!.GetValue<string>());
        Assert.Equal("Migrated", Assert.Single(fromOne["instances"]!.AsArray())!["result"]!.GetValue<string>());
        Assert.Equal(3, moved!["instance"]!["definitionVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task Migrate_BadRequest_AnswersFieldErrors_AndMovesNothing()
    {
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var id = await PublishAsync(kari, VersionOne(NewId()));
        var instanceId = await StartAsync(ola, id, $"sak-{Guid.NewGuid():N}");
        await PublishAsync(kari, VersionTwo(id));
        Assert.Equal(HttpStatusCode.OK, (await kari.PutAsync($"/api/definitions/{id}", JsonContent.Create(VersionTwo(id).BuildJson()), Ct)).StatusCode);

        var noVersions = await kari.PostAsJsonAsync($"/api/definitions/{id}/migrations", new { }, Ct);
        var draftTarget = await kari.PostAsJsonAsync($"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 3 }, Ct);
        var badMap = await kari.PostAsJsonAsync($"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 2, activityMap = new { oppgave = "finnes-ikke" } }, Ct);
        var sameVersion = await kari.PostAsJsonAsync($"/api/definitions/{id}/migrations", new { fromVersion = 1, toVersion = 1 }, Ct);
        var instance = await ola.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}", Ct);

        Assert.Equal(["fromVersion", "toVersion"], await ErrorFieldsAsync(noVersions));
        Assert.Equal(["toVersion"], await ErrorFieldsAsync(draftTarget));
        Assert.Equal(["activityMap.oppgave"], await ErrorFieldsAsync(badMap));
        Assert.Equal(["toVersion"], await ErrorFieldsAsync(sameVersion));
        Assert.Equal(1, instance!["instance"]!["definitionVersion"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("ola.saksbehandler")]
    [InlineData("lise.leder")]
    public async Task Migrate_ByAUserWhoDoesNotOwnProcesses_IsForbidden(string user)
    {
        var client = await fixture.Host.ClientForAsync(user);

        var dryRun = await client.PostAsJsonAsync("/api/definitions/p1-en-dor-inn/migrations/dry-run", new { fromVersion = 1, toVersion = 2 }, Ct);
        var migrate = await client.PostAsJsonAsync("/api/definitions/p1-en-dor-inn/migrations", new { fromVersion = 1, toVersion = 2 }, Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (dryRun.StatusCode, migrate.StatusCode));
    }

    private static string NewId() => $"migrering-{Guid.NewGuid():N}";

    private static async Task<string> PublishAsync(HttpClient owner, FlowchartBuilder builder)
    {
        var json = builder.BuildJson();
        var id = json["definitionId"]!.GetValue<string>();
        var existing = await owner.GetAsync($"/api/definitions/{id}", Ct);
        var saved = existing.IsSuccessStatusCode
            ? await owner.PutAsync($"/api/definitions/{id}", JsonContent.Create(json), Ct)
            : await owner.PostAsync("/api/definitions", JsonContent.Create(json), Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct)).StatusCode);
        return id;
    }

    private async Task<string> StartAsync(HttpClient client, string definitionId, string caseId)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        return (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        return [.. problem!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)];
    }
}

public sealed class SqliteInstanceMigrationApiTests(SqliteHostFixture fixture) : InstanceMigrationApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlInstanceMigrationApiTests(PostgreSqlHostFixture fixture) : InstanceMigrationApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
