using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// The seeded P2 pathway over HTTP: started for a case it waits at «Mottak» for the team's coordinator; starting,
/// idempotency, cancelling and listing. P2 from its trigger to its end codes: Scenarios/P2.
/// </summary>
public abstract class SeededPathwayTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeededPathway_StartedForACase_WaitsAtMottakAsATaskForTheTeamsCoordinator()
    {
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var coordinator = await fixture.Host.ClientForAsync("tone.koordinator");
        var caseId = $"sak-{Guid.NewGuid():N}";

        var started = await caseworker.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = caseId } }, Ct);
        var instance = await started.Content.ReadFromJsonAsync<JsonObject>(Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var details = await caseworker.GetFromJsonAsync<JsonObject>($"/api/instances/{instance!["id"]!.GetValue<string>()}", Ct);
        var forCoordinator = await coordinator.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={caseId}", Ct);
        var forCaseworker = await caseworker.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={caseId}", Ct);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(caseId, instance["correlationId"]!.GetValue<string>());
        Assert.Equal("Suspended", details!["instance"]!["subStatus"]!.GetValue<string>());
        var task = Assert.Single(forCoordinator!["items"]!.AsArray())!;
        Assert.Equal($"Mottak: henvisning til tidlig innsatsteam i sak {caseId}", task["title"]!.GetValue<string>());
        Assert.Equal("Coordinator", task["candidateRole"]!.GetValue<string>());
        Assert.Empty(forCaseworker!["items"]!.AsArray());
    }

    [Fact]
    public async Task Start_SameIdempotencyKeyTwice_ReturnsTheSameInstance()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var key = Guid.NewGuid().ToString("N");

        var first = await StartWithKey(client, key);
        var second = await StartWithKey(client, key);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Cancel_AsSupervisor_FinishesTheInstanceAsCancelled_AndCaseworkerIsRefused()
    {
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var supervisor = await fixture.Host.ClientForAsync("lise.leder");
        var started = await caseworker.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-avbrytes" } }, Ct);
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await fixture.Host.WaitUntilIdleAsync(Idle);

        var refused = await caseworker.PostAsync($"/api/instances/{id}/cancel", null, Ct);
        var cancelled = await supervisor.PostAsync($"/api/instances/{id}/cancel", null, Ct);
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var details = await supervisor.GetFromJsonAsync<JsonObject>($"/api/instances/{id}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", details!["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Empty(details["bookmarks"]!.AsArray());
    }

    [Fact]
    public async Task Instances_ListedByCorrelationId_PageWithACursor()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = $"sak-{Guid.NewGuid():N}";
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", correlationId = caseId, input = new { saksId = caseId } }, Ct);
        }

        var first = await client.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&pageSize=2", Ct);
        var cursor = first!["nextCursor"]!.GetValue<string>();
        var second = await client.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={caseId}&pageSize=2&after={cursor}", Ct);

        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Single(second!["items"]!.AsArray());
        Assert.Null(second["nextCursor"]);
    }

    private static async Task<string> StartWithKey(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/instances")
        {
            Content = JsonContent.Create(new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-idem" } }),
        };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request, Ct);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
    }
}

public sealed class SqliteSeededPathwayTests(SqliteHostFixture fixture) : SeededPathwayTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlSeededPathwayTests(PostgreSqlHostFixture fixture) : SeededPathwayTests(fixture), IClassFixture<PostgreSqlHostFixture>;
