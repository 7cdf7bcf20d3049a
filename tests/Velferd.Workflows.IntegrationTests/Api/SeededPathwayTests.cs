using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The seeded P2 pathway, run over HTTP from start to finish by a caseworker.</summary>
public abstract class SeededPathwayTests(HostFixture fixture)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeededPathway_WithConsent_RunsThroughDiscussionAndFollowUpToTheEnd()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = $"sak-{Guid.NewGuid():N}";

        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = caseId } }, Ct);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync(Ct));
        var instance = await started.Content.ReadFromJsonAsync<JsonObject>(Ct);
        var id = instance!["id"]!.GetValue<string>();
        await Signal(client, "SamtykkeAvklart", caseId, new JsonObject { ["gitt"] = true });
        await Signal(client, "TeamdroftingGjennomfort", caseId, null);
        await Signal(client, "OppfolgingAvsluttet", caseId, new JsonObject { ["utfall"] = "AVSLUTTET_MÅL_NÅDD" });
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var details = await client.GetFromJsonAsync<JsonObject>($"/api/instances/{id}", Ct);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(caseId, instance["correlationId"]!.GetValue<string>());
        Assert.Equal("Finished", details!["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Equal("AVSLUTTET_MÅL_NÅDD", details["output"]!["Utfall"]!.GetValue<string>());
        var executed = details["executionLog"]!.AsArray().Select(r => r!["activityId"]!.GetValue<string>()).ToList();
        Assert.Equal(["start", "knyttTilSak", "mottak", "avklarSamtykke", "avklarSamtykke", "harSamtykke", "teamdrofting", "teamdrofting", "oppfolging", "oppfolging", "avsluttet", "slutt"], executed);
    }

    [Fact]
    public async Task SeededPathway_WithoutConsent_EndsInAnonymousDiscussion()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var caseId = $"sak-{Guid.NewGuid():N}";

        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = caseId } }, Ct);
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await Signal(client, "SamtykkeAvklart", caseId, new JsonObject { ["gitt"] = false });
        await fixture.Host.WaitUntilIdleAsync(Idle);
        var details = await client.GetFromJsonAsync<JsonObject>($"/api/instances/{id}", Ct);

        Assert.Equal("Finished", details!["instance"]!["subStatus"]!.GetValue<string>());
        Assert.Equal("ANONYM_DRØFTING_GJENNOMFØRT", details["output"]!["Utfall"]!.GetValue<string>());
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

    private static async Task Signal(HttpClient client, string eventName, string caseId, JsonObject? payload)
    {
        var response = await client.PostAsJsonAsync($"/api/signals/{eventName}", new { correlationId = caseId, payload }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
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
