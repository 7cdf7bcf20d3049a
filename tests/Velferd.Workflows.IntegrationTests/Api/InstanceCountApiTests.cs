using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Instances;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// <c>GET /api/definitions/{id}/instance-counts</c>: a pathway's instances counted per version and status by the
/// database, exactly, also past the 10,000 the studio once stopped at; for process owners and administrators only.
/// </summary>
public abstract class InstanceCountApiTests(HostFixture fixture)
{
    private const int Stored = 10_050;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstanceCounts_MoreThanTenThousandInstancesOnTwoVersions_AreCountedExactlyPerVersionAndStatus()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = $"def-{Guid.NewGuid():N}";
        await PublishAsync(owner, id, "v1");
        (await owner.PostAsJsonAsync("/api/instances", new { definitionId = id }, Ct)).EnsureSuccessStatusCode();
        await fixture.Host.WaitUntilIdleAsync(TimeSpan.FromSeconds(60));
        var v1 = await VersionIdAsync(owner, id, 1);
        await PublishAsync(owner, id, "v2");

        // Ten thousand instances through the engine are a benchmark, not a test: the rows are written as the store
        // writes them, waiting on version 1 (and three faulted on version 2).
        await StoreRowsAsync(id, v1, 1, WorkflowStatus.Running, WorkflowSubStatus.Suspended, Stored);
        await StoreRowsAsync(id, await VersionIdAsync(owner, id, 2), 2, WorkflowStatus.Finished, WorkflowSubStatus.Faulted, 3);

        var counts = (await owner.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/instance-counts", Ct))!;

        Assert.Equal(
            [(2, "Finished", "Faulted", 3L), (1, "Running", "Suspended", Stored + 1L)],
            counts.Select(c => (c!["definitionVersion"]!.GetValue<int>(), c["status"]!.GetValue<string>(), c["subStatus"]!.GetValue<string>(), c["count"]!.GetValue<long>())));
    }

    [Fact]
    public async Task InstanceCounts_UnknownPathwayOrCaseworker_AreNotFoundAndForbidden()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var unknown = await owner.GetAsync($"/api/definitions/finnes-ikke-{Guid.NewGuid():N}/instance-counts", Ct);
        var forbidden = await caseworker.GetAsync("/api/definitions/p1-en-dor-inn/instance-counts", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task PublishAsync(HttpClient owner, string id, string text)
    {
        var content = new StringContent(DefinitionApiTests.Waiting(id, text).BuildJson().ToJsonString(), Encoding.UTF8, "application/json");
        var saved = text == "v1" ? await owner.PostAsync("/api/definitions", content, Ct) : await owner.PutAsync($"/api/definitions/{id}", content, Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        (await owner.PostAsync($"/api/definitions/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
    }

    private static async Task<string> VersionIdAsync(HttpClient owner, string id, int version) =>
        (await owner.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/versions", Ct))!
            .Single(v => v!["version"]!.GetValue<int>() == version)!["id"]!.GetValue<string>();

    private async Task StoreRowsAsync(string definitionId, string versionId, int version, WorkflowStatus status, WorkflowSubStatus subStatus, int count)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var at = TimeProvider.System.GetUtcNow();
        db.Instances.AddRange(Enumerable.Range(0, count).Select(_ => new WorkflowInstanceRow
        {
            Id = $"{Guid.NewGuid():N}",
            DefinitionId = definitionId,
            DefinitionVersionId = versionId,
            DefinitionVersion = version,
            Status = status,
            SubStatus = subStatus,
            CreatedAt = at,
            UpdatedAt = at,
            StateJson = "{}",
        }));
        await db.SaveChangesAsync(Ct);
    }
}

public sealed class SqliteInstanceCountApiTests(SqliteHostFixture fixture) : InstanceCountApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlInstanceCountApiTests(PostgreSqlHostFixture fixture) : InstanceCountApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
